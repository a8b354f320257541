-- the migration transaction is BEGIN IMMEDIATE, which already holds the write lock
SELECT 1;
