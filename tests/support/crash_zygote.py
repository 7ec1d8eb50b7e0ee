"""Workers to be killed: forked from a process that has already imported the app.

Importing the app takes a second or two; forking a warm process takes a millisecond,
so the kill test can kill many times within its time budget. The zygote itself never
opens a book, so no connection is ever shared across a fork.

Protocol (one line each way):  `run MODE BOOK LABEL DELAY REPORT` -> `killed` or `ended N`.
The worker appends a line to REPORT after each commit (os.write: it survives SIGKILL).
MODE is `import` (batches of IMPORT_SIZE contacts, one transaction each), `edit`
(one contact per transaction through ContactService) or `restore` (LABEL is
`A,B`: restore backup A, then B, and again).
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import time
from pathlib import Path

from sqlalchemy import insert

from advisor_referrals.services import audit
from advisor_referrals.services.backup import restore
from advisor_referrals.services.contacts import ContactService
from advisor_referrals.storage import search
from advisor_referrals.storage.models import ContactRow
from advisor_referrals.storage.opening import open_book

IMPORT_SIZE = 1500
EDITED_CONTACTS = 400


def report(fd: int, line: str) -> None:
    os.write(fd, (line + "\n").encode())


def import_batches(book_path: str, label: str, fd: int) -> None:
    book = open_book(book_path, upgrade=False)
    for batch in range(10_000):
        city = f"{label}-{batch}"
        rows = [
            {
                "first_name": f"Imported{i}",
                "last_name": city,
                "city": city,
                "email": f"imported{i}@example.com",
                "search_text": search.search_text(first_name=f"Imported{i}", last_name=city),
            }
            for i in range(IMPORT_SIZE)
        ]
        with book.write() as session:
            session.execute(insert(ContactRow), rows)
            audit.record(
                session, user="import", action="import", entity="book", entity_id=None,
                summary=f"Imported {city}",
            )  # fmt: skip
        report(fd, f"import {city}")


def edit_contacts(book_path: str, label: str, fd: int) -> None:
    book = open_book(book_path, upgrade=False)
    service = ContactService(book)
    start = int(label.lstrip("k")) * 53
    for step in range(EDITED_CONTACTS):
        contact_id = (start + step) % EDITED_CONTACTS + 1
        contact = service.get(contact_id)
        city = f"{label}-{step}"
        service.update(contact_id, contact.version, contact.as_fields().edited(city=city))
        report(fd, f"edit {contact_id} {city}")


def restore_again(book_path: str, label: str, fd: int) -> None:
    backups = [Path(name) for name in label.split(",")]
    for turn in range(10_000):
        restore(Path(book_path), backups[turn % len(backups)])
        report(fd, f"restored {turn}")


MODES = {"import": import_batches, "edit": edit_contacts, "restore": restore_again}


def run_worker(mode: str, book_path: str, label: str, report_path: str) -> None:
    fd = os.open(report_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        MODES[mode](book_path, label, fd)
    except BaseException as error:  # the test reads this from the report
        report(fd, f"error {type(error).__name__} {error}")
        os._exit(1)
    os._exit(0)


def main() -> None:
    print("ready", flush=True)
    for line in sys.stdin:
        parts = line.split()
        if not parts or parts[0] == "quit":
            break
        _, mode, book_path, label, delay, report_path = parts
        pid = os.fork()
        if pid == 0:
            run_worker(mode, book_path, label, report_path)
        time.sleep(float(delay))
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        killed = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
        print("killed" if killed else f"ended {os.waitstatus_to_exitcode(status)}", flush=True)


if __name__ == "__main__":
    main()
