"""Client appreciation events: invitations, RSVPs, attendance, and guests, who join the book
as prospects referred by their host (docs/design.md, "Referral program").

Adding a guest is one step: the person becomes a prospect (or an existing contact is
taken), the referral from the host is recorded with the channel "event", and the guest
is listed at the event; undo takes all three back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session, aliased

from advisor_referrals.domain.client_events import (
    ClientEvent,
    EventFields,
    EventResults,
    Guest,
    Invitation,
    Rsvp,
    validate_event,
)
from advisor_referrals.domain.contacts import ContactFields
from advisor_referrals.domain.enums import Channel, ReferralStatus
from advisor_referrals.domain.errors import BookError, ConflictError, NotFoundError, Problem
from advisor_referrals.domain.names import full_name
from advisor_referrals.domain.referral_sources import HowHeard
from advisor_referrals.domain.referrals import ReferralFields
from advisor_referrals.services.audit import writing as audit
from advisor_referrals.services.program.programs import contact_traits, programs_for, programs_in
from advisor_referrals.services.program.records import SimpleRecords
from advisor_referrals.services.referrals.recording import ReferralService
from advisor_referrals.services.referrals.rules import remove_created_contact
from advisor_referrals.services.writing import BookWriter
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import (
    ContactRow,
    EventRow,
    GuestRow,
    InvitationRow,
    ReferralRow,
)
from advisor_referrals.storage.program_rows import event_columns, event_from_row, invitation_from
from advisor_referrals.storage.rows import referral_from_row

GUEST = "event_guest"
INVITATION = "event_invitation"


def describe_event(event: Any) -> str:
    return f"the event “{event.name}”"


def _check(_session: Session, fields: EventFields) -> list[Problem]:
    return validate_event(fields)


def _keep_with_guests(session: Session, row: EventRow) -> None:
    guests = session.scalar(
        select(func.count()).select_from(GuestRow).where(GuestRow.event_id == row.id)
    )
    if guests:
        raise BookError(
            f"The event “{row.name}” has {guests} guests, each recorded as a referral; "
            "remove the guests first to delete it."
        )


@dataclass(frozen=True, kw_only=True)
class AddedGuest:
    """A guest added, with what undo needs to take the guest back."""

    guest: Guest
    referral_id: int
    referral_version: int
    created_contact_id: int | None
    created_contact_version: int | None


@dataclass(frozen=True, kw_only=True)
class DeletedEvent:
    event: ClientEvent
    invitations: tuple[dict[str, Any], ...]


class EventService:
    def __init__(self, book: Book, referrals: ReferralService) -> None:
        self.book = book
        self.referrals = referrals
        self.records: SimpleRecords[EventRow, EventFields, ClientEvent] = SimpleRecords(
            book,
            EventRow,
            "event",
            columns=event_columns,
            load=event_from_row,
            check=_check,
            describe=describe_event,
            fields_of=lambda event: event.as_fields(),
            may_delete=_keep_with_guests,
        )
        self.writer = BookWriter(book, INVITATION)

    # Events

    def all(self) -> list[ClientEvent]:
        """Every event, the latest first."""
        with self.book.session() as session:
            rows = session.scalars(
                select(EventRow).order_by(EventRow.held_on.desc(), EventRow.id.desc())
            ).all()
            return [event_from_row(row) for row in rows]

    def get(self, event_id: int) -> ClientEvent:
        return self.records.get(event_id)

    def add(self, fields: EventFields) -> ClientEvent:
        return self.records.add(fields)

    def update(self, event_id: int, expected_version: int, fields: EventFields) -> ClientEvent:
        return self.records.update(event_id, expected_version, fields)

    def delete(self, event_id: int, expected_version: int) -> DeletedEvent:
        """Delete an event with no guests; its invitations go with it (and come back on undo)."""
        with self.book.session() as session:
            table = InvitationRow.__table__
            invitations = tuple(
                dict(row._mapping)
                for row in session.execute(select(table).where(table.c.event_id == event_id))
            )
        event = self.records.delete(event_id, expected_version)
        return DeletedEvent(event=event, invitations=invitations)

    def reinstate(self, deleted: DeletedEvent) -> ClientEvent:
        event = self.records.reinstate(deleted.event, deleted.event.id)
        if deleted.invitations:
            with self.writer.transaction() as session:
                for values in deleted.invitations:
                    session.add(InvitationRow(**values))
                self.writer.audit(
                    session,
                    "restore",
                    None,
                    f"Restored {len(deleted.invitations)} invitations to "
                    f"{describe_event(deleted.event)}",
                )
        return event

    # Invitations

    def invitations(self, event_id: int) -> list[Invitation]:
        with self.book.session() as session:
            rows = session.execute(
                select(InvitationRow, ContactRow.first_name, ContactRow.last_name)
                .join(ContactRow, ContactRow.id == InvitationRow.contact_id)
                .where(InvitationRow.event_id == event_id)
                .order_by(func.lower(ContactRow.last_name), func.lower(ContactRow.first_name))
            ).all()
            return [invitation_from(row, first, last) for row, first, last in rows]

    def invite(
        self, event_id: int, contact_ids: Sequence[int], guest_places: int, on: date | None = None
    ) -> list[Invitation]:
        """Invite clients (those already invited are left as they are); returns the new ones."""
        with self.writer.transaction() as session:
            event = session.get(EventRow, event_id)
            if event is None:
                raise NotFoundError(f"there is no event with id {event_id}")
            taken = set(
                session.scalars(
                    select(InvitationRow.contact_id).where(InvitationRow.event_id == event_id)
                )
            )
            added = []
            for contact_id in dict.fromkeys(contact_ids):
                if contact_id in taken:
                    continue
                contact = session.get(ContactRow, contact_id)
                if contact is None:
                    raise NotFoundError(f"there is no contact with id {contact_id}")
                row = InvitationRow(
                    event_id=event_id,
                    contact_id=contact_id,
                    guest_places=guest_places,
                    invited_on=on or date.today(),
                )
                self.writer.add(
                    session,
                    row,
                    "create",
                    f"Invited {full_name(contact.first_name, contact.last_name)} to "
                    f"{describe_event(event)}",
                    {"guest_places": guest_places},
                )
                added.append(invitation_from(row, contact.first_name, contact.last_name))
            return added

    def uninvite(self, invitations: Sequence[Invitation]) -> None:
        """Take invitations back (undo of invite); one answered since is left alone."""
        with self.writer.transaction() as session:
            for invitation in invitations:
                row = session.get(InvitationRow, invitation.id)
                if row is None or row.version != invitation.version:
                    raise ConflictError(f"The invitation of {invitation.contact_name}")
                session.delete(row)
                self.writer.audit(
                    session,
                    "delete",
                    invitation.id,
                    f"Withdrew the invitation of {invitation.contact_name}",
                )

    def answer(
        self,
        invitation_id: int,
        expected_version: int,
        *,
        rsvp: Rsvp,
        guest_places: int,
        attended: bool,
    ) -> Invitation:
        """Record the answer, the guest places and whether the client came."""
        with self.writer.transaction("Invitation") as session:
            row = session.get(InvitationRow, invitation_id)
            if row is None:
                raise NotFoundError(f"there is no invitation with id {invitation_id}")
            contact = session.get(ContactRow, row.contact_id)
            name = full_name(contact.first_name, contact.last_name) if contact else ""
            if row.version != expected_version:
                raise ConflictError(f"The invitation of {name}")
            if not 0 <= guest_places <= 20:
                raise BookError("Guest places: a whole number from 0 to 20")
            before = {"rsvp": row.rsvp, "guest_places": row.guest_places, "attended": row.attended}
            row.rsvp, row.guest_places, row.attended = rsvp.value, guest_places, attended
            session.flush()
            after = {"rsvp": row.rsvp, "guest_places": row.guest_places, "attended": row.attended}
            changes = audit.diff(before, after)
            if changes:
                self.writer.audit(
                    session,
                    "update",
                    row.id,
                    f"Invitation of {name}: {', '.join(changes)}",
                    changes,
                )
            return invitation_from(
                row, contact.first_name if contact else "", contact.last_name if contact else ""
            )

    # Guests

    def guests(self, event_id: int | None = None, *, ids: Sequence[int] = ()) -> list[Guest]:
        host = aliased(ContactRow, name="host")
        guest = aliased(ContactRow, name="guest")
        query = (
            select(
                GuestRow,
                host.first_name,
                host.last_name,
                guest.first_name,
                guest.last_name,
                ReferralRow.status,
                ReferralRow.first_contacted_on,
                ReferralRow.converted_on,
                ReferralRow.version,
                EventRow.held_on,
            )
            .join(EventRow, EventRow.id == GuestRow.event_id)
            .join(host, host.id == GuestRow.host_id)
            .join(guest, guest.id == GuestRow.contact_id)
            .outerjoin(ReferralRow, ReferralRow.id == GuestRow.referral_id)
        )
        if event_id is not None:
            query = query.where(GuestRow.event_id == event_id)
        if ids:
            query = query.where(GuestRow.id.in_(list(ids)))
        with self.book.session() as session:
            return [
                Guest(
                    id=row.id,
                    version=row.version,
                    event_id=row.event_id,
                    host_id=row.host_id,
                    host_name=full_name(hf, hl),
                    contact_id=row.contact_id,
                    contact_name=full_name(gf, gl),
                    referral_id=row.referral_id,
                    attended=row.attended,
                    status=ReferralStatus(status) if status else None,
                    first_contacted_on=contacted,
                    converted_on=converted,
                    referral_version=referral_version,
                    held_on=held_on,
                )
                for (
                    row,
                    hf,
                    hl,
                    gf,
                    gl,
                    status,
                    contacted,
                    converted,
                    referral_version,
                    held_on,
                ) in session.execute(query.order_by(GuestRow.id))
            ]

    def add_guest(
        self,
        event_id: int,
        host_id: int,
        *,
        new_person: ContactFields | None = None,
        contact_id: int | None = None,
        attended: bool = True,
    ) -> AddedGuest:
        """A friend the host brought: a new prospect (or a contact already in the book),
        the host's referral of them (channel "event"), and the guest at the event."""
        with self.writer.transaction("Guest") as session:
            event = session.get(EventRow, event_id)
            if event is None:
                raise NotFoundError(f"there is no event with id {event_id}")
            program = self._program_for(session, host_id, event.held_on)
            fields = ReferralFields(
                referrer_id=host_id,
                referred_id=contact_id or 0,
                received_on=event.held_on,
                status=ReferralStatus.NEW,
                channel=Channel.EVENT,
                how_heard=HowHeard.EVENT,
                program_id=program,
                notes=f"Guest at {event.name}",
            )
            recorded = self.referrals.record_in(session, fields, new_referred=new_person)
            referred = recorded.referral.referred_id
            if session.scalar(
                select(func.count())
                .select_from(GuestRow)
                .where(GuestRow.event_id == event_id, GuestRow.contact_id == referred)
            ):
                raise BookError(f"{recorded.referral.referred_name} is already a guest of it")
            row = GuestRow(
                event_id=event_id,
                host_id=host_id,
                contact_id=referred,
                referral_id=recorded.referral.id,
                attended=attended,
            )
            BookWriter(self.book, GUEST).add(
                session,
                row,
                "create",
                f"{recorded.referral.referred_name} came to {describe_event(event)} as the "
                f"guest of {recorded.referral.referrer_name}",
                {"event_id": event_id, "contact_id": referred, "attended": attended},
            )
            guest_id = row.id
            referral = referral_from_row(session.get(ReferralRow, recorded.referral.id))  # type: ignore[arg-type]
        return AddedGuest(
            guest=self.guests(ids=[guest_id])[0],
            referral_id=referral.id,
            referral_version=referral.version,
            created_contact_id=recorded.created_contact_id,
            created_contact_version=recorded.created_contact_version,
        )

    def remove_guest(self, added: AddedGuest) -> None:
        """Undo of add_guest: the guest, the referral and a contact it created go, unless
        someone changed them since (then nothing changes and the undo is refused)."""
        writer = BookWriter(self.book, GUEST)
        with writer.transaction("Guest") as session:
            guest = session.get(GuestRow, added.guest.id)
            referral = session.get(ReferralRow, added.referral_id)
            if guest is None or guest.version != added.guest.version:
                raise ConflictError(f"The guest {added.guest.contact_name}")
            if referral is None or referral.version != added.referral_version:
                raise ConflictError(f"The referral of {added.guest.contact_name}")
            session.delete(guest)
            writer.audit(
                session, "delete", guest.id, f"Removed the guest {added.guest.contact_name}"
            )
            session.delete(referral)
            session.flush()
            writer.audit(
                session,
                "delete",
                referral.id,
                f"Deleted the referral of {added.guest.contact_name} (guest removed)",
                entity="referral",
            )
            if added.created_contact_id is not None:
                remove_created_contact(
                    BookWriter(self.book, "contact"),
                    session,
                    added.created_contact_id,
                    added.created_contact_version,
                )

    def set_guest_attended(self, guest_id: int, expected_version: int, attended: bool) -> Guest:
        writer = BookWriter(self.book, GUEST)
        with writer.transaction("Guest") as session:
            row = session.get(GuestRow, guest_id)
            if row is None:
                raise NotFoundError(f"there is no guest with id {guest_id}")
            if row.version != expected_version:
                raise ConflictError("The guest")
            if row.attended != attended:
                row.attended = attended
                session.flush()
                writer.audit(
                    session,
                    "update",
                    guest_id,
                    f"Guest {'came' if attended else 'did not come'}",
                    {"attended": [not attended, attended]},
                )
        return self.guests(ids=[guest_id])[0]

    def _program_for(self, session: Session, host_id: int, on: date) -> int | None:
        from advisor_referrals.domain.program import pick_program

        traits = contact_traits(session, [host_id]).get(host_id)
        if traits is None:
            raise NotFoundError(f"there is no contact with id {host_id}")
        chosen = pick_program(programs_for(programs_in(session), traits), on)
        return chosen.id if chosen else None

    # Results and follow-up

    def results(self, event_id: int) -> EventResults:
        event = self.get(event_id)
        invitations = self.invitations(event_id)
        guests = self.guests(event_id)
        return EventResults(
            invited=len(invitations),
            coming=sum(1 for i in invitations if i.rsvp is Rsvp.YES),
            hosts_attended=sum(1 for i in invitations if i.attended),
            guests=len(guests),
            guests_attended=sum(1 for g in guests if g.attended),
            followed_up=sum(1 for g in guests if g.first_contacted_on is not None),
            converted=sum(1 for g in guests if g.status is ReferralStatus.CONVERTED),
            cost=event.cost,
        )

    def to_follow_up(self, today: date, limit: int = 10) -> tuple[list[Guest], int]:
        """Guests of events held by today whose referral waits for its first call."""
        waiting = and_(
            EventRow.held_on <= today,
            ReferralRow.status == ReferralStatus.NEW.value,
            ReferralRow.first_contacted_on.is_(None),
        )
        base = (
            select(GuestRow.id)
            .join(EventRow, EventRow.id == GuestRow.event_id)
            .join(ReferralRow, ReferralRow.id == GuestRow.referral_id)
            .where(waiting)
        )
        with self.book.session() as session:
            total = session.scalar(select(func.count()).select_from(base.subquery()))
            ids = list(session.scalars(base.order_by(EventRow.held_on, GuestRow.id).limit(limit)))
        order = {gid: n for n, gid in enumerate(ids)}
        rows = sorted(self.guests(ids=ids), key=lambda g: order[g.id]) if ids else []
        return rows, int(total or 0)
