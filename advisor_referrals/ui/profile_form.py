"""The advisor profile form (name, job title, firm, email, phone, website, office address),
checked at each field.

Used by the welcome page and by the Profile tab of the Settings dialog. Kits and
reports print these details.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from advisor_referrals.domain.errors import Problem
from advisor_referrals.domain.profile import AdvisorProfile, check_profile
from advisor_referrals.ui.fields import ErrorLabel, mark_invalid, with_error
from advisor_referrals.ui.forms import field_label, form_layout
from advisor_referrals.ui.i18n import tr

# The details the advisor types here (kits print them all); the kit's other fields are
# on the Kit Branding tab.
FIELDS = ("name", "title", "firm", "email", "phone", "website", "address")


def _titles() -> dict[str, str]:
    return {
        "name": tr("Profile", "Your name"),
        "title": tr("Profile", "Job title"),
        "firm": tr("Profile", "Firm"),
        "email": tr("Profile", "Email"),
        "phone": tr("Profile", "Phone"),
        "website": tr("Profile", "Website"),
        "address": tr("Profile", "Office address"),
    }


def _placeholders() -> dict[str, str]:
    return {
        "name": tr("Profile", "e.g. Maria Lopes, CFP®"),
        "title": tr("Profile", "e.g. Senior Wealth Advisor"),
        "firm": tr("Profile", "e.g. Lopes Wealth Partners"),
        "email": "maria@example.com",
        "phone": "+1 617 555 0100",
        "website": "example.com",
        "address": tr("Profile", "e.g. 1600 Main Street, Suite 410, Denver, CO 80202"),
    }


class ProfileForm(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._base = AdvisorProfile()
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, ErrorLabel] = {}
        form = form_layout(self)
        titles, placeholders = _titles(), _placeholders()
        for name in FIELDS:
            edit = QLineEdit()
            edit.setPlaceholderText(placeholders[name])
            edit.textChanged.connect(self._validate)
            edit.textChanged.connect(self.changed)
            error = ErrorLabel()
            self.edits[name], self.errors[name] = edit, error
            form.addRow(field_label(titles[name]), with_error(edit, error))

    def set_profile(self, profile: AdvisorProfile) -> None:
        self._base = profile
        for name, edit in self.edits.items():
            edit.setText(getattr(profile, name))
        self._validate()

    def profile(self) -> AdvisorProfile:
        """The stored profile with this form's fields replaced (the others kept)."""
        values = {name: edit.text().strip() for name, edit in self.edits.items()}
        return replace(self._base, **values)

    def problems(self) -> list[Problem]:
        """The problems of this form's fields (the others are the Kit Branding tab's)."""
        return [p for p in check_profile(self.profile()) if p.field in self.edits]

    def _validate(self) -> list[Problem]:
        problems = {p.field: tr("Problems", p.message) for p in self.problems()}
        for name, error in self.errors.items():
            error.show_problem(problems.get(name))
            mark_invalid(self.edits[name], name in problems)
        return list(self.problems())

    def focus_first_problem(self) -> None:
        for problem in self.problems():
            self.edits[problem.field].setFocus()
            return
