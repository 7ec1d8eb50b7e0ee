"""The dialog to add or edit a contact, with each problem shown under its field.

The rules are the domain's (`validate_contact`); the dialog only adds what a form alone
can get wrong (a date that is not a date). Saving goes through a callback given by the
controller, which saves off the UI thread and answers with `finish(contact)` (the
dialog closes) or `stop_saving()` and the refusal shown inline (a stale edit): the
dialog then stays open with the user's text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from advisor_referrals.domain.contacts import (
    Contact,
    ContactFields,
    normalise_contact,
    normalise_tags,
    validate_contact,
)
from advisor_referrals.domain.enums import Relationship, Segment, Tier
from advisor_referrals.domain.errors import Problem
from advisor_referrals.ui import labels
from advisor_referrals.ui.fields import (
    DateField,
    ErrorLabel,
    mark_invalid,
    set_plain_text,
    with_error,
)
from advisor_referrals.ui.forms import field_label, form_layout
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.languages import LanguageCombo
from advisor_referrals.ui.theme import set_role

# Starts saving the form's fields; answers through the dialog it is given.
Saver = Callable[[ContactFields, "ContactDialog"], None]
TEXT_FIELDS = (
    "first_name",
    "last_name",
    "preferred_name",
    "profession",
    "email",
    "phone",
    "city",
    "region",
    "country",
)


def segment_meaning(segment: Segment) -> str:
    """What a segment says about a client, in a line (the field research's groups)."""
    return {
        Segment.ENGAGED: tr(
            "ContactDialog",
            "Has a written plan, meets you several times a year and is asked for their "
            "opinion: nearly all referrals come from these clients.",
        ),
        Segment.CONTENT: tr("ContactDialog", "Satisfied, but not involved enough to refer."),
        Segment.COMPLACENT: tr(
            "ContactDialog", "Rarely in touch; stays out of habit more than conviction."
        ),
        Segment.DISGRUNTLED: tr("ContactDialog", "Unhappy with the service; at risk of leaving."),
        Segment.UNKNOWN: tr(
            "ContactDialog", "Not decided yet: left out of the ask list and the engaged figures."
        ),
    }[segment]


def segments_explained() -> str:
    return tr(
        "ContactDialog",
        "Engaged: written plan, regular reviews, asked for their view (they refer). "
        "Content: satisfied but passive. Complacent: rarely in touch. Disgruntled: unhappy. "
        "Unknown until you decide.",
    )


class ContactDialog(QDialog):
    def __init__(
        self,
        save: Saver,
        households: list[str],
        contact: Contact | None = None,
        parent: QWidget | None = None,
        advisors: Sequence[tuple[str, str]] = (),
    ) -> None:
        """`advisors`: (name shown, value stored) of the advisors a contact may belong to
        (docs/design.md, "A practice"); with none, the field is not shown and a contact
        keeps the advisor of record it has."""
        super().__init__(parent)
        self._save = save
        self._advisors = list(advisors)
        self._kept_advisor: str | None = None
        self.saved: Contact | None = None
        self.saving = False
        self._touched: set[str] = set()
        self._submitted = False
        self.setWindowTitle(
            tr("ContactDialog", "Edit Contact") if contact else tr("ContactDialog", "New Contact")
        )
        self.setMinimumWidth(720)
        self.errors: dict[str, ErrorLabel] = {}
        self.inputs: dict[str, QWidget] = {}
        self._build(households)
        if contact is not None:
            self.load(contact)
        self._validate()

    # Building

    def _line(self, name: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        edit.textEdited.connect(lambda _t, n=name: self._touch(n))
        self.inputs[name] = edit
        return edit

    def _combo(self, name: str, items: list[tuple[str, Any]]) -> QComboBox:
        combo = QComboBox()
        for text, value in items:
            combo.addItem(text, value)
        combo.activated.connect(lambda _i, n=name: self._touch(n))
        self.inputs[name] = combo
        return combo

    def _row(self, form: QFormLayout, name: str, field: QWidget) -> None:
        error = ErrorLabel()
        self.errors[name] = error
        form.addRow(field_label(labels.field_name(name)), with_error(field, error))

    def _build(self, households: list[str]) -> None:
        left, right = form_layout(), form_layout()
        self._row(left, "first_name", self._line("first_name"))
        self._row(left, "last_name", self._line("last_name"))
        self._row(left, "preferred_name", self._line("preferred_name"))
        relationships = [(labels.relationship(r), r.value) for r in Relationship]
        self._row(left, "relationship", self._combo("relationship", relationships))
        self._row(
            left,
            "profession",
            self._line("profession", tr("ContactDialog", "e.g. CPA, attorney")),
        )
        self._row(left, "email", self._line("email", "name@example.com"))
        self._row(left, "phone", self._line("phone", "+1 617 555 0101"))
        self._row(left, "city", self._line("city"))
        self._row(left, "region", self._line("region"))
        self._row(left, "country", self._line("country"))
        language = LanguageCombo(tr("ContactDialog", "Not set (kits in English)"))
        language.setToolTip(
            tr("ContactDialog", "The language this contact's referral kit is written in")
        )
        language.activated.connect(lambda _i: self._touch("preferred_language"))
        self.inputs["preferred_language"] = language
        self._row(left, "preferred_language", language)

        household = QComboBox()
        household.setEditable(True)
        household.addItem("")
        household.addItems(households)
        completer = household.completer()
        if completer is not None:
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        household_text = household.lineEdit()
        assert household_text is not None
        household_text.setPlaceholderText(tr("ContactDialog", "None"))
        household_text.textEdited.connect(lambda _t: self._touch("household"))
        self.inputs["household"] = household
        self._row(right, "household", household)
        if self._advisors:
            choices = [(tr("ContactDialog", "No one"), None), *self._advisors]
            self._row(right, "advisor", self._combo("advisor", choices))
        # Unknown first: a new contact has no segment until someone decides (the ask list
        # and the analytics read it), docs/design.md "The product".
        segments = [Segment.UNKNOWN, *(s for s in Segment if s is not Segment.UNKNOWN)]
        segment_combo = self._combo("segment", [(labels.segment(s), s.value) for s in segments])
        for index, value in enumerate(segments):
            segment_combo.setItemData(index, segment_meaning(value), Qt.ItemDataRole.ToolTipRole)
        self._row(right, "segment", segment_combo)
        self.segment_help = QLabel(segments_explained())
        self.segment_help.setWordWrap(True)
        set_role(self.segment_help, "muted")
        right.addRow("", self.segment_help)
        tiers = [(tr("ContactDialog", "None"), None)] + [(labels.tier(t), t.value) for t in Tier]
        self._row(right, "tier", self._combo("tier", tiers))
        per_year = QSpinBox()
        per_year.setRange(0, 12)
        per_year.setSpecialValueText(tr("ContactDialog", "As the tier sets"))
        per_year.valueChanged.connect(lambda _v: self._touch("reviews_per_year"))
        self.inputs["reviews_per_year"] = per_year
        self._row(right, "reviews_per_year", per_year)
        since = DateField()
        since.changed.connect(lambda: self._touch("client_since"))
        self.inputs["client_since"] = since
        self._row(right, "client_since", since)
        for name in ("has_written_plan", "do_not_ask"):
            box = QCheckBox(labels.field_name(name))
            box.toggled.connect(lambda _c, n=name: self._touch(n))
            self.inputs[name] = box
            right.addRow("", box)
        self._row(right, "tags", self._line("tags", tr("ContactDialog", "e.g. retiree, golf")))
        notes = QPlainTextEdit()
        notes.setTabChangesFocus(True)
        notes.setMinimumHeight(90)
        notes.textChanged.connect(lambda: self._touch("notes"))
        self.inputs["notes"] = notes
        self._row(right, "notes", notes)

        columns = QGridLayout()
        columns.setHorizontalSpacing(24)
        columns.addLayout(left, 0, 0)
        columns.addLayout(right, 0, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.general_error = ErrorLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

    # Values

    def load(self, contact: ContactFields) -> None:
        """Show these values (a contact being edited, or the latest version after a conflict)."""
        for name in TEXT_FIELDS:
            self._text(name).setText(getattr(contact, name) or "")
        self._set_combo("relationship", contact.relationship)
        self._set_combo("segment", contact.segment)
        self._set_combo("tier", contact.tier)
        household = self.inputs["household"]
        assert isinstance(household, QComboBox)
        household.setCurrentText(contact.household or "")
        self._kept_advisor = contact.advisor
        advisor = self.inputs.get("advisor")
        if isinstance(advisor, QComboBox):
            if contact.advisor and advisor.findData(contact.advisor) < 0:
                advisor.addItem(contact.advisor, contact.advisor)  # a removed member, say
            advisor.setCurrentIndex(max(0, advisor.findData(contact.advisor)))
        per_year = self.inputs["reviews_per_year"]
        assert isinstance(per_year, QSpinBox)
        per_year.setValue(contact.reviews_per_year or 0)
        since = self.inputs["client_since"]
        assert isinstance(since, DateField)
        since.set_value(contact.client_since)
        for name in ("has_written_plan", "do_not_ask"):
            box = self.inputs[name]
            assert isinstance(box, QCheckBox)
            box.setChecked(bool(getattr(contact, name)))
        language = self.inputs["preferred_language"]
        assert isinstance(language, LanguageCombo)
        language.set_code(contact.preferred_language)
        self._text("tags").setText(", ".join(contact.tags))
        notes = self.inputs["notes"]
        assert isinstance(notes, QPlainTextEdit)
        set_plain_text(notes, contact.notes or "")
        self._touched.clear()
        self._validate()

    def fields(self) -> ContactFields:
        """What the form holds; a date that cannot be read is left out (and shown as a problem)."""
        values: dict[str, Any] = {name: self._text(name).text() for name in TEXT_FIELDS}
        # Combo boxes hold the vocabularies' plain values (Qt gives back str, not the enum).
        for name, vocabulary in (
            ("relationship", Relationship),
            ("segment", Segment),
            ("tier", Tier),
        ):
            combo = self.inputs[name]
            assert isinstance(combo, QComboBox)
            value = combo.currentData()
            values[name] = vocabulary(value) if value else None
        household = self.inputs["household"]
        assert isinstance(household, QComboBox)
        values["household"] = household.currentText()
        advisor = self.inputs.get("advisor")
        values["advisor"] = (
            advisor.currentData() if isinstance(advisor, QComboBox) else self._kept_advisor
        )
        per_year = self.inputs["reviews_per_year"]
        assert isinstance(per_year, QSpinBox)
        values["reviews_per_year"] = per_year.value() or None
        since = self.inputs["client_since"]
        assert isinstance(since, DateField)
        try:
            values["client_since"] = since.value()
        except ValueError:
            values["client_since"] = None
        for name in ("has_written_plan", "do_not_ask"):
            box = self.inputs[name]
            assert isinstance(box, QCheckBox)
            values[name] = box.isChecked()
        language = self.inputs["preferred_language"]
        assert isinstance(language, LanguageCombo)
        values["preferred_language"] = language.code()
        values["tags"] = normalise_tags(re.split(r"[;,]", self._text("tags").text()))
        notes = self.inputs["notes"]
        assert isinstance(notes, QPlainTextEdit)
        values["notes"] = notes.toPlainText()
        return normalise_contact(ContactFields(**values))

    def problems(self) -> list[Problem]:
        problems = validate_contact(self.fields())
        since = self.inputs["client_since"]
        assert isinstance(since, DateField)
        if message := since.problem():
            problems.append(Problem("", "client_since", since.edit.text(), message))
        return problems

    # Validation and saving

    def _touch(self, name: str) -> None:
        self._touched.add(name)
        self._validate()

    def _validate(self) -> list[Problem]:
        problems = self.problems()
        self.show_problems(problems)
        return problems

    def show_problems(self, problems: list[Problem]) -> None:
        by_field: dict[str, str] = {}
        for problem in problems:
            by_field.setdefault(problem.field, tr("Problems", problem.message))
        for name, error in self.errors.items():
            shown = by_field.get(name) if (self._submitted or name in self._touched) else None
            error.show_problem(shown)
            mark_invalid(self._focusable(name), shown is not None)
        self.general_error.show_problem(None)

    def submit(self) -> None:
        """Check the fields here, then ask the controller to save them (off the UI thread)."""
        if self.saving:
            return
        self._submitted = True
        problems = self._validate()
        if problems:
            self._focusable(problems[0].field).setFocus()
            return
        self.saving = True
        self.buttons.setEnabled(False)
        self._save(self.fields(), self)

    def finish(self, contact: Contact) -> None:
        """The book has the contact: close."""
        self.saved = contact
        self.stop_saving()
        self.accept()

    def stop_saving(self) -> None:
        """The save is over without closing (refused): the user can change and try again."""
        self.saving = False
        self.buttons.setEnabled(True)

    def show_general_error(self, message: str) -> None:
        self.general_error.show_problem(message)

    # Helpers

    def _text(self, name: str) -> QLineEdit:
        widget = self.inputs[name]
        assert isinstance(widget, QLineEdit)
        return widget

    def _set_combo(self, name: str, value: Any) -> None:
        combo = self.inputs[name]
        assert isinstance(combo, QComboBox)
        plain = getattr(value, "value", value)
        combo.setCurrentIndex(0 if plain is None else max(0, combo.findData(plain)))

    def _focusable(self, name: str) -> QWidget:
        widget = self.inputs.get(name) or self.inputs["last_name"]
        return widget.edit if isinstance(widget, DateField) else widget
