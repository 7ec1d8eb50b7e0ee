"""Saying thank you: the book's editable template, filled in for one referral, and the
note printed as a branded letter or card.

The printing is the use case here; the renderer is passed in by the composition root,
which takes it from reports/ (docs/design.md, "Layers").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO, Protocol

from sqlalchemy.orm import joinedload

from advisor_referrals.domain.enums import ThankYouMethod
from advisor_referrals.domain.errors import NotFoundError, Problem, ValidationError
from advisor_referrals.domain.kits import PageSize
from advisor_referrals.domain.names import full_name, greeting_name
from advisor_referrals.domain.text_rules import text_problem
from advisor_referrals.domain.thank_you import (
    DEFAULT_TEMPLATE,
    PRINTED,
    ThankYouMessage,
    ThankYouNote,
    ThankYouTemplate,
    render_template,
    validate_template,
)
from advisor_referrals.services.settings import SettingsService
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.files import atomic_file
from advisor_referrals.storage.models import ReferralRow

TEMPLATE_KEY = "thank_you_template"


class NoteRendering(Protocol):
    """Writes a printed thank-you as a PDF to `out`; returns the number of pages."""

    def __call__(self, note: ThankYouNote, out: IO[bytes]) -> int: ...


@dataclass(frozen=True, kw_only=True)
class ThankYouDraft:
    """What the thank-you dialog shows for one referral: who, the note, and any thanks
    already recorded."""

    referral_id: int
    version: int
    received_on: date
    referrer_name: str
    referred_name: str
    message: ThankYouMessage
    thanked_on: date | None
    thanked_by: ThankYouMethod | None


class ThankYouService:
    def __init__(
        self, book: Book, settings: SettingsService, render_note: NoteRendering | None = None
    ) -> None:
        self.book = book
        self.settings = settings
        self.render_note = render_note

    def template(self) -> ThankYouTemplate:
        stored = self.settings.get(TEMPLATE_KEY)
        if not isinstance(stored, dict):
            return DEFAULT_TEMPLATE
        template = ThankYouTemplate(
            subject=str(stored.get("subject") or DEFAULT_TEMPLATE.subject),
            body=str(stored.get("body") or DEFAULT_TEMPLATE.body),
        )
        return DEFAULT_TEMPLATE if validate_template(template) else template

    def save_template(self, template: ThankYouTemplate) -> None:
        problems = validate_template(template)
        if problems:
            raise ValidationError(problems)
        self.settings.set(
            TEMPLATE_KEY,
            {"subject": template.subject, "body": template.body},
            summary="Changed the thank-you template",
        )

    def message_for(
        self, referral_id: int, template: ThankYouTemplate | None = None
    ) -> ThankYouMessage:
        return self.draft(referral_id, template).message

    def draft(self, referral_id: int, template: ThankYouTemplate | None = None) -> ThankYouDraft:
        """The note for one referral, from the book's template, with who it is for."""
        with self.book.session() as session:
            row = session.get(
                ReferralRow,
                referral_id,
                options=[joinedload(ReferralRow.referrer), joinedload(ReferralRow.referred)],
            )
            if row is None:
                raise NotFoundError(f"there is no referral with id {referral_id}")
            referrer, referred = row.referrer, row.referred
            greeting = greeting_name(
                referrer.preferred_name, referrer.first_name, referrer.last_name
            )
            referrer_name = full_name(referrer.first_name, referrer.last_name)
            referred_name = full_name(referred.first_name, referred.last_name)
            to = referrer.email or ""
            referral_id, version, received_on = row.id, row.version, row.received_on
            thanked_on = row.thanked_on
            thanked_by = ThankYouMethod(row.thanked_by) if row.thanked_by else None
        profile = self.settings.profile()
        message = render_template(
            template or self.template(),
            to=to,
            referrer=greeting,
            referred=referred_name,
            advisor=profile.name or profile.firm,
        )
        return ThankYouDraft(
            referral_id=referral_id,
            version=version,
            received_on=received_on,
            referrer_name=referrer_name,
            referred_name=referred_name,
            message=message,
            thanked_on=thanked_on,
            thanked_by=thanked_by,
        )

    def print_note(
        self,
        referral_id: int,
        path: Path,
        *,
        style: ThankYouMethod,
        message: ThankYouMessage,
        dated: str,
        page_size: PageSize = PageSize.LETTER,
    ) -> int:
        """Write the note (as the user last edited it) as a branded letter or card to `path`,
        which appears only once it is whole; returns the number of pages."""
        if style not in PRINTED:
            allowed = ", ".join(s.value for s in PRINTED)
            raise ValidationError([Problem("", "style", style.value, f"allowed: {allowed}")])
        problems = [
            Problem("thank-you note", field, None, why)
            for field, text, lines in (
                ("subject", message.subject, False),
                ("body", message.body, True),
            )
            if (why := text_problem(text, multiline=lines))
        ]
        if problems:
            raise ValidationError(problems)
        if self.render_note is None:
            raise ValidationError(
                [Problem("", "style", style.value, "printing is not available here")]
            )
        draft = self.draft(referral_id)
        note = ThankYouNote(
            profile=self.settings.profile(),
            recipient=draft.referrer_name,
            subject=message.subject,
            body=message.body,
            dated=dated,
            style=style,
            page_size=page_size,
        )
        with atomic_file(path) as out:
            return self.render_note(note, out)
