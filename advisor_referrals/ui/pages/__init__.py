"""The pages of the main window, in sidebar order."""
