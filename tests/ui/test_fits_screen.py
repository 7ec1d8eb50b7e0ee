"""Every page and every dialog fits a laptop's screen, with nothing cut (docs/design.md, "The
screen").

The pages are the main window's (its sidebar lists them, new ones included) with each
of their tabs, plus the welcome page and the lock screen. The dialogs are every QDialog
subclass in `advisor_referrals.ui`, found by walking the package: a dialog opens here
as the app opens it when it has a recipe below, or else is built from its constructor's
annotations with the window's own parts. A new dialog neither can open fails this
test by name.

The tests run on a 1280x800 screen; `test_fits_other_screens` runs them again in
fresh processes at 1366x768 and at 125% scaling (1024x640 of room).
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, time, timedelta
from pathlib import Path
from typing import Any, get_type_hints

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

import advisor_referrals.ui
from advisor_referrals.domain.contacts import Contact, ContactFields
from advisor_referrals.domain.enums import ReferralStatus, Relationship
from advisor_referrals.reports.renderers import RENDERERS
from advisor_referrals.services.demo.demo_book import make_demo_book
from advisor_referrals.services.imports.preview import ContactImporter
from advisor_referrals.services.registry import BookServices
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.opening import open_book
from advisor_referrals.ui.main_window import MainWindow
from advisor_referrals.ui.options import Settings
from advisor_referrals.ui.theme import apply_theme
from tests.support.screen import SCREEN_ENV, run_tests_in_fresh_process
from tests.ui.fit import (
    cursors_not_at_the_end,
    cut_widgets,
    settle,
    snapshot,
    tab_states,
    too_big,
)

pytestmark = [
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
    pytest.mark.slow,
]

LONG_NAMES = [
    ("Maria-Fernanda", "Albuquerque de Vasconcelos", "maria.fernanda.vasconcelos@example.com"),
    ("欧阳", "建国", "ouyang.jianguo@example.cn"),
    ("Παναγιώτης", "Παπαγεωργίου", "p.papageorgiou@example.gr"),
    ("Светлана", "Кузнецова", "svetlana.kuznetsova@example.ru"),
    ("محمد", "الحداد", "m.alhaddad@example.ae"),
    ("דוד", "כהן", "david.cohen@example.co.il"),
]


@dataclass
class Desk:
    window: MainWindow
    services: BookServices
    settings: Settings
    folder: Path

    @property
    def today(self) -> date:
        return date.today()

    def contact(self, relationship: Relationship = Relationship.CLIENT) -> Contact:
        """The contact with the longest name of this relationship (the hardest to fit)."""
        found = [
            c
            for c in (self.services.contacts.get(i) for i in self._ids())
            if c.relationship is relationship
        ]
        return max(found, key=lambda c: len(c.full_name))

    def _ids(self) -> list[int]:
        from advisor_referrals.services.contacts.client_table import ContactFilter, SortKey

        return self.services.contact_table.ids(ContactFilter(text=""), SortKey.NAME)


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory, qapp: QApplication) -> Iterator[Desk]:
    """The app's window on a demo book with long names in several scripts, light theme."""
    folder = tmp_path_factory.mktemp("desk")
    book: Book = open_book(str(folder / "demo.sqlite3"))
    make_demo_book(book, clients=120, seed=3)
    services = BookServices.for_book(book, RENDERERS)
    for first, last, email in LONG_NAMES:
        services.contacts.create(
            ContactFields(
                first_name=first,
                last_name=last,
                email=email,
                relationship=Relationship.CLIENT,
                city="Colorado Springs",
                household=f"{last} household",
                tags=("long-standing client", "golf"),
            )
        )
    apply_theme(qapp, "light")
    settings = Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(services, settings)
    window.show()
    settle()
    yield Desk(window, services, settings, folder)
    window.close()
    window.deleteLater()
    settle()
    book.close()


# Pages


def test_every_page_and_its_tabs_fit_the_screen(desk: Desk) -> None:
    window = desk.window
    problems: list[str] = []
    for spec in window.specs:
        window.show_page(spec.key)
        settle()
        for where in tab_states(window.page(spec.key)):
            settle()
            snapshot(window, f"page {spec.title}{where}")
            problems += [f"{spec.title}{where}: {p}" for p in too_big(window)]
            problems += [f"{spec.title}{where}: {p}" for p in cut_widgets(window)]
    assert not problems, "\n".join(dict.fromkeys(problems))


