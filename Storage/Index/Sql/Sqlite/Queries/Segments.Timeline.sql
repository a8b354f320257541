-- continuous spans of one camera stream overlapping [@From, @To): segments whose start is at most
-- @ToleranceUs after the furthest end seen so far join the same span (gaps and islands)
WITH s AS (
  SELECT start_us, end_us
  FROM segments
  WHERE camera = @Camera AND stream = @Stream
    AND start_us >= @From - (SELECT max_duration_us FROM segment_stats WHERE id = 1)
    AND start_us < @To
    AND end_us > @From),
m AS (
  SELECT start_us, end_us,
    MAX(end_us) OVER (ORDER BY start_us, end_us ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS prev_end
  FROM s),
g AS (
  SELECT start_us, end_us,
    SUM(CASE WHEN prev_end IS NULL OR start_us > prev_end + @ToleranceUs THEN 1 ELSE 0 END)
      OVER (ORDER BY start_us, end_us ROWS UNBOUNDED PRECEDING) AS island
  FROM m)
SELECT MIN(start_us) AS StartUs, MAX(end_us) AS EndUs, COUNT(*) AS Segments
FROM g
GROUP BY island
ORDER BY StartUs;
