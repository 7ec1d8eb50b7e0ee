"""Qt models over the services: they hold ids or small lists and fetch lazily."""
