"""Finding the text encoding of a file another tool wrote.

Most exports are UTF-8 (with or without a byte order mark); Outlook on Windows and many
spreadsheets save in the Windows code page of the user's language instead. A file
that is not valid UTF-8 is given to charset-normalizer, which weighs every code page
against the bytes. On a short export with a few accented names several code pages
often tie (Windows-1250, -1252, -1257 and -1258 read plain English equally well):
then, and when its best guess reads the file as the same text anyway, Windows-1252 is
taken, the code page Outlook and Excel write Western European text in.
"""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

AUTO = "auto"
WINDOWS_WESTERN = "cp1252"
TIE = 1e-6
SAMPLE_BEFORE = 64 * 1024
SAMPLE_BYTES = 512 * 1024
NAMES = {
    "utf_8": "UTF-8",
    "utf-8": "UTF-8",
    "utf_16": "UTF-16",
    "cp1252": "Windows-1252",
    "cp1250": "Windows-1250",
    "latin_1": "ISO-8859-1",
    "iso8859_15": "ISO-8859-15",
    "mac_roman": "Mac Roman",
}


def label(encoding: str) -> str:
    """A name people recognise: 'Windows-1252', 'UTF-8'."""
    key = codecs.lookup(encoding).name.replace("-", "_")
    return NAMES.get(key, NAMES.get(encoding, encoding))


def detect(raw: bytes) -> str:
    """The encoding to read these bytes with (a Python codec name)."""
    if raw.startswith(codecs.BOM_UTF8):
        return "utf-8"
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as error:
        # Weighing a whole 20 MB export takes seconds; the text around the first byte that
        # is not UTF-8 tells as much. The whole file is then decoded with the answer.
        start = max(0, error.start - SAMPLE_BEFORE)
        sample = raw[start : start + SAMPLE_BYTES]
    else:
        return "utf-8"
    matches = from_bytes(sample)
    best = matches.best()
    if best is None:
        return WINDOWS_WESTERN  # nothing fits well; the decoder then names the bad byte
    tied = {
        str(m.encoding)
        for m in matches
        if m.chaos <= best.chaos + TIE and m.coherence >= best.coherence - TIE
    }
    guess = str(best.encoding)
    if WINDOWS_WESTERN in tied or _same_text(sample, guess, WINDOWS_WESTERN):
        return WINDOWS_WESTERN
    return guess


def _same_text(raw: bytes, first: str, second: str) -> bool:
    try:
        return raw.decode(first) == raw.decode(second)
    except (UnicodeDecodeError, LookupError):
        return False
