"""Helpers shared by tests of several layers (fixtures stay in the conftest files)."""
