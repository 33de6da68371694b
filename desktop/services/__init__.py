"""Use cases over storage and sheets; Qt-free; the CLI and the UI call only these."""
