"""JSON read strictly: a key given twice in one object is refused, not silently the last.

The fast C parser reads the file; a hook on every object only notices a repeated key.
Only then is the text read again, slowly, to say where the object is.
"""

from __future__ import annotations

import json
import json.decoder
import json.scanner
from collections.abc import Callable
from typing import Any

from advisor_referrals.domain.errors import BookError


class DuplicateKeyError(BookError):
    def __init__(self, source: str, key: str, line: int | None, column: int | None) -> None:
        self.key = key
        where = f" in the object that starts at line {line}, column {column}" if line else ""
        super().__init__(
            f"{source}: the key {json.dumps(key, ensure_ascii=False)} appears twice{where}; "
            "each key may appear once in an object (which value was meant is not guessed)"
        )


class _Repeated(Exception):
    def __init__(self, key: str, position: int | None = None) -> None:
        super().__init__(key)
        self.key = key
        self.position = position


def _no_repeats(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found = dict(pairs)
    if len(found) != len(pairs):
        seen: set[str] = set()
        for key, _value in pairs:
            if key in seen:
                raise _Repeated(key)
            seen.add(key)
    return found


def loads_strict(text: str, source: str) -> Any:
    """`json.loads` that refuses repeated keys, naming the key and where its object starts.

    Other errors are json's own (JSONDecodeError, RecursionError, ValueError).
    """
    try:
        return json.loads(text, object_pairs_hook=_no_repeats)
    except _Repeated as repeated:
        position = _locate(text)
        line = column = None
        if position is not None:
            line = text.count("\n", 0, position) + 1
            column = position - (text.rfind("\n", 0, position) + 1) + 1
        raise DuplicateKeyError(source, repeated.key, line, column) from None


def _locate(text: str) -> int | None:
    """Where the first object with a repeated key starts, read with the Python parser."""
    decoder = json.JSONDecoder()
    parse: Callable[..., Any] = getattr(json.decoder, "JSONObject")  # noqa: B009 (untyped)

    def parse_object(s_and_end: tuple[str, int], strict: bool, scan_once: Any, *_: Any) -> Any:
        start = s_and_end[1] - 1
        pairs, end = parse(s_and_end, strict, scan_once, None, lambda found: found)
        try:
            return _no_repeats(pairs), end
        except _Repeated as repeated:
            raise _Repeated(repeated.key, start) from None

    decoder.parse_object = parse_object  # type: ignore[attr-defined]
    decoder.scan_once = json.scanner.py_make_scanner(decoder)  # type: ignore[attr-defined]
    try:
        decoder.decode(text)
    except _Repeated as repeated:
        return repeated.position
    except (ValueError, RecursionError):
        return None
    return None
