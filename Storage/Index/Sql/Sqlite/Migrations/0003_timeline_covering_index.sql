-- 0003: timelines read only (start, end) of a camera-day; with this covering index they no longer visit one
-- table page per segment (rows of a camera are interleaved with every other camera's in the table).
CREATE INDEX ix_segments_camera_stream_span ON segments (camera, stream, start_us, end_us);
