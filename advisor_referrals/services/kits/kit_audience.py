"""Who a batch of referral kits is for: current clients to ask, by default.

A kit thanks a client for their trust and asks for introductions, so a batch made for a
mixed selection names those it is not for (prospects, former clients, centres of
influence, disgruntled clients, anyone marked do-not-ask; `domain.kits.left_out_because`)
and the advisor includes them only deliberately. A centre of influence included gets the
letter for professionals who refer.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select

from advisor_referrals.domain.enums import Relationship, Segment
from advisor_referrals.domain.kits import KitCandidate, left_out_because
from advisor_referrals.domain.names import full_name
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import ContactRow

CHUNK = 500  # ids per IN (...) list, well under every database's limit


def kit_candidates(book: Book, contact_ids: Sequence[int]) -> list[KitCandidate]:
    """Each contact of a selection, in the order given (unknown ids dropped), with why a
    batch leaves them out by default (nothing for a current client to ask)."""
    wanted = list(dict.fromkeys(contact_ids))
    found: dict[int, KitCandidate] = {}
    with book.session() as session:
        for start in range(0, len(wanted), CHUNK):
            rows = session.execute(
                select(
                    ContactRow.id,
                    ContactRow.first_name,
                    ContactRow.last_name,
                    ContactRow.relationship,
                    ContactRow.segment,
                    ContactRow.do_not_ask,
                ).where(ContactRow.id.in_(wanted[start : start + CHUNK]))
            )
            for contact_id, first, last, relationship, segment, do_not_ask in rows:
                found[contact_id] = KitCandidate(
                    contact_id,
                    full_name(first, last),
                    left_out_because(Relationship(relationship), Segment(segment), do_not_ask),
                )
    return [found[i] for i in wanted if i in found]
