-- journal entries of one camera whose time range overlaps [@From, @To), in journal order
SELECT seq AS Seq, kind AS Kind, camera AS Camera, stream AS Stream, DATEDIFF_BIG(microsecond, CAST('1970-01-01T00:00:00' AS datetime2(6)), start_utc) AS StartUs, DATEDIFF_BIG(microsecond, CAST('1970-01-01T00:00:00' AS datetime2(6)), end_utc) AS EndUs, bytes AS Bytes, path AS Path, actor AS Actor, DATEDIFF_BIG(microsecond, CAST('1970-01-01T00:00:00' AS datetime2(6)), at_utc) AS AtUs, reference AS Reference, prev_hash AS PrevHash, hash AS Hash
FROM dbo.destruction_journal
WHERE camera = @Camera AND start_utc < @To AND end_utc > @From
ORDER BY seq;