def test_the_window_opens_inside_the_screen(desk: Desk) -> None:
    space = QApplication.primaryScreen().availableGeometry()
    assert space.contains(desk.window.frameGeometry().topLeft())
    assert desk.window.width() <= space.width()
    assert desk.window.height() <= space.height()


def test_the_welcome_page_and_the_lock_screen_fit(desk: Desk, qtbot: QtBot) -> None:
    from advisor_referrals.ui.lock import LockScreen
    from advisor_referrals.ui.pages.welcome import WelcomePage, demo_maker

    welcome = WelcomePage(
        desk.services.settings,
        demo_maker(desk.services),
        desk.window.import_action,
        desk.window.history.runner,
    )
    lock = LockScreen(str(desk.folder / "a rather long folder name" / "book.sqlite3"), bool)
    problems: list[str] = []
    for widget in (welcome, lock):
        qtbot.addWidget(widget)
        widget.show()
        settle()
        snapshot(widget, type(widget).__name__)
        problems += too_big(widget) + cut_widgets(widget)
    assert not problems, "\n".join(problems)


# Dialogs


def dialog_classes() -> list[type[QDialog]]:
    """Every QDialog subclass the app defines, wherever in `ui/` it lives."""
    found: dict[str, type[QDialog]] = {}
    package = advisor_referrals.ui
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        module = importlib.import_module(info.name)
        for _name, value in inspect.getmembers(module, inspect.isclass):
            if issubclass(value, QDialog) and value.__module__ == info.name:
                found[f"{value.__module__}.{value.__qualname__}"] = value
    return [found[key] for key in sorted(found)]


Recipe = Callable[[Desk], list[QDialog]]
RECIPES: dict[str, Recipe] = {}


def recipe(name: str) -> Callable[[Recipe], Recipe]:
    def register(make: Recipe) -> Recipe:
        RECIPES[name] = make
        return make

    return register


@recipe("ContactDialog")
def _contact_dialogs(desk: Desk) -> list[QDialog]:
    from advisor_referrals.ui.contact_dialog import ContactDialog

    households = desk.services.contacts.household_names()
    new = ContactDialog(lambda _fields, _dialog: None, households, None, desk.window)
    shown = ContactDialog(lambda _f, _d: None, households, desk.contact(), desk.window)
    coi = ContactDialog(
        lambda _f, _d: None,
        households,
        desk.contact(Relationship.CENTER_OF_INFLUENCE),
        desk.window,
    )
    return [new, shown, coi]


@recipe("ReferralDialog")
def _referral_dialogs(desk: Desk) -> list[QDialog]:
    controller = desk.window.referrals.controller
    controller.record_referral()
    settle()
    new = controller.dialog
    assert isinstance(new, QDialog)
    # A possible duplicate of someone in the book, as typing a known name shows it.
    client = desk.contact()
    new.first_name.setText(client.first_name)  # type: ignore[attr-defined]
    new.last_name.setText(client.last_name)  # type: ignore[attr-defined]
    new._show_duplicates([client, desk.contact(Relationship.PROSPECT)])  # type: ignore[attr-defined]
    controller.dialog = None
    # A referral that was converted, then reopened: all its dates shown.
    board = desk.services.referral_table.board(None)
    reopened = next(i for i, status in board if status is ReferralStatus.CONVERTED)
    controller.open_referral(reopened)
    settle()
    existing = controller.dialog
    assert isinstance(existing, QDialog)
    existing.compensation.setChecked(True)  # type: ignore[attr-defined]
    return [new, existing]


@recipe("QuickTriggerDialog")
def _trigger_dialogs(desk: Desk) -> list[QDialog]:
    from advisor_referrals.ui.referrals.quick_trigger import QuickTriggerDialog

    services = desk.services
    new = QuickTriggerDialog(services.contact_table, services.trigger_kinds, desk.window)
    return [new]


@recipe("ScheduleDialog")
def _schedule_dialogs(desk: Desk) -> list[QDialog]:
    from advisor_referrals.ui.reviews.dialogs import ScheduleDialog

    client = desk.contact()
    on = desk.today + timedelta(days=3)
    return [
        ScheduleDialog(client.full_name, "Tier A · 4 reviews a year", on=on, parent=desk.window),
        ScheduleDialog(
            client.full_name,
            "Booked for Thursday, December 10, 2026 at 10:30 AM",
            on=on,
            at=time(10, 30),
            reschedule=True,
            parent=desk.window,
        ),
    ]


