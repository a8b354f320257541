-- continuous spans of one camera stream overlapping [@From, @To): segments whose start is at most
-- @ToleranceUs after the furthest end seen so far join the same span (gaps and islands)
DECLARE @lower datetime2(6) = DATEADD(second, -(SELECT CAST(max_duration_us / 1000000 + 1 AS int) FROM dbo.segment_stats WHERE id = 1), @From);
WITH s AS (
  SELECT DATEDIFF_BIG(microsecond, CAST('1970-01-01T00:00:00' AS datetime2(6)), start_utc) AS start_us, DATEDIFF_BIG(microsecond, CAST('1970-01-01T00:00:00' AS datetime2(6)), end_utc) AS end_us
  FROM dbo.segments
  WHERE camera = @Camera AND stream = @Stream
    AND start_utc >= @lower
    AND start_utc < @To
    AND end_utc > @From),
m AS (
  SELECT start_us, end_us,
    MAX(end_us) OVER (ORDER BY start_us, end_us ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS prev_end
  FROM s),
g AS (
  SELECT start_us, end_us,
    SUM(CASE WHEN prev_end IS NULL OR start_us > prev_end + @ToleranceUs THEN 1 ELSE 0 END)
      OVER (ORDER BY start_us, end_us ROWS UNBOUNDED PRECEDING) AS island
  FROM m)
SELECT MIN(start_us) AS StartUs, MAX(end_us) AS EndUs, COUNT_BIG(*) AS Segments
FROM g
GROUP BY island
ORDER BY StartUs;
