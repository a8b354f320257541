-- run once when the index is opened, before migrations (nothing to prepare on SQL Server)
SELECT 1;
