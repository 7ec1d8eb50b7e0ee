"""What the client table is asked for: a sort order and a filter (plain values, shared by
the table's listings and the ways its first page is read)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from advisor_referrals.domain.enums import Relationship, Segment, Tier
from advisor_referrals.domain.practice import PRACTICE_SCOPE, Scope


class SortKey(StrEnum):
    NAME = "name"
    FIRST_NAME = "first_name"
    EMAIL = "email"
    PHONE = "phone"
    CITY = "city"
    RELATIONSHIP = "relationship"
    SEGMENT = "segment"
    TIER = "tier"
    CLIENT_SINCE = "client_since"
    HOUSEHOLD = "household"


@dataclass(frozen=True)
class ContactFilter:
    text: str = ""
    relationships: frozenset[Relationship] = frozenset()
    segments: frozenset[Segment] = frozenset()
    tiers: frozenset[Tier] = frozenset()
    tag: str | None = None
    review_overdue: bool = False
    include_archived: bool = False
    today: date | None = None
    scope: Scope = PRACTICE_SCOPE  # whose clients (docs/design.md, "A practice")
