"""A book file read a record at a time, when it is laid out as the export writes it
(docs/design.md, "Book files").

Parsed whole, a book file costs about six times its size in memory: a million contacts'
book (2.2 GB of JSON) would need some 14 GB. The export writes each record of a list
section on a line of its own, so such a file is read in two steps: a scan that notes where
each section's lines are and parses only the small sections, then each list section's
records parsed line by line each time the loader walks it, and dropped when the loader is
done with them.

Any other layout of valid JSON (pretty-printed by another tool, records sharing a line,
a key written twice) is read whole as before (`NotLaidOut`), so that it gets the same
answer and the same messages.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeGuard

from advisor_referrals.domain.errors import BookError
from advisor_referrals.services.book_file import format as fmt
from advisor_referrals.services.book_file.json_text import DuplicateKeyError, loads_strict
from advisor_referrals.storage.files import open_regular_file

BOM = b"\xef\xbb\xbf"
# Records parsed by one call (memory: a few megabytes of records at a time).
PARSED_TOGETHER = 2000
# A member of the book's object on a line of its own: its name, then its value.
MEMBER = re.compile(rb'\s*"([a-z_]+)": (.*)')


class NotLaidOut(Exception):
    """The file is not laid out as the export writes it: read it whole."""


@dataclass(frozen=True)
class RecordsOnDisk:
    """A list section's records: the lines from byte `start` to `end`, one record each."""

    path: Path
    start: int
    end: int
    first_line: int
    count: int

    def __len__(self) -> int:
        return self.count

    def __iter__(self) -> Iterator[Any]:
        with open_regular_file(self.path, what="a book file") as file:
            file.seek(self.start)
            position, number = self.start, self.first_line
            lines: list[bytes] = []
            while position < self.end:
                line = file.readline()
                if not line:
                    raise NotLaidOut  # the file changed since it was scanned
                position += len(line)
                lines.append(line)
                if len(lines) == PARSED_TOGETHER:
                    yield from self._batch(lines, number)
                    number += len(lines)
                    lines = []
            yield from self._batch(lines, number)

    def _batch(self, lines: list[bytes], first: int) -> list[Any]:
        """The records of these lines, parsed as one JSON list (a call per line costs
        twice as much); line by line only to say which line is wrong."""
        bodies = [line.strip().removesuffix(b",") for line in lines]
        try:
            found = loads_strict("[" + b",".join(bodies).decode("utf-8") + "]", "")
        except (ValueError, RecursionError, BookError):
            found = None
        if isinstance(found, list) and len(found) == len(lines):
            return found
        return [self._parsed(line, number) for number, line in enumerate(lines, start=first)]

    def _parsed(self, line: bytes, number: int) -> Any:
        body = line.rstrip(b"\r\n")
        indent = len(body) - len(body.lstrip())
        body = body.strip()
        if body.endswith(b","):
            body = body[:-1]
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            raise BookError(
                f"{self.path} is not UTF-8 text (an invalid byte on line {number}); "
                "a book file is JSON written in UTF-8, as the export writes it"
            ) from None
        try:
            return loads_strict(text, str(self.path))
        except json.JSONDecodeError as error:
            if error.msg == "Extra data":
                raise NotLaidOut from None  # more than one record on the line
            raise BookError(
                f"{self.path} is not valid JSON: {error.msg} at line {number}, "
                f"column {error.colno + indent}"
            ) from None
        except DuplicateKeyError:
            raise NotLaidOut from None  # read whole, to say where the object starts
        except (RecursionError, ValueError):
            raise NotLaidOut from None


def read_laid_out(path: Path) -> dict[str, Any]:
    """The book file's members, its list sections as `RecordsOnDisk`; NotLaidOut when it
    is laid out otherwise than the export writes it."""
    members: dict[str, Any] = {}
    listing: tuple[str, int, int] | None = None  # section, its first byte and line
    count = 0
    closed = False
    with open_regular_file(path, what="a book file") as file:
        position = 0
        for number, line in enumerate(file, start=1):
            start, position = position, position + len(line)
            body = line.rstrip(b"\r\n")
            if number == 1:
                body = body.removeprefix(BOM)
                if not body.startswith(b"{"):
                    raise NotLaidOut
                body = body[1:]
            if closed:
                if body.strip():
                    raise NotLaidOut
                continue
            if listing is not None:
                stripped = body.strip()
                if stripped.startswith(b"]"):
                    name, first_byte, first_line = listing
                    members[name] = RecordsOnDisk(path, first_byte, start, first_line, count)
                    listing = None
                    closed = _ends(stripped[1:])
                elif stripped.startswith(b"{") and stripped.endswith((b"}", b"},")):
                    count += 1
                else:
                    raise NotLaidOut
                continue
            member = MEMBER.fullmatch(body)
            if member is None:
                raise NotLaidOut
            name, value = member.group(1).decode("ascii"), member.group(2).rstrip()
            if name in members or name not in fmt.SECTIONS:
                raise NotLaidOut  # read whole, for the file's own message
            if value == b"[":
                listing, count = (name, position, number + 1), 0
                continue
            closed = _ends(value[-1:])
            try:
                members[name] = loads_strict(value[:-1].decode("utf-8"), str(path))
            except (ValueError, RecursionError, BookError):
                raise NotLaidOut from None
    if not closed:
        raise NotLaidOut
    return members


def _ends(after: bytes) -> bool:
    """What follows a member's value: a comma (more members) or the book's closing brace."""
    if after == b",":
        return False
    if after == b"}":
        return True
    raise NotLaidOut


def is_records(value: Any) -> TypeGuard[list[Any] | RecordsOnDisk]:
    """A list section's value as the loader may walk it: a list, or records on disk."""
    return isinstance(value, list | RecordsOnDisk)
