"""UI test set-up: a book's services, private window settings, and waiting for background loads."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, QThreadPool
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from advisor_referrals.domain.contacts import Contact, ContactFields
from advisor_referrals.domain.enums import Relationship, Segment, Tier
from advisor_referrals.reports.renderers import RENDERERS
from advisor_referrals.services.registry import BookServices
from advisor_referrals.storage.book import Book
from advisor_referrals.ui.fonts import use_bundled_fallbacks
from advisor_referrals.ui.options import Settings
from advisor_referrals.ui.theme import apply_theme

PEOPLE = [
    ContactFields(
        first_name="Ana",
        last_name="Souza",
        relationship=Relationship.CLIENT,
        email="ana@example.com",
        city="Boston",
        household="Souza",
        segment=Segment.ENGAGED,
        tier=Tier.A,
        client_since=date(2019, 4, 1),
        tags=("retiree",),
    ),
    ContactFields(
        first_name="Bruno",
        last_name="Souza",
        relationship=Relationship.CLIENT,
        household="Souza",
        segment=Segment.CONTENT,
        tier=Tier.B,
    ),
    ContactFields(
        first_name="Carla",
        last_name="Mendes",
        relationship=Relationship.PROSPECT,
        email="carla@example.com",
        city="Austin",
    ),
    ContactFields(
        first_name="Dev",
        last_name="Patel",
        relationship=Relationship.CENTER_OF_INFLUENCE,
        profession="CPA",
        city="Denver",
        tags=("golf",),
    ),
    ContactFields(
        first_name="Eve",
        last_name="Adams",
        relationship=Relationship.CLIENT,
        segment=Segment.ENGAGED,
        tier=Tier.C,
        city="Boston",
        tags=("golf", "retiree"),
    ),
]


@pytest.fixture(scope="session", autouse=True)
def _app_look(qapp: QApplication) -> None:
    """The app's style (light) and the bundled fonts behind the interface font, as the
    app sets them at start-up."""
    apply_theme(qapp, "light")
    use_bundled_fallbacks(qapp)


@pytest.fixture(autouse=True)
def _us_locale() -> Iterator[None]:
    """Dates in tests read the same on every machine."""
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield


class UnexpectedMessage(AssertionError):
    pass


@pytest.fixture(autouse=True)
def _no_message_boxes(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A message box would wait for a click forever: any that opens fails the test.

    Tests that expect one replace the function that shows it, or are marked
    `answers_dialogs` when they click through real dialogs themselves.
    """
    shown: list[str] = []
    if request.node.get_closest_marker("answers_dialogs"):
        return shown

    def refuse(*args: object, **_kwargs: object) -> None:
        text = " / ".join(str(a) for a in args if isinstance(a, str))
        shown.append(text)
        raise UnexpectedMessage(f"a message box opened: {text}")

    def refuse_exec(box: QMessageBox) -> None:
        refuse(box.text(), box.informativeText())

    for name in ("warning", "critical", "information", "question", "about"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(refuse))
    monkeypatch.setattr(QMessageBox, "exec", refuse_exec)
    # A file chooser would wait as well: it answers as if the user cancelled.
    for name in ("getOpenFileName", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(lambda *_a, **_k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *_a, **_k: ""))
    return shown


@pytest.fixture
def services(book: Book, qapp: object) -> Iterator[BookServices]:
    yield BookServices.for_book(book, RENDERERS)
    # No background read may outlive the test: the book closes next.
    QThreadPool.globalInstance().waitForDone(30_000)


@pytest.fixture
def people(services: BookServices) -> dict[str, Contact]:
    """A small book: two Souzas in a household, a prospect, a CPA, another client."""
    return {c.first_name: services.contacts.create(c) for c in PEOPLE}


@pytest.fixture
def window_settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture(scope="session")
def translations() -> None:
    """The app's .qm translations, built from the .ts sources when missing or older."""
    import subprocess
    import sys
    from pathlib import Path

    script = Path(__file__).resolve().parents[2] / "scripts" / "build_translations.py"
    subprocess.run([sys.executable, str(script)], check=True, capture_output=True)
