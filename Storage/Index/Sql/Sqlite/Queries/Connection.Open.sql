-- run on every opened connection: wait for writers instead of failing, durable at checkpoints (WAL),
-- a 16 MiB page cache and memory-mapped reads
PRAGMA busy_timeout = 10000;
PRAGMA synchronous = NORMAL;
PRAGMA foreign_keys = ON;
PRAGMA cache_size = -16384;
PRAGMA mmap_size = 268435456;
