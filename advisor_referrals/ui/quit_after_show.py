"""ADVISOR_REFERRALS_QUIT_AFTER_SHOW=1: the desktop app quits by itself once it shows the book.

For the bundle's smoke test (scripts/dist-check) and start-up timing: the app shows its
main window, opens the book in it, shows the page it opens on, lets the event loop run
once (so the window is laid out and painted) and quits with exit status 0 (app.py). A
book that cannot be opened still fails with its usual message and exit status.
"""

from __future__ import annotations

import os

QUIT_AFTER_SHOW_ENV = "ADVISOR_REFERRALS_QUIT_AFTER_SHOW"


def quit_after_show_requested() -> bool:
    return os.environ.get(QUIT_AFTER_SHOW_ENV, "").strip() not in ("", "0")
