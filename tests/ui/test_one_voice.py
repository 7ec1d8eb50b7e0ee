"""One voice: dates, times and money as the user's locale writes them on every screen, one
spelling per term, date fields that show their format by example."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDateEdit
from pytestqt.qtbot import QtBot

import advisor_referrals.ui
from advisor_referrals.domain.contacts import Contact
from advisor_referrals.domain.enums import CompensationKind, ReferralStatus, Relationship
from advisor_referrals.domain.referrals import Compensation, ReferralFields
from advisor_referrals.services.referrals.referral_lists import ReferralFilter
from advisor_referrals.services.registry import BookServices
from advisor_referrals.ui import formats, labels
from advisor_referrals.ui.fields import DateField, date_edit
from advisor_referrals.ui.referrals.referral_list import referral_columns

UI = Path(advisor_referrals.ui.__file__).parent


def locale_of(language: QLocale.Language, country: QLocale.Country) -> Iterator[None]:
    QLocale.setDefault(QLocale(language, country))
    yield
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


@pytest.fixture
def british() -> Iterator[None]:
    yield from locale_of(QLocale.Language.English, QLocale.Country.UnitedKingdom)


@pytest.fixture
def canadian() -> Iterator[None]:
    yield from locale_of(QLocale.Language.English, QLocale.Country.Canada)


@pytest.fixture
def german() -> Iterator[None]:
    yield from locale_of(QLocale.Language.German, QLocale.Country.Germany)


def test_centre_of_influence_is_spelt_as_the_users_english_spells_it(canadian: None) -> None:
    assert labels.center_of_influence() == "Centre of influence"
    assert labels.relationship(Relationship.CENTER_OF_INFLUENCE) == "Centre of influence"
    assert labels.relationship_plural(Relationship.CENTER_OF_INFLUENCE) == "Centres of influence"
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    assert labels.center_of_influence(plural=True, capital=False) == "centers of influence"


def shown_strings(path: Path) -> Iterator[tuple[int, str]]:
    """(line, text) of each string a module hands to tr(), the strings users read."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        called = getattr(node, "func", None)
        name = getattr(called, "id", getattr(called, "attr", ""))
        if isinstance(node, ast.Call) and name in ("tr", "ntr", "translate"):
            for argument in node.args[1:]:
                if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                    yield node.lineno, argument.value


def ui_modules() -> list[Path]:
    return sorted(UI.rglob("*.py"))


def test_every_screen_takes_the_term_from_one_place() -> None:
    """No module of ui/ but labels.py spells the term in a string shown to the user."""
    spelt = re.compile(r"\bcent(re|er)s? of\b", re.IGNORECASE)
    offenders = [
        f"{path.relative_to(UI)}:{line}: {text}"
        for path in ui_modules()
        if path.name != "labels.py"
        for line, text in shown_strings(path)
        if spelt.search(text)
    ]
    assert not offenders, offenders


def test_unknown_is_one_word_on_screen() -> None:
    assert not [
        (path, text)
        for path in ui_modules()
        for _line, text in shown_strings(path)
        if "not yet known" in text.lower()
    ]


def test_no_screen_writes_dates_or_money_its_own_way() -> None:
    """Dates, times and amounts go through ui/formats.py (its QLocale), never a pattern
    or a Python format of their own."""
    offenders: list[str] = []
    for path in ui_modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            where = f"{path.relative_to(UI)}:{getattr(node, 'lineno', 0)}"
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                if node.func.attr in ("strftime", "isoformat"):
                    offenders.append(f"{where}: .{node.func.attr}()")
                if node.func.attr == "setDisplayFormat" and any(
                    isinstance(a, ast.Constant) for a in node.args
                ):
                    offenders.append(f"{where}: a display format of its own")
            if isinstance(node, ast.FormattedValue) and node.format_spec is not None:
                spec = ast.unparse(node.format_spec)
                if "," in spec or "f" in spec:
                    offenders.append(f"{where}: a number formatted {spec!r}")
    assert not offenders, offenders


def test_dates_times_and_money_follow_the_locale(german: None) -> None:
    assert formats.short_date(date(2026, 3, 31)) == "31.03.2026"
    assert formats.money(Decimal("1200"), "EUR").replace("\xa0", " ") == "1.200,00 €"
    assert formats.share(0.123) == "12,3%"
    assert formats.signed(36.7) == "+36,7"
    assert formats.date_time(datetime(2026, 3, 31, 12, 0), seconds=True).startswith("31.03.2026")


def test_date_fields_show_the_locales_format_by_example(qtbot: QtBot, british: None) -> None:
    field = DateField()
    qtbot.addWidget(field)
    assert field.edit.placeholderText() == "e.g. 31/03/" + str(date.today().year)
    picker = date_edit(date(2026, 12, 5))
    qtbot.addWidget(picker)
    assert isinstance(picker, QDateEdit)
    assert picker.text() == "05/12/2026"
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    assert date_edit(date(2026, 12, 5)).text() == "12/5/2026"
    assert DateField().edit.placeholderText() == f"e.g. 3/31/{date.today().year}"


def test_compensation_reads_as_money_in_the_referrals_table(
    services: BookServices, people: dict[str, Contact]
) -> None:
    ana, carla = people["Ana"], people["Carla"]
    services.referrals.record(
        ReferralFields(
            referrer_id=ana.id,
            referred_id=carla.id,
            received_on=date(2026, 11, 2),
            status=ReferralStatus.NEW,
            compensation=Compensation(
                kind=CompensationKind.GIFT,
                value=Decimal("1200"),
                currency="USD",
                agreement_on_file=True,
                disclosure_delivered_on=date(2026, 11, 2),
            ),
        )
    )
    table = services.referral_table
    (row,) = table.rows(table.ids(ReferralFilter()))
    shown = {column.title: column.text(row) for column in referral_columns()}
    assert "$1,200.00" in shown.values()
    assert not any("USD" in text for text in shown.values())
