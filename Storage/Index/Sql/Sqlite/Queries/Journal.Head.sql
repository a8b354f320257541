SELECT seq AS Seq, hash AS Hash FROM destruction_journal ORDER BY seq DESC LIMIT 1;
