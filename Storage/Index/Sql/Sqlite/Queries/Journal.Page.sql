SELECT seq AS Seq, kind AS Kind, camera AS Camera, stream AS Stream, start_us AS StartUs, end_us AS EndUs, bytes AS Bytes, path AS Path, actor AS Actor, at_us AS AtUs, reference AS Reference, prev_hash AS PrevHash, hash AS Hash
FROM destruction_journal
WHERE seq > @AfterSeq
ORDER BY seq
LIMIT @Limit;
