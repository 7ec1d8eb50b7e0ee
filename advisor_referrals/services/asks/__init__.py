"""Asks: asking a client for an introduction, recorded with how it went."""
