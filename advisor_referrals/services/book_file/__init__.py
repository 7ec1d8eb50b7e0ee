"""The whole-book file (JSON): its format, export and import."""
