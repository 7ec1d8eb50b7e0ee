"""Portfolio reviews in the desktop app: the Reviews page, dialogs, Today sections, settings."""
