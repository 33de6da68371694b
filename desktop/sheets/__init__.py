"""Excel/CSV in and out: sniffing, preflight, parsing, safe export."""
