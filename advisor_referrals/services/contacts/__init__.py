"""Contacts and households: editing, the client table, segments and the timeline."""
