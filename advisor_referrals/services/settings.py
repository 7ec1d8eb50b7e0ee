"""Book-wide settings: the advisor profile and branding, and other values the practice shares.

These live in the book (so a practice shares them and backups carry them), unlike
per-machine preferences, which the UI keeps in QSettings.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any

from advisor_referrals.domain.errors import ConflictError, ValidationError
from advisor_referrals.domain.profile import PROFILE_FIELDS, AdvisorProfile, check_profile
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

    def version(self, key: str) -> int:
        """The setting's version: 0 before it is first saved, then one more at each save."""
        with self.book.session() as session:
            row = session.get(Setting, key)
            return 0 if row is None else row.version

    def set(
        self,
        key: str,
        value: Any,
        *,
        summary: str | None = None,
        expected_version: int | None = None,
        what: str | None = None,
    ) -> int:
        """Store a setting and return its new version.

        With `expected_version` (the version the user's screen was filled from), a save
        made stale by someone else's is refused with ConflictError and nothing changes,
        as for a contact (docs/design.md, "Safety").
        """
        with self.writer.transaction() as session:
            row = session.get(Setting, key, with_for_update=True)
            current = 0 if row is None else row.version
            if expected_version is not None and current != expected_version:
                raise ConflictError(what or f"The setting {key}")
            before = None if row is None else row.value
            if row is None:
                row = Setting(key=key, value=value, version=1)
                session.add(row)
            else:
                row.value = value
                row.version = current + 1
            self.writer.audit(
                session,
                "update",
                None,
                summary or f"Changed setting {key}",
                {key: [before, value]} if before != value else None,
            )
            return row.version

    def profile(self) -> AdvisorProfile:
        return self.load_profile().profile

    def load_profile(self) -> LoadedProfile:
        """The profile with the version it was read at, for an editor that saves it later."""
        with self.book.session() as session:
            row = session.get(Setting, PROFILE_KEY)
            stored = row.value if row is not None and isinstance(row.value, dict) else {}
            version = 0 if row is None else row.version
        known = {f.name for f in fields(AdvisorProfile)}
        profile = AdvisorProfile(
            **{k: str(v) for k, v in stored.items() if k in known and v is not None}
        )
        return LoadedProfile(profile, version)

    def save_profile(self, profile: AdvisorProfile, *, loaded: LoadedProfile | None = None) -> None:
        """Store the profile; what is not valid is refused, nothing saved.

        With `loaded`, a save over someone else's newer profile is refused (ConflictError);
        `loaded` then moves on to the saved version, for the next save from the same screen.
        """
        problems = check_profile(profile)
        if problems:
            raise ValidationError(problems, source="Advisor profile")
        values = {name: getattr(profile, name) for name in PROFILE_FIELDS}
        version = self.set(
            PROFILE_KEY,
            values,
            summary="Changed the advisor profile",
            expected_version=None if loaded is None else loaded.version,
            what="The advisor profile",
        )
        if loaded is not None:
            loaded.profile, loaded.version = profile, version


@dataclass
class LoadedProfile:
    """The profile as an editor showed it, and the version it had then."""

    profile: AdvisorProfile
    version: int


def profile_as_dict(profile: AdvisorProfile) -> dict[str, str]:
    return {k: str(v) for k, v in asdict(profile).items()}
