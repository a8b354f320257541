-- start and end of the segments of one camera stream overlapping [@From, @To), oldest first; the caller joins
-- them into spans (gaps and islands in one pass, cheaper than window functions over a camera-day)
SELECT start_us AS StartUs, end_us AS EndUs
FROM segments
WHERE camera = @Camera AND stream = @Stream
  AND start_us >= @From - (SELECT max_duration_us FROM segment_stats WHERE id = 1)
  AND start_us < @To
  AND end_us > @From
ORDER BY start_us;
