"""Finding the contact in the book an imported row is about, when its email does not say.

After the email (the plan's first test), a row is the same person as a contact with the
same name, folded for accents and case ("José Núñez" = "jose nunez"), and the same phone
digits. A row with the same name but no phone to compare, or another phone, is only a
likely duplicate: it is imported, and the preview and summary point it out (the client
table can merge two contacts afterwards).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from advisor_referrals.domain.contacts import ContactFields
from advisor_referrals.domain.folding import digits_of, fold
from advisor_referrals.services.imports.load_order import table

PHONE_DIGITS_COMPARED = 7  # the last digits: "+1 617 555 0101" and "(617) 555-0101" agree


def fold_name(first: str | None, last: str | None) -> str:
    """A name as compared for duplicates: no accents, no case, single spaces."""
    return " ".join(fold(f"{first or ''} {last or ''}").split())


def phone_key(phone: str | None) -> str:
    return digits_of(phone)[-PHONE_DIGITS_COMPARED:]


@dataclass(frozen=True)
class Person:
    contact_id: int
    name: str  # as written, for messages
    phone: str  # phone_key


@dataclass
class BookPeople:
    """The book's contacts by folded name."""

    by_name: dict[str, list[Person]] = field(default_factory=dict)

    @classmethod
    def load(cls, session: Session) -> BookPeople:
        contacts = table("contacts")
        people = cls()
        query = select(
            contacts.c.id, contacts.c.first_name, contacts.c.last_name, contacts.c.phone
        ).order_by(contacts.c.id)
        for contact_id, first, last, phone in session.execute(query):
            person = Person(contact_id, " ".join(p for p in (first, last) if p), phone_key(phone))
            people.by_name.setdefault(fold_name(first, last), []).append(person)
        return people

    def same_person(self, fields: ContactFields) -> list[Person]:
        """Contacts with this name and phone (the phone must be there to compare)."""
        phone = phone_key(fields.phone)
        if not phone:
            return []
        return [
            p
            for p in self.by_name.get(fold_name(fields.first_name, fields.last_name), [])
            if p.phone == phone
        ]

    def same_name(self, fields: ContactFields) -> list[Person]:
        return list(self.by_name.get(fold_name(fields.first_name, fields.last_name), []))
