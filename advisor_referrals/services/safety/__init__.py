"""Keeping the book safe: backups, restores, its health and lock."""
