-- run once when the index is opened, before migrations (journal_mode is persistent in the file)
PRAGMA journal_mode = WAL;
