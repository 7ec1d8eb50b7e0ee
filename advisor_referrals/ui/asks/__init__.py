"""Asks in the app: the dialog that records one, its undo steps, and the controller."""
