"""Versioned migrations, one module per aggregate; `desktop.storage.migrations` orders them."""
