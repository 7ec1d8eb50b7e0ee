"""The one menu of a referral, the same on a pipeline card and on a row of the table."""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import QMenu, QWidget

from advisor_referrals.domain.pipeline import BOARD_ORDER, STATUS_LABELS
from advisor_referrals.services.referrals.referral_lists import ReferralListRow
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.referrals.controller import ReferralController


def referral_menu(parent: QWidget, controller: ReferralController, row: ReferralListRow) -> QMenu:
    """Open, move, record the first contact, say thank you, open either person, delete."""
    c = controller
    menu = QMenu(parent)
    menu.addAction(tr("Referrals", "Open…"), lambda: c.open_referral(row.id))
    move = menu.addMenu(tr("Referrals", "Move to"))
    for status in BOARD_ORDER:
        if status is not row.status:
            move.addAction(
                tr("Referrals", STATUS_LABELS[status]),
                partial(c.move, row.id, row.version, status, row.referred_name),
            )
    if row.first_contacted_on is None:
        menu.addAction(
            tr("Referrals", "Record first contact today"),
            lambda: c.record_first_contact(row.id, row.version, row.referred_name),
        )
    thank = (
        tr("Referrals", "Say thank you…")
        if row.thanked_on is None
        else tr("Referrals", "Say thank you again…")
    )
    menu.addAction(thank, lambda: c.say_thank_you(row.id))
    menu.addSeparator()
    menu.addAction(
        tr("Referrals", "Open {0}").format(row.referred_name),
        lambda: c.open_contact.emit(row.referred_id),
    )
    menu.addAction(
        tr("Referrals", "Open {0} (referred by)").format(row.referrer_name),
        lambda: c.open_contact.emit(row.referrer_id),
    )
    menu.addSeparator()
    menu.addAction(
        tr("Referrals", "Delete"),
        lambda: c.delete_referral(row.id, row.version, row.referred_name),
    )
    return menu
