"""Workers to be killed: forked from a process that has already imported the app.

Importing the app takes a second or two; forking a warm process takes a millisecond,
so the kill test can kill many times within its time budget. The zygote itself never
opens a book, so no connection is ever shared across a fork.

Protocol (one line each way):  `run MODE BOOK LABEL DELAY REPORT` -> `killed` or `ended N`.
The worker appends a line to REPORT after each commit (os.write: it survives SIGKILL).
MODE is `import` (a whole-book import through `load_book_data` into the empty book
BOOK; the worker ends when it is done), `edit` (one contact per transaction through
ContactService) or `restore` (LABEL is
`A,B`: restore backup A, then B, and again).
"""

from __future__ import annotations

import contextlib
import functools
import os
import signal
import sys
import time
from pathlib import Path
from typing import Any

from advisor_referrals.services.book_file.importing import load_book_data
from advisor_referrals.services.contacts.editing import ContactService
from advisor_referrals.services.safety.backup import restore
from advisor_referrals.storage.opening import open_book

IMPORT_CONTACTS = 600
EDITED_CONTACTS = 400


@functools.cache
def big_book_data(contacts: int = IMPORT_CONTACTS) -> dict[str, Any]:
    """A whole-book file's content: contacts, triggers, referrals and reviews that refer to them."""
    people = [
        {
            "key": f"c{i}",
            "first_name": f"Client{i}",
            "last_name": f"Family{i % 311}",
            "relationship": "client",
            "email": f"client{i}@example.com",
            "city": "Springfield",
            "segment": "engaged",
            "tier": "ABC"[i % 3],
            "client_since": "2019-04-01",
            "tags": ["retiree"] if i % 5 == 0 else [],
            "notes": "Two children; plans to retire in five years.",
        }
        for i in range(contacts)
    ]
    triggers = [
        {"key": f"t{i}", "contact": f"c{i}", "kind": "home_purchase",
         "occurred_on": "2026-07-03", "referral_conversation": i % 2 == 0, "notes": ""}
        for i in range(0, contacts, 2)
    ]  # fmt: skip
    referrals = [
        {"key": f"r{i}", "referrer": f"c{i}", "referred": f"c{i + 1}",
         "received_on": "2026-07-10", "status": "new", "trigger": f"t{i}"}
        for i in range(0, contacts - 1, 4)
    ]  # fmt: skip
    reviews = [
        {"contact": f"c{i}", "scheduled_for": "2026-07-15", "completed_on": "2026-07-15",
         "nps": i % 11, "feedback_requested": True, "referral_conversation": False, "notes": ""}
        for i in range(contacts)
    ]  # fmt: skip
    return {
        "format": "advisor-referrals-book",
        "version": 1,
        "advisor": {"name": "Maria Lopes", "firm": "Lopes Advisory", "email": "", "phone": "",
                    "website": ""},
        "contacts": people,
        "triggers": triggers,
        "referrals": referrals,
        "reviews": reviews,
    }  # fmt: skip


def report(fd: int, line: str) -> None:
    os.write(fd, (line + "\n").encode())


def import_book(book_path: str, label: str, fd: int) -> None:
    """One whole-book import into an empty book (a book file imports only into one)."""
    book = open_book(book_path, upgrade=False)
    started = time.monotonic()
    load_book_data(book, big_book_data(), source="crash-test.json")
    report(fd, f"imported {time.monotonic() - started:.3f}")
    book.close()
    os._exit(0)


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


MODES = {"import": import_book, "edit": edit_contacts, "restore": restore_again}


def run_worker(mode: str, book_path: str, label: str, report_path: str) -> None:
    fd = os.open(report_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        MODES[mode](book_path, label, fd)
    except BaseException as error:  # the test reads this from the report
        report(fd, f"error {type(error).__name__} {error}")
        os._exit(1)
    os._exit(0)


def main() -> None:
    big_book_data()  # built once here, shared by every forked worker
    print("ready", flush=True)
    for line in sys.stdin:
        parts = line.split()
        if not parts or parts[0] == "quit":
            break
        _, mode, book_path, label, delay, report_path = parts
        pid = os.fork()
        if pid == 0:
            run_worker(mode, book_path, label, report_path)
        deadline = time.monotonic() + float(delay)
        status = None
        while time.monotonic() < deadline:
            done, code = os.waitpid(pid, os.WNOHANG)
            if done:
                status = code  # it finished before its moment came
                break
            time.sleep(0.002)
        if status is None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
            _, status = os.waitpid(pid, 0)
        killed = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
        print("killed" if killed else f"ended {os.waitstatus_to_exitcode(status)}", flush=True)


if __name__ == "__main__":
    main()
