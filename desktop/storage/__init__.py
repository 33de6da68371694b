"""The workspace file: one SQLite database per client, its migrations, backups and lock."""
