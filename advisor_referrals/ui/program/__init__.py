"""The Program page and its dialogs: goals, programs, client events, rewards, what works."""
