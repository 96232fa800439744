"""entente's web UI: server-rendered pages (``pages``) and a network view (static/)."""
