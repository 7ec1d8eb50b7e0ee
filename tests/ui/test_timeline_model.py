"""The timeline model: qtmodeltester, and what each event reads like."""

from __future__ import annotations

from datetime import date

from pytestqt.modeltest import ModelTester

from advisor_referrals.domain.timeline import ReviewState, TimelineEntry, TimelineKind
from advisor_referrals.ui.models.timeline_model import TimelineModel, detail, headline

ENTRIES = [
    TimelineEntry(kind=TimelineKind.REFERRAL_GIVEN, on=date(2026, 7, 10), status="converted",
                  other_id=7, other_name="Bea Lima"),
    TimelineEntry(kind=TimelineKind.REVIEW, on=date(2026, 7, 15), status=ReviewState.COMPLETED,
                  number=9, flag=True),
    TimelineEntry(kind=TimelineKind.TRIGGER, on=date(2026, 7, 3), label="Buying a home",
                  notes="Closing in August\nsecond line"),
    TimelineEntry(kind=TimelineKind.KIT, on=date(2026, 7, 16), number=1),
    TimelineEntry(kind=TimelineKind.ASK, on=date(2026, 7, 9), record_id=3, label="call",
                  status="introduced", other_id=7, other_name="Bea Lima", notes="Her sister"),
]  # fmt: skip


def test_the_model_passes_qt_model_checks(qtmodeltester: ModelTester) -> None:
    model = TimelineModel()
    model.set_entries(ENTRIES)
    qtmodeltester.check(model)


def test_events_read_as_sentences() -> None:
    assert [headline(e) for e in ENTRIES] == [
        "Referred Bea Lima",
        "Portfolio review (NPS 9)",
        "Trigger: Buying a home",
        "Referral kit generated",
        "Asked for an introduction (on a call)",
    ]
    assert [detail(e) for e in ENTRIES] == [
        "Converted",
        "referral conversation held",
        "Closing in August",
        "1 page",
        "Introduced someone · introduced Bea Lima · Her sister",
    ]


def test_the_model_gives_the_date_and_the_other_person() -> None:
    model = TimelineModel()
    model.set_entries(ENTRIES)
    first = model.index(0, 0)
    assert first.data(TimelineModel.DateRole) == "7/10/2026"
    assert first.data(TimelineModel.OtherContactRole) == 7
    assert model.index(1, 0).data(TimelineModel.OtherContactRole) is None
