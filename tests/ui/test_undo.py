"""Every kind of undo step, through the one command base (docs/design.md, "Changes and undo").

Each case makes a real step on a real book: pushing it does the work, undo and redo each
call the service once more, and the window's BookEvents hears what changed. A step whose
record was changed elsewhere in the meantime is refused, reported, and leaves the stack
without changing anything.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, time, timedelta

import pytest
from pytestqt.qtbot import QtBot

from advisor_referrals.domain.asks import AskFields, AskMethod, AskOutcome
from advisor_referrals.domain.contacts import ContactFields
from advisor_referrals.domain.enums import ReferralStatus, Relationship, Segment
from advisor_referrals.domain.errors import BookError, ConflictError
from advisor_referrals.domain.referrals import ReferralFields
from advisor_referrals.domain.triggers import TriggerFields
from advisor_referrals.reports.renderers import RENDERERS
from advisor_referrals.services.changes import BookChanges
from advisor_referrals.services.referrals.referral_lists import ReferralFilter
from advisor_referrals.services.registry import BookServices
from advisor_referrals.services.triggers.trigger_log import TriggerFilter
from advisor_referrals.storage.book import Book
from advisor_referrals.ui.asks.ask_commands import DeleteAsk, EditAsk, LogAsk
from advisor_referrals.ui.contact_commands import (
    AddContact,
    ArchiveContacts,
    EditContact,
    RenameHousehold,
)
from advisor_referrals.ui.referrals.referral_commands import (
    ChangeReferral,
    DeleteReferral,
    DeleteTrigger,
    EditTrigger,
    LogTrigger,
    RecordReferral,
)
from advisor_referrals.ui.reviews.review_commands import (
    AcceptSegments,
    AddReview,
    EditReview,
    RescheduleReview,
    SegmentChoice,
)
from advisor_referrals.ui.undo import BookCommand, UndoHistory
from tests.support.referrals import client, prospect, referral, trigger
from tests.ui.support import undo_history

TODAY = date.today()


@dataclass
class Step:
    """One undoable step on a prepared book."""

    command: BookCommand
    state: Callable[[], object]  # what the user sees of the record
    kind: str  # the kind of record BookEvents must name
    meddle: Callable[[], None] | None = None  # someone else changes the record


Case = Callable[[BookServices, UndoHistory], Step]


def add_contact(s: BookServices, h: UndoHistory) -> Step:
    fields = ContactFields(first_name="Zoe", last_name="Quinn", email="zoe@example.com")

    def active() -> int:
        return sum(not c.is_archived for c in s.contacts.find_by_email("zoe@example.com"))

    def meddle() -> None:
        zoe = s.contacts.find_by_email("zoe@example.com")[0]
        s.contacts.update(zoe.id, zoe.version, zoe.as_fields().edited(city="Salem"))

    return Step(AddContact(fields, s.contacts, h), active, "contact", meddle)


def edit_contact(s: BookServices, h: UndoHistory) -> Step:
    ana = client(s.book, "Ana", "Souza", city="Boston")

    def meddle() -> None:
        now = s.contacts.get(ana.id)
        s.contacts.update(ana.id, now.version, now.as_fields().edited(phone="+1 617 555 0100"))

    after = ana.as_fields().edited(city="Cambridge")
    return Step(
        EditContact(ana, after, s.contacts, h),
        lambda: s.contacts.get(ana.id).city,
        "contact",
        meddle,
    )


def archive_contacts(s: BookServices, h: UndoHistory) -> Step:
    both = [client(s.book, "Ana", "Souza"), client(s.book, "Bo", "Berg")]

    def archived() -> list[bool]:
        return [c.is_archived for c in s.contacts.get_many([c.id for c in both])]

    def meddle() -> None:
        now = s.contacts.get(both[1].id)
        s.contacts.update(now.id, now.version, now.as_fields().edited(city="Lowell"))

    return Step(ArchiveContacts(both, True, s.contacts, h), archived, "contact", meddle)


def rename_household(s: BookServices, h: UndoHistory) -> Step:
    ana = client(s.book, "Ana", "Souza", household="Souza")

    def meddle() -> None:
        s.contacts.rename_household("Souza-Lima", "Lima")

    return Step(
        RenameHousehold("Souza", "Souza-Lima", s.contacts, h),
        lambda: s.contacts.get(ana.id).household,
        "household",
        meddle,
    )


def move_referral(s: BookServices, h: UndoHistory) -> Step:
    found = referral(
        s.book, client(s.book, "Ana", "Souza"), prospect(s.book, "Tom", "Becker"), TODAY
    )
    referrals = s.referrals

    def state() -> tuple[ReferralStatus, Relationship]:
        now = referrals.get(found.id)
        return now.status, s.contacts.get(now.referred_id).relationship

    def meddle() -> None:
        referrals.record_thanks(found.id, referrals.get(found.id).version, TODAY)

    command = ChangeReferral(
        "Move Tom Becker to Converted",
        referrals,
        found.id,
        found.version,
        lambda v: referrals.set_status(found.id, v, ReferralStatus.CONVERTED, TODAY),
        h,
    )
    return Step(command, state, "referral", meddle)


def record_referral(s: BookServices, h: UndoHistory) -> Step:
    ana = client(s.book, "Ana", "Souza")
    fields = ReferralFields(referrer_id=ana.id, referred_id=0, received_on=TODAY)
    walter = ContactFields(first_name="Walter", last_name="Nguyen")

    def state() -> tuple[int, int]:
        return len(s.referral_table.ids(ReferralFilter())), s.contacts.count()

    def meddle() -> None:
        rid = s.referral_table.ids(ReferralFilter())[0]
        s.referrals.record_first_contact(rid, s.referrals.get(rid).version, TODAY)

    command = RecordReferral("Record referral of Walter", s.referrals, fields, walter, h)
    return Step(command, state, "referral", meddle)


def delete_referral(s: BookServices, h: UndoHistory) -> Step:
    found = referral(
        s.book, client(s.book, "Ana", "Souza"), prospect(s.book, "Tom", "Becker"), TODAY
    )
    command = DeleteReferral("Delete referral", s.referrals, found.id, found.version, h)
    return Step(command, lambda: s.referral_table.ids(ReferralFilter()), "referral")


def log_trigger(s: BookServices, h: UndoHistory) -> Step:
    ana = client(s.book, "Ana", "Souza")
    fields = TriggerFields(contact_id=ana.id, kind="retirement", occurred_on=TODAY)

    def meddle() -> None:
        tid = s.triggers.ids(TriggerFilter())[0]
        now = s.triggers.get(tid)
        s.triggers.update(tid, now.version, TriggerFields(**{**vars(fields), "notes": "moved"}))

    command = LogTrigger("Log Retirement for Ana Souza", s.triggers, fields, h)
    return Step(command, lambda: len(s.triggers.ids(TriggerFilter())), "trigger", meddle)


def edit_trigger(s: BookServices, h: UndoHistory) -> Step:
    shown = trigger(s.book, client(s.book, "Ana", "Souza"), TODAY, notes="House in Newton")
    after = TriggerFields(
        contact_id=shown.contact_id, kind=shown.kind, occurred_on=TODAY, notes="House in Salem"
    )

    def meddle() -> None:
        now = s.triggers.get(shown.id)
        s.triggers.update(shown.id, now.version, TriggerFields(**{**vars(after), "notes": "x"}))

    command = EditTrigger("Edit trigger for Ana Souza", s.triggers, shown, after, h)
    return Step(command, lambda: s.triggers.get(shown.id).notes, "trigger", meddle)


def delete_trigger(s: BookServices, h: UndoHistory) -> Step:
    shown = trigger(s.book, client(s.book, "Ana", "Souza"), TODAY)
    command = DeleteTrigger("Delete trigger", s.triggers, shown.id, shown.version, h)
    return Step(command, lambda: s.triggers.ids(TriggerFilter()), "trigger")


def schedule_review(s: BookServices, h: UndoHistory) -> Step:
    ana = client(s.book, "Ana", "Souza")
    reviews = s.reviews
    on = TODAY + timedelta(days=9)

    def meddle() -> None:
        booked = reviews.open_for_contact(ana.id)[0]
        reviews.reschedule(booked.id, booked.version, on + timedelta(days=1))

    command = AddReview(
        "Schedule review", reviews, lambda: reviews.schedule(ana.id, on, time(15, 30)), h
    )
    return Step(
        command,
        lambda: [r.scheduled_for for r in reviews.open_for_contact(ana.id)],
        "review",
        meddle,
    )


def record_review(s: BookServices, h: UndoHistory) -> Step:
    ana = client(s.book, "Ana", "Souza")
    reviews = s.reviews
    command = AddReview("Record review", reviews, lambda: reviews.record(ana.id, TODAY, nps=9), h)
    return Step(command, lambda: [r.nps for r in reviews.for_contact(ana.id)], "review")


def complete_review(s: BookServices, h: UndoHistory) -> Step:
    ana = client(s.book, "Ana", "Souza")
    reviews = s.reviews
    booked = reviews.schedule(ana.id, TODAY - timedelta(days=1))

    def meddle() -> None:
        now = reviews.get(booked.id)
        reviews.complete(booked.id, now.version, TODAY, nps=3)

    command = EditReview(
        "Complete review: Ana Souza",
        reviews,
        booked.id,
        booked.version,
        lambda v: reviews.complete(booked.id, v, TODAY, nps=10),
        h,
    )
    state = reviews.get
    return Step(
        command, lambda: (state(booked.id).completed_on, state(booked.id).nps), "review", meddle
    )


def cancel_review(s: BookServices, h: UndoHistory) -> Step:
    ana = client(s.book, "Ana", "Souza")
    reviews = s.reviews
    booked = reviews.schedule(ana.id, TODAY + timedelta(days=3))
    command = EditReview(
        "Cancel review: Ana Souza",
        reviews,
        booked.id,
        booked.version,
        lambda v: reviews.cancel(booked.id, v),
        h,
    )
    return Step(command, lambda: reviews.get(booked.id).cancelled_on, "review")


def reschedule_review(s: BookServices, h: UndoHistory) -> Step:
    ana = client(s.book, "Ana", "Souza")
    reviews = s.reviews
    booked = reviews.schedule(ana.id, TODAY + timedelta(days=3))
    later = TODAY + timedelta(days=10)

    def meddle() -> None:
        moved = reviews.open_for_contact(ana.id)[0]
        reviews.complete(moved.id, moved.version, TODAY, nps=8)

    command = RescheduleReview(
        "Move review with Ana Souza",
        reviews,
        booked.id,
        booked.version,
        lambda review_id, version: reviews.reschedule(review_id, version, later),
        h,
    )
    return Step(
        command,
        lambda: [r.scheduled_for for r in reviews.open_for_contact(ana.id)],
        "review",
        meddle,
    )


def accept_segments(s: BookServices, h: UndoHistory) -> Step:
    dan = client(s.book, "Dan", "Dahl", segment=Segment.ENGAGED)

    def meddle() -> None:
        now = s.contacts.get(dan.id)
        s.contacts.update(dan.id, now.version, now.as_fields().edited(city="Oslo"))

    choice = SegmentChoice(dan.id, dan.version, Segment.ENGAGED, Segment.DISGRUNTLED)
    command = AcceptSegments("Accept 1 suggested segment", s.engagement, [choice], h)
    return Step(command, lambda: s.contacts.get(dan.id).segment, "contact", meddle)


def ask_fields(contact_id: int, notes: str = "") -> AskFields:
    return AskFields(
        contact_id=contact_id,
        asked_on=TODAY,
        method=AskMethod.REVIEW,
        outcome=AskOutcome.WILL_THINK,
        notes=notes,
    )


def log_ask(s: BookServices, h: UndoHistory) -> Step:
    ana = client(s.book, "Ana", "Souza")

    def meddle() -> None:
        [now] = s.asks.for_contact(ana.id)
        s.asks.update(now.id, now.version, ask_fields(ana.id, "moved"))

    command = LogAsk("Log an ask of Ana Souza", s.asks, ask_fields(ana.id), h)
    return Step(command, lambda: len(s.asks.for_contact(ana.id)), "ask", meddle)


def edit_ask(s: BookServices, h: UndoHistory) -> Step:
    ana = client(s.book, "Ana", "Souza")
    shown = s.asks.log(ask_fields(ana.id, "Thinking of her brother"))
    after = replace(ask_fields(ana.id, "Introduced her brother"), outcome=AskOutcome.INTRODUCED)

    def meddle() -> None:
        now = s.asks.get(shown.id)
        s.asks.update(shown.id, now.version, ask_fields(ana.id, "x"))

    command = EditAsk("Edit the ask of Ana Souza", s.asks, shown, after, h)
    return Step(command, lambda: s.asks.get(shown.id).notes, "ask", meddle)


def delete_ask(s: BookServices, h: UndoHistory) -> Step:
    ana = client(s.book, "Ana", "Souza")
    shown = s.asks.log(ask_fields(ana.id))
    command = DeleteAsk("Delete the ask of Ana Souza", s.asks, shown, h)
    return Step(command, lambda: [a.id for a in s.asks.for_contact(ana.id)], "ask")


CASES: list[Case] = [
    add_contact,
    edit_contact,
    archive_contacts,
    rename_household,
    move_referral,
    record_referral,
    delete_referral,
    log_trigger,
    edit_trigger,
    delete_trigger,
    schedule_review,
    record_review,
    complete_review,
    cancel_review,
    reschedule_review,
    accept_segments,
    log_ask,
    edit_ask,
    delete_ask,
]
REFUSABLE = [
    case
    for case in CASES
    if case not in (delete_referral, delete_trigger, record_review, cancel_review, delete_ask)
]


def done(qtbot: QtBot, history: UndoHistory) -> None:
    qtbot.waitUntil(lambda: not history.busy, timeout=10_000)


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.__name__)
def test_pushing_does_the_step_and_undo_and_redo_replay_it(
    qtbot: QtBot, book: Book, case: Case
) -> None:
    services = BookServices.for_book(book, RENDERERS)
    history = undo_history()
    heard: list[BookChanges] = []
    history.runner.events.changed.connect(heard.append)
    step = case(services, history)
    before = step.state()

    history.push(step.command)  # the push does the work, off the UI thread
    done(qtbot, history)
    after = step.state()
    assert after != before
    assert heard and heard[-1].touches(step.kind)
    assert history.stack.undoText() == step.command.text()

    history.stack.undo()
    done(qtbot, history)
    assert step.state() == before
    assert len(heard) == 2 and heard[-1].touches(step.kind)

    history.stack.redo()
    done(qtbot, history)
    assert step.state() == after
    assert len(heard) == 3
    history.stack.undo()
    done(qtbot, history)
    assert step.state() == before


@pytest.mark.parametrize("case", REFUSABLE, ids=lambda case: case.__name__)
def test_a_step_changed_elsewhere_is_refused_and_leaves_the_stack(
    qtbot: QtBot, book: Book, case: Case, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = BookServices.for_book(book, RENDERERS)
    history = undo_history()
    step = case(services, history)
    history.push(step.command)
    done(qtbot, history)
    assert step.meddle is not None
    step.meddle()  # someone else, in another window
    seen = step.state()
    reported: list[BaseException] = []
    monkeypatch.setattr(history, "report", reported.append)

    history.stack.undo()
    done(qtbot, history)
    assert len(reported) == 1 and isinstance(reported[0], BookError)
    assert step.state() == seen  # nothing overwritten
    assert history.stack.count() == 0  # the step is gone: nothing to redo or undo
    if case is not rename_household:  # a household renamed away is not found: no version
        assert isinstance(reported[0], ConflictError)


def test_a_refused_first_run_answers_the_dialog_and_keeps_no_step(qtbot: QtBot, book: Book) -> None:
    services = BookServices.for_book(book, RENDERERS)
    history = undo_history()
    ana = client(book, "Ana", "Souza")
    services.contacts.update(ana.id, ana.version, ana.as_fields().edited(city="Salem"))
    answers: list[object] = []
    stale = EditContact(ana, ana.as_fields().edited(city="Lowell"), services.contacts, history)
    history.push(stale, done=answers.append, refused=answers.append)
    done(qtbot, history)
    assert len(answers) == 1 and isinstance(answers[0], ConflictError)
    assert history.stack.count() == 0
    assert services.contacts.get(ana.id).city == "Salem"


def test_steps_on_one_record_follow_each_other_in_order(qtbot: QtBot, book: Book) -> None:
    services = BookServices.for_book(book, RENDERERS)
    history = undo_history()
    ana = client(book, "Ana", "Souza", city="Boston")
    # Three edits pushed at once, each from a form showing the version first read (the
    # list had not reloaded yet): each waits for the one before and uses the version it
    # left, so none is refused as stale.
    shown = ana
    for city in ("Cambridge", "Salem", "Lowell"):
        edited = shown.as_fields().edited(city=city)
        history.push(EditContact(shown, edited, services.contacts, history))
        shown = replace(shown, city=city)
    done(qtbot, history)
    assert services.contacts.get(ana.id).city == "Lowell"
    history.stack.undo()
    history.stack.undo()
    done(qtbot, history)
    assert services.contacts.get(ana.id).city == "Cambridge"
    history.stack.redo()
    done(qtbot, history)
    assert services.contacts.get(ana.id).city == "Salem"


def test_an_undo_pressed_while_a_refused_step_runs_does_nothing_more(
    qtbot: QtBot, book: Book, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = BookServices.for_book(book, RENDERERS)
    history = undo_history()
    reported: list[BaseException] = []
    monkeypatch.setattr(history, "report", reported.append)
    ana = client(book, "Ana", "Souza")
    services.contacts.update(ana.id, ana.version, ana.as_fields().edited(city="Salem"))
    history.push(
        EditContact(ana, ana.as_fields().edited(city="Lowell"), services.contacts, history)
    )
    history.stack.undo()  # before the refusal comes back: queued behind the push
    done(qtbot, history)
    assert len(reported) == 1 and isinstance(reported[0], ConflictError)
    assert history.stack.count() == 0
    assert services.contacts.get(ana.id).city == "Salem"


def test_steps_on_a_record_deleted_and_put_back_keep_replaying(qtbot: QtBot, book: Book) -> None:
    """A record put back by undo starts its versions again: the steps around it follow."""
    services = BookServices.for_book(book, RENDERERS)
    history = undo_history()
    triggers = services.triggers
    shown = trigger(book, client(book, "Ana", "Souza"), TODAY, notes="House in Newton")
    edited = TriggerFields(
        contact_id=shown.contact_id, kind=shown.kind, occurred_on=TODAY, notes="House in Salem"
    )
    history.push(EditTrigger("Edit trigger", triggers, shown, edited, history))
    done(qtbot, history)
    now = triggers.get(shown.id)
    history.push(DeleteTrigger("Delete trigger", triggers, now.id, now.version, history))
    done(qtbot, history)
    for press in (history.stack.undo, history.stack.undo, history.stack.redo, history.stack.redo):
        press()
        done(qtbot, history)
    assert triggers.ids(TriggerFilter()) == []
    history.stack.undo()
    history.stack.undo()
    done(qtbot, history)
    assert triggers.get(shown.id).notes == "House in Newton"
    assert history.stack.count() == 2  # nothing was refused on the way

    referrals = services.referrals
    found = referral(book, client(book, "Bo", "Berg"), prospect(book, "Tom", "Becker"), TODAY)
    thanked = referrals.record_thanks(found.id, found.version, TODAY).referral
    history.push(DeleteReferral("Delete referral", referrals, found.id, thanked.version, history))
    for press in (history.stack.undo, history.stack.redo, history.stack.undo):
        done(qtbot, history)
        press()
    done(qtbot, history)
    assert referrals.get(found.id).thanked_on == TODAY
    # The push replaced the two trigger steps undone before it; the delete was not refused.
    assert history.stack.count() == 1 and history.stack.canRedo()
