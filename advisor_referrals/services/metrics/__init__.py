"""Quarterly metrics, computed in the database (docs/design.md, Metrics)."""
