-- read inside the append transaction: the locks serialise appenders of every recorder sharing the database
SELECT TOP (1) seq AS Seq, hash AS Hash
FROM dbo.destruction_journal WITH (TABLOCKX, HOLDLOCK)
ORDER BY seq DESC;
