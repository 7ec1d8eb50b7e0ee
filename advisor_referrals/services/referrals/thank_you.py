"""Saying thank you: the book's editable template, filled in for one referral."""

from __future__ import annotations

from sqlalchemy.orm import joinedload

from advisor_referrals.domain.errors import NotFoundError, ValidationError
from advisor_referrals.domain.names import full_name, greeting_name
from advisor_referrals.domain.thank_you import (
    DEFAULT_TEMPLATE,
    ThankYouMessage,
    ThankYouTemplate,
    render_template,
    validate_template,
)
from advisor_referrals.services.settings import SettingsService
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import ReferralRow

TEMPLATE_KEY = "thank_you_template"


class ThankYouService:
    def __init__(self, book: Book, settings: SettingsService) -> None:
        self.book = book
        self.settings = settings

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
            referred_name = full_name(referred.first_name, referred.last_name)
            to = referrer.email or ""
        profile = self.settings.profile()
        return render_template(
            template or self.template(),
            to=to,
            referrer=greeting,
            referred=referred_name,
            advisor=profile.name or profile.firm,
        )
