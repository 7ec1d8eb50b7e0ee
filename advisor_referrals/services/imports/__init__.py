"""Bringing contacts in from files (our CSV and other tools' exports) and writing them in bulk."""
