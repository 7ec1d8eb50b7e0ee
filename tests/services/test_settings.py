"""The advisor profile is kept in the book and every change is audited."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from advisor_referrals.domain.errors import ValidationError
from advisor_referrals.domain.profile import AdvisorProfile
from advisor_referrals.services.settings import SettingsService
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import AuditRow


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
