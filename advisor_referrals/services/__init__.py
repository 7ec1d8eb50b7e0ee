"""Use cases of the book. Each public method is one transaction and writes its audit entry."""
