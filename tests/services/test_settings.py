"""The advisor profile is kept in the book and every change is audited."""

from __future__ import annotations

from sqlalchemy import select

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
