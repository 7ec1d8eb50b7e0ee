"""Requests any page can make about contacts, answered by whichever feature owns them.

The client detail emits `log_trigger(contact_id)`; the triggers feature connects a
dialog to it. `show_list(ListLink)` asks the window to show a whole list on its page
(the Today view's "Show all"). Pages stay unaware of each other. (What changed in the
book is announced by the window's BookEvents, not here.)
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class ContactActions(QObject):
    open_contact = Signal(int)
    new_contact = Signal()
    edit_contact = Signal(int)
    log_trigger = Signal(int)
    record_referral = Signal(int)
    log_ask = Signal(int)  # ask this contact for an introduction: record it
    edit_ask = Signal(int)  # an ask, by id
    schedule_review = Signal(int)
    generate_kits = Signal(list)
    generate_kits_in = Signal(list, str)  # contact ids, all their kits in this language
    show_history = Signal(int)  # the contact's audit trail
    show_list = Signal(object)  # a ListLink: a page and which of its lists
