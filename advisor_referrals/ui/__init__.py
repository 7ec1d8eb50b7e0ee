"""The desktop app: windows, pages, dialogs, Qt models and undo commands. No SQL here."""
