-- PostgreSQL only: there, appends and checkpoint moves notify the other instances (LISTEN/NOTIFY).
-- SQLite serves one process, which wakes its own followers; nothing to add here.
SELECT 1;
