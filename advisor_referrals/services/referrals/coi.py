"""Centres of influence: referrals they send, referrals the advisor sends them, and the balance."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session, aliased

from advisor_referrals.domain.enums import ReferralStatus, Relationship
from advisor_referrals.domain.errors import Problem, ValidationError
from advisor_referrals.domain.names import full_name
from advisor_referrals.domain.outbound import (
    OutboundFields,
    OutboundReferral,
    Reciprocity,
    validate_outbound,
)
from advisor_referrals.services.writing import RowWriter
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import (
    ContactRow,
    OutboundReferralRow,
    ReferralRow,
    name_order,
)
from advisor_referrals.storage.rows import contact_name

ENTITY = "outbound_referral"


def _outbound_label(row: OutboundReferralRow) -> str:
    return f"The referral of {contact_name(row.contact)} to {contact_name(row.coi)}"


class CoiService:
    def __init__(self, book: Book) -> None:
        self.book = book
        self.writer = RowWriter(book, OutboundReferralRow, ENTITY, name=_outbound_label)

    def reciprocity(self, since: date | None = None) -> list[Reciprocity]:
        """Every centre of influence with referrals each way (since a date, if given)."""
        # Correlated lookups use the (referrer, received_on) and (coi, sent_on) indexes, so the
        # cost follows the number of centres, not the size of the whole referral history.
        counted = ReferralRow.status != ReferralStatus.INTENDED.value
        mine = ReferralRow.referrer_id == ContactRow.id
        sent_by = OutboundReferralRow.coi_id == ContactRow.id
        if since is not None:
            mine = and_(mine, ReferralRow.received_on >= since)
            sent_by = and_(sent_by, OutboundReferralRow.sent_on >= since)

        def received(*columns: Any) -> Any:
            return select(*columns).where(mine, counted).scalar_subquery()

        def sent(*columns: Any) -> Any:
            return select(*columns).where(sent_by).scalar_subquery()

        n_in = received(func.count())
        n_out = sent(func.count())
        query = (
            select(
                ContactRow.id,
                ContactRow.first_name,
                ContactRow.last_name,
                ContactRow.profession,
                n_in,
                received(
                    func.coalesce(
                        func.sum(
                            case((ReferralRow.status == ReferralStatus.CONVERTED.value, 1), else_=0)
                        ),
                        0,
                    )
                ),
                n_out,
                received(func.max(ReferralRow.received_on)),
                sent(func.max(OutboundReferralRow.sent_on)),
            )
            .where(
                ContactRow.relationship == Relationship.CENTER_OF_INFLUENCE.value,
                ContactRow.archived_on.is_(None),
            )
            .order_by(
                (n_in + n_out).desc(),
                *name_order(),
            )
        )
        with self.book.session() as session:
            return [
                Reciprocity(
                    coi_id=cid,
                    name=full_name(first, last),
                    profession=profession,
                    received=int(n_in),
                    received_converted=int(n_conv),
                    sent=int(n_out),
                    last_received_on=last_in,
                    last_sent_on=last_out,
                )
                for cid, first, last, profession, n_in, n_conv, n_out, last_in, last_out in (
                    session.execute(query)
                )
            ]

    def outbound_for(self, coi_id: int) -> list[OutboundReferral]:
        coi, person = aliased(ContactRow), aliased(ContactRow)
        query = (
            select(
                OutboundReferralRow,
                coi.first_name,
                coi.last_name,
                person.first_name,
                person.last_name,
            )
            .join(coi, coi.id == OutboundReferralRow.coi_id)
            .join(person, person.id == OutboundReferralRow.contact_id)
            .where(OutboundReferralRow.coi_id == coi_id)
            .order_by(OutboundReferralRow.sent_on.desc(), OutboundReferralRow.id.desc())
        )
        with self.book.session() as session:
            return [
                _outbound(row, full_name(cf, cl), full_name(pf, pl))
                for row, cf, cl, pf, pl in session.execute(query)
            ]

    def record_outbound(self, fields: OutboundFields) -> OutboundReferral:
        fields = OutboundFields(
            coi_id=fields.coi_id,
            contact_id=fields.contact_id,
            sent_on=fields.sent_on,
            notes=fields.notes.strip(),
        )
        with self.writer.transaction() as session:
            coi, person = self._check(session, fields)
            columns = {
                "coi_id": fields.coi_id,
                "contact_id": fields.contact_id,
                "sent_on": fields.sent_on,
                "notes": fields.notes,
            }
            row = self.writer.add(
                session,
                OutboundReferralRow(**columns),
                "create",
                f"Referred {person} to {coi}",
                columns,
            )
            return _outbound(row, coi, person)

    def delete_outbound(self, outbound_id: int, expected_version: int) -> OutboundReferral:
        with self.writer.edit(outbound_id, expected_version) as edit:
            row = edit.row
            gone = _outbound(row, contact_name(row.coi), contact_name(row.contact))
            edit.session.delete(row)
            edit.audit("delete", f"Deleted the referral of {gone.contact_name} to {gone.coi_name}")
            return gone

    @staticmethod
    def _check(session: Session, fields: OutboundFields) -> tuple[str, str]:
        problems = validate_outbound(fields)
        coi = session.get(ContactRow, fields.coi_id)
        person = session.get(ContactRow, fields.contact_id)
        if coi is None:
            problems.append(Problem("", "coi", str(fields.coi_id), "choose a centre of influence"))
        elif coi.relationship != Relationship.CENTER_OF_INFLUENCE.value:
            problems.append(
                Problem(
                    "",
                    "coi",
                    full_name(coi.first_name, coi.last_name),
                    "is not a centre of influence; mark them as one (with their profession) first",
                )
            )
        if person is None:
            problems.append(
                Problem("", "contact", str(fields.contact_id), "choose a contact from the book")
            )
        if problems:
            raise ValidationError(problems)
        assert coi is not None and person is not None
        return full_name(coi.first_name, coi.last_name), full_name(
            person.first_name, person.last_name
        )


def _outbound(row: OutboundReferralRow, coi: str, person: str) -> OutboundReferral:
    return OutboundReferral(
        id=row.id,
        version=row.version,
        coi_id=row.coi_id,
        contact_id=row.contact_id,
        sent_on=row.sent_on,
        notes=row.notes,
        coi_name=coi,
        contact_name=person,
    )
