SELECT COUNT_BIG(*) FROM dbo.segments;
