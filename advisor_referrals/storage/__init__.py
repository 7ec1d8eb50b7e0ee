"""Storage: SQLAlchemy models, the engine factory, migrations and search."""
