"""The closed vocabularies of the book (docs/design.md, "Vocabulary")."""

from __future__ import annotations

from enum import StrEnum


class Relationship(StrEnum):
    PROSPECT = "prospect"
    CLIENT = "client"
    FORMER_CLIENT = "former_client"
    CENTER_OF_INFLUENCE = "center_of_influence"


class Segment(StrEnum):
    ENGAGED = "engaged"
    CONTENT = "content"
    COMPLACENT = "complacent"
    DISGRUNTLED = "disgruntled"
    UNKNOWN = "unknown"


class Tier(StrEnum):
    A = "A"
    B = "B"
    C = "C"


class ReferralStatus(StrEnum):
    INTENDED = "intended"
    NEW = "new"
    CONTACTED = "contacted"
    MEETING = "meeting"
    CONVERTED = "converted"
    NOT_A_FIT = "not_a_fit"
    LOST = "lost"

    @property
    def is_open(self) -> bool:
        return self in OPEN_STATUSES


OPEN_STATUSES = frozenset(
    {ReferralStatus.INTENDED, ReferralStatus.NEW, ReferralStatus.CONTACTED, ReferralStatus.MEETING}
)


class Channel(StrEnum):
    INTRODUCTION = "introduction"
    EMAIL = "email"
    PHONE = "phone"
    EVENT = "event"
    SOCIAL = "social"
    WEBSITE = "website"
    OTHER = "other"


class CompensationKind(StrEnum):
    CASH = "cash"
    GIFT = "gift"
    FEE_WAIVER = "fee_waiver"
    OTHER = "other"


class ReviewKind(StrEnum):
    IN_PERSON = "in_person"
    VIDEO = "video"
    PHONE = "phone"


class ThankYouMethod(StrEnum):
    """How a referrer was thanked: written (sent from the mail program, copied into
    webmail or a message, printed as a letter or a card) or said (phone, in person)."""

    EMAIL = "email"
    COPIED = "copied"
    LETTER = "letter"
    CARD = "card"
    PHONE = "phone"
    IN_PERSON = "in_person"


def allowed(enum: type[StrEnum]) -> str:
    """The allowed values of a vocabulary, for error messages."""
    return ", ".join(member.value for member in enum)
