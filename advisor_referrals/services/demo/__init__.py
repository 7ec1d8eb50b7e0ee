"""The demo book: a realistic, reproducible book that a new user sees first and benchmarks use."""
