"""Copydesk engine: everything testable without a window. No Qt imports here (checked by import-linter)."""
