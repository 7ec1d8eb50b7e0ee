"""The program's settings in the book: the advisor's hourly value (for the cost of a new
client) and the short list of reasons clients refer."""

from __future__ import annotations

from decimal import Decimal

from advisor_referrals.domain.errors import Problem, ValidationError
from advisor_referrals.domain.referral_sources import DEFAULT_REASONS, clean_reasons
from advisor_referrals.domain.referrals import MONEY_MAX, parse_money
from advisor_referrals.domain.text_rules import text_problem
from advisor_referrals.services.settings import SettingsService

HOURLY_VALUE_KEY = "advisor_hourly_value"
REASONS_KEY = "referral_reasons"
# What an hour of the advisor's time is worth until the advisor says: a round figure near
# what the field's cost of a new client implies for an advisor's time.
DEFAULT_HOURLY_VALUE = Decimal("250.00")


class ProgramSettings:
    def __init__(self, settings: SettingsService) -> None:
        self.settings = settings

    def hourly_value(self) -> Decimal:
        stored = self.settings.get(HOURLY_VALUE_KEY)
        value = parse_money(stored) if isinstance(stored, str) else None
        return DEFAULT_HOURLY_VALUE if value is None or value < 0 else value

    def save_hourly_value(self, value: Decimal) -> None:
        if value < 0 or value > MONEY_MAX or value != value.quantize(Decimal("0.01")):
            raise ValidationError(
                [
                    Problem(
                        "settings", "hourly value", str(value), f"an amount from 0 to {MONEY_MAX}"
                    )
                ]
            )
        if value != self.hourly_value() or self.settings.get(HOURLY_VALUE_KEY) is None:
            self.settings.set(
                HOURLY_VALUE_KEY,
                f"{value:.2f}",
                summary=f"Set the advisor's hourly value to {value:.2f}",
            )

    def reasons(self) -> tuple[str, ...]:
        stored = self.settings.get(REASONS_KEY)
        return DEFAULT_REASONS if stored is None else clean_reasons(stored)

    def save_reasons(self, reasons: list[str]) -> None:
        problems = [
            Problem("settings", "why clients refer", reason, message)
            for reason in reasons
            if (message := text_problem(reason))
        ]
        if problems:
            raise ValidationError(problems)
        cleaned = list(clean_reasons(reasons))
        if tuple(cleaned) != self.reasons():
            self.settings.set(REASONS_KEY, cleaned, summary="Changed the reasons clients refer")
