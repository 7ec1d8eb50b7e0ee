"""Book-wide settings: the advisor profile and branding, and other values the practice shares.

These live in the book (so a practice shares them and backups carry them), unlike
per-machine preferences, which the UI keeps in QSettings.
"""

from __future__ import annotations

from dataclasses import asdict, fields
from typing import Any

from advisor_referrals.domain.errors import ValidationError
from advisor_referrals.domain.profile import PROFILE_FIELDS, AdvisorProfile, validate_profile
from advisor_referrals.services.writing import BookWriter
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import Setting

PROFILE_KEY = "advisor_profile"


class SettingsService:
    def __init__(self, book: Book) -> None:
        self.book = book
        self.writer = BookWriter(book, "setting")

    def get(self, key: str, default: Any = None) -> Any:
        with self.book.session() as session:
            row = session.get(Setting, key)
            return default if row is None or row.value is None else row.value

    def set(self, key: str, value: Any, *, summary: str | None = None) -> None:
        with self.writer.transaction() as session:
            row = session.get(Setting, key)
            before = None if row is None else row.value
            if row is None:
                session.add(Setting(key=key, value=value))
            else:
                row.value = value
            self.writer.audit(
                session,
                "update",
                None,
                summary or f"Changed setting {key}",
                {key: [before, value]} if before != value else None,
            )

    def profile(self) -> AdvisorProfile:
        stored = self.get(PROFILE_KEY, {}) or {}
        known = {f.name for f in fields(AdvisorProfile)}
        return AdvisorProfile(
            **{k: str(v) for k, v in stored.items() if k in known and v is not None}
        )

    def save_profile(self, profile: AdvisorProfile) -> None:
        """Store the profile; contact details that are not valid are refused, nothing saved."""
        problems = validate_profile(profile)
        if problems:
            raise ValidationError(problems, source="Advisor profile")
        values = {name: getattr(profile, name) for name in PROFILE_FIELDS}
        self.set(PROFILE_KEY, values, summary="Changed the advisor profile")


def profile_as_dict(profile: AdvisorProfile) -> dict[str, str]:
    return {k: str(v) for k, v in asdict(profile).items()}