@recipe("CompleteDialog")
def _complete_dialogs(desk: Desk) -> list[QDialog]:
    from advisor_referrals.ui.reviews.dialogs import CompleteDialog

    client = desk.contact()
    return [
        CompleteDialog(
            client.full_name,
            "Booked for Thursday, December 10, 2026 at 10:30 AM",
            completed_on=desk.today,
            today=desk.today,
            notes="Bring the updated retirement income projection and the 529 statements.",
            parent=desk.window,
        )
    ]


@recipe("ImportDialog")
def _import_dialogs(desk: Desk) -> list[QDialog]:
    from advisor_referrals.ui.import_dialog import ImportDialog

    source = desk.folder / "contacts from outlook.csv"
    source.write_text(
        "First Name,Last Name,E-mail Address,Mobile Phone,Home City,Categories\n"
        "Ana,Souza,ana@example.com,+1 617 555 0101,Boston,Golf;VIP\n"
        "Bruno,Lima,bruno@example,+1 617 555 0102,Cambridge,\n",
        encoding="utf-8",
    )
    dialog = ImportDialog(
        ContactImporter(desk.services.book),
        source,
        desk.window,
        desk.window.history.runner,
    )
    return [dialog]


@recipe("KitPreviewDialog")
def _kit_dialogs(desk: Desk) -> list[QDialog]:
    controller = desk.window.kit_controller
    controller.open_preview(desk.contact().id)
    settle()
    assert controller.preview is not None
    return [controller.preview]


@recipe("KitAudienceDialog")
def _kit_audience_dialogs(desk: Desk) -> list[QDialog]:
    """A batch for a mixed selection: clients, and people it leaves out, each with why."""
    people = [
        desk.contact(),
        desk.contact(Relationship.PROSPECT),
        desk.contact(Relationship.CENTER_OF_INFLUENCE),
        desk.contact(Relationship.FORMER_CLIENT),
    ]
    controller = desk.window.kit_controller
    return [controller.choose_audience(desk.services.kits.candidates([p.id for p in people]))]


@recipe("AssignDialog")
def _assign_dialogs(desk: Desk) -> list[QDialog]:
    """Giving a thank-you to an assistant of a practice, with a long subject."""
    from advisor_referrals.domain.practice import Member, MemberKind, TaskKind
    from advisor_referrals.ui.practice.tasks import AssignDialog

    members = [
        Member("priya", MemberKind.ADVISOR, "Priya Raman"),
        Member("sam", MemberKind.ASSISTANT, "Samuel Okonkwo-Lindqvist", works_for=("priya",)),
    ]
    subject = "Thank Margarethe Villanueva-Castellanos for referring Bartholomew Øksendal"
    return [AssignDialog(TaskKind.THANK_YOU, subject, members, desk.today, desk.window)]


@recipe("ThankYouDialog")
def _thank_you_dialogs(desk: Desk) -> list[QDialog]:
    """The thank-you for the demo book's latest referral whose referrer is not thanked."""
    from advisor_referrals.services.referrals.referral_lists import ReferralNeed
    from advisor_referrals.ui.referrals.thank_you_dialog import ThankYouDialog

    owed = desk.services.referral_table.needing(ReferralNeed.THANKS_OWED, desk.today, None)
    draft = desk.services.thank_you.draft(owed[-1].id)
    return [ThankYouDialog(draft, lambda _url: False, desk.window)]


@recipe("FullListDialog")
def _full_list_dialogs(desk: Desk) -> list[QDialog]:
    """The whole ask list (a Today list with no page of its own)."""
    from advisor_referrals.ui.referrals.today_sections import AskListSection, FullListDialog

    section = desk.window.findChildren(AskListSection)[0]
    return [FullListDialog(section, section.fetch_all(desk.today), desk.window)]


@recipe("SettingsDialog")
def _settings_dialogs(desk: Desk) -> list[QDialog]:
    from advisor_referrals.ui.settings_dialog import SettingsDialog
    from advisor_referrals.ui.settings_tabs import make_settings_tabs

    window = desk.window
    tabs = make_settings_tabs(window.services, window.history.runner, window.settings)
    return [SettingsDialog(tabs, window, window.events)]


