SELECT COUNT(*) FROM segments;
