"""The advisor profile is kept in the book and every change is audited."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select

from advisor_referrals.domain.errors import ConflictError, ValidationError
from advisor_referrals.domain.profile import AdvisorProfile
from advisor_referrals.services.settings import SettingsService
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import AuditRow
from advisor_referrals.storage.opening import open_book


def test_profile_round_trips_and_is_audited(book: Book) -> None:
    settings = SettingsService(book)
    assert settings.profile().is_blank
    profile = AdvisorProfile(
        name="Maria Lopes", firm="Lopes & <Partners>", email="maria@lopes.example"
    )
    settings.save_profile(profile)
    assert settings.profile() == profile
    with book.session() as session:
        summaries = session.scalars(select(AuditRow.summary)).all()
    assert summaries == ["Changed the advisor profile"]


def test_a_profile_with_a_bad_email_is_refused_and_nothing_saved(book: Book) -> None:
    settings = SettingsService(book)
    with pytest.raises(ValidationError, match="email"):
        settings.save_profile(AdvisorProfile(name="Maria", email="maria-at-example"))
    assert settings.profile().is_blank


def test_a_stale_profile_save_is_refused_and_the_newer_profile_kept(book: Book) -> None:
    """Two desks open Settings; the second to save would erase the first one's disclosures."""
    other = open_book(book.target, user="assistant")
    try:
        mine, theirs = SettingsService(book), SettingsService(other)
        mine.save_profile(AdvisorProfile(name="Maria Lopes", disclosures="Old wording."))
        opened_here = mine.load_profile()
        opened_there = theirs.load_profile()
        theirs.save_profile(
            replace(opened_there.profile, disclosures="New wording, from compliance."),
            loaded=opened_there,
        )
        with pytest.raises(ConflictError, match="advisor profile was changed by someone else"):
            mine.save_profile(
                replace(opened_here.profile, phone="+1 617 555 0100"), loaded=opened_here
            )
        assert mine.profile().disclosures == "New wording, from compliance."
        assert mine.profile().phone == ""
        # The same screen saves twice in a row without refusing itself.
        again = mine.load_profile()
        mine.save_profile(replace(again.profile, phone="+1 617 555 0100"), loaded=again)
        mine.save_profile(replace(again.profile, title="CFP"), loaded=again)
        assert (mine.profile().phone, mine.profile().title) == ("+1 617 555 0100", "CFP")
    finally:
        other.close()


def test_any_setting_can_be_saved_against_the_version_it_was_read_at(book: Book) -> None:
    settings = SettingsService(book)
    assert settings.version("ask_interval_days") == 0
    assert settings.set("ask_interval_days", 90, expected_version=0) == 1
    assert settings.set("ask_interval_days", 60, expected_version=1) == 2
    with pytest.raises(ConflictError):
        settings.set("ask_interval_days", 30, expected_version=1)
    assert settings.get("ask_interval_days") == 60


@pytest.mark.parametrize(
    ("field", "value", "rule"),
    [
        ("name", "Maria\x1b[2J Lopes", "control character"),
        ("firm", "Lopes\u202e Partners", "bidirectional"),
        ("phone", '<font color="red">555</font>', "phone number"),
        ("website", "javascript:alert(1)", "web address"),
        ("scheduling_url", "javascript:alert(1)", "web address"),
        ("accent_color", "red; background:url(x)", "#RRGGBB"),
        ("disclosures", "Member FINRA\x07", "control character"),
    ],
)
def test_the_profile_refuses_what_a_kit_must_not_print(
    book: Book, field: str, value: str, rule: str
) -> None:
    settings = SettingsService(book)
    with pytest.raises(ValidationError, match=rule) as refused:
        settings.save_profile(replace(AdvisorProfile(name="Maria"), **{field: value}))
    assert field in str(refused.value)
    assert settings.profile().is_blank
