"""A second window on the same book, as a separate process: many small saves through services.

Usage: python -m tests.support.desk_worker BOOK NAME COUNT
Waits for a line on stdin, then creates COUNT contacts and edits each once, printing
`saved <id>` after each commit. Any error is printed as `error <type> <message>`.
"""

from __future__ import annotations

import sys

from advisor_referrals.domain.contacts import ContactFields
from advisor_referrals.services.contacts.client_table import ContactFilter, ContactTable
from advisor_referrals.services.contacts.editing import ContactService
from advisor_referrals.storage.opening import open_book


def main() -> int:
    path, name, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    book = open_book(path, user=name)
    service, table = ContactService(book), ContactTable(book)
    print("ready", flush=True)
    sys.stdin.readline()
    try:
        for i in range(count):
            contact = service.create(
                ContactFields(first_name=f"{name}{i}", last_name="Desk", city="Before")
            )
            print(f"saved {contact.id}", flush=True)
            edited = service.update(
                contact.id, contact.version, contact.as_fields().edited(city=f"After{i}")
            )
            print(f"edited {edited.id}", flush=True)
            if i % 10 == 0:
                table.first_page(ContactFilter(text=name))
    except Exception as error:
        print(f"error {type(error).__name__} {error}", flush=True)
        return 1
    finally:
        book.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