@recipe("DamagedBookDialog")
def _damaged_dialogs(desk: Desk) -> list[QDialog]:
    from advisor_referrals.ui.damaged import DamagedBookDialog

    backup = desk.folder / "backups" / "book-2026-12-04-1730.sqlite3"
    backup.parent.mkdir(exist_ok=True)
    backup.write_bytes(b"")
    message = f"The book at {desk.folder / 'book.sqlite3'} is damaged (the file is cut off)."
    return [
        DamagedBookDialog(message, backup, desk.window),
        DamagedBookDialog(message, None, desk.window),
    ]


@recipe("PassphraseDialog")
def _passphrase_dialogs(desk: Desk) -> list[QDialog]:
    from advisor_referrals.ui.passphrase import PassphraseDialog

    where = str(desk.folder / "book.sqlite3")
    return [
        PassphraseDialog(where, lambda _p: False, desk.window),
        PassphraseDialog(where, lambda _p: False, desk.window, message="Wrong passphrase."),
    ]


def build_generically(cls: type[QDialog], desk: Desk) -> QDialog:
    """The dialog made from its constructor's annotations, with the window's parts."""
    window = desk.window
    pool: list[object] = [window, desk.services, desk.settings, window.history.runner]
    pool += [getattr(desk.services, name) for name in _service_names(desk.services)]
    samples: dict[type, object] = {
        str: "A title long enough to need the room it asks for",
        date: desk.today,
        int: 1,
    }
    hints = get_type_hints(cls.__init__)
    arguments: dict[str, object] = {}
    for name, parameter in inspect.signature(cls.__init__).parameters.items():
        if name == "self" or parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD):
            continue
        wanted = hints.get(name)
        value = _pick(wanted, pool, samples)
        if value is _MISSING:
            if parameter.default is inspect.Parameter.empty:
                raise TypeError(f"nothing to give for {name}: {wanted}")
            continue
        arguments[name] = value
    if "parent" in inspect.signature(cls.__init__).parameters:
        arguments["parent"] = window
    return cls(**arguments)


_MISSING = object()


def _pick(wanted: Any, pool: list[object], samples: dict[type, object]) -> object:
    options = getattr(wanted, "__args__", None) if wanted is not None else None
    kinds = [k for k in (options or (wanted,)) if isinstance(k, type) and k is not type(None)]
    for kind in kinds:
        if kind in samples:
            return samples[kind]
        for item in pool:
            if isinstance(item, kind):
                return item
    if options and type(None) in options:
        return None
    return _MISSING


def _service_names(services: BookServices) -> list[str]:
    return [
        name
        for name, value in inspect.getmembers(type(services))
        if isinstance(value, property | type(BookServices.contacts)) and not name.startswith("_")
    ]


def every_dialog(desk: Desk) -> Iterator[tuple[str, QDialog]]:
    for cls in dialog_classes():
        make = RECIPES.get(cls.__name__)
        try:
            made = make(desk) if make is not None else [build_generically(cls, desk)]
        except Exception as error:
            pytest.fail(
                f"{cls.__module__}.{cls.__name__} cannot be opened here ({error!r}): "
                "add a recipe for it to tests/ui/test_fits_screen.py"
            )
        for index, dialog in enumerate(made):
            yield f"{cls.__name__} #{index + 1}", dialog


def test_every_dialog_fits_the_screen_with_nothing_cut(desk: Desk, qtbot: QtBot) -> None:
    problems: list[str] = []
    opened: list[str] = []
    for name, dialog in every_dialog(desk):
        opened.append(name)
        if not dialog.isVisible():
            dialog.show()
        settle()
        problems += [f"{name}: {p}" for p in cursors_not_at_the_end(dialog)]
        for where in tab_states(dialog):
            snapshot(dialog, f"dialog {name}{where}")
            problems += [f"{name}{where}: {p}" for p in too_big(dialog) + cut_widgets(dialog)]
        dialog.close()
        dialog.deleteLater()
        settle()
    assert len(opened) >= len(dialog_classes())
    assert not problems, "\n".join(problems)


def test_fits_other_screens() -> None:
    """The same checks on a 1366x768 screen and on a 1280x800 screen at 125%."""
    here = "tests/ui/test_fits_screen.py"
    nodes = [
        f"{here}::test_every_page_and_its_tabs_fit_the_screen",
        f"{here}::test_every_dialog_fits_the_screen_with_nothing_cut",
        f"{here}::test_the_window_opens_inside_the_screen",
    ]
    run_tests_in_fresh_process(nodes, {SCREEN_ENV: "1366x768"})
    run_tests_in_fresh_process(nodes, {SCREEN_ENV: "1280x800", "QT_SCALE_FACTOR": "1.25"})
