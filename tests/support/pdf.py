"""Reading PDFs back in tests: text per page, page sizes, and the fonts every page uses."""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

from pypdf import PdfReader

POINTS_PER_MM = 72 / 25.4


def reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def page_texts(data: bytes) -> list[str]:
    return [page.extract_text() for page in reader(data).pages]


def page_sizes(data: bytes) -> list[tuple[float, float]]:
    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in reader(data).pages]


def _fonts_in(resources: Any, seen: set[int]) -> Iterator[Any]:
    if resources is None:
        return
    resources = resources.get_object()
    for font in (resources.get("/Font") or {}).values():
        yield font.get_object()
    for reference in (resources.get("/XObject") or {}).values():
        number = getattr(reference, "idnum", None)
        if number is not None and number in seen:
            continue
        if number is not None:
            seen.add(number)
        xobject = reference.get_object()
        if xobject.get("/Subtype") == "/Form":
            yield from _fonts_in(xobject.get("/Resources"), seen)


def fonts(data: bytes) -> list[Any]:
    """Every font dictionary reachable from a page, forms included."""
    found = []
    seen: set[int] = set()
    for page in reader(data).pages:
        found += list(_fonts_in(page.get("/Resources"), seen))
    return found


def unembedded_fonts(data: bytes) -> list[str]:
    """Names of fonts a printer would have to substitute (no embedded TrueType program)."""
    missing = []
    for font in fonts(data):
        descriptor = font.get("/FontDescriptor")
        if descriptor is None or "/FontFile2" not in descriptor.get_object():
            missing.append(str(font.get("/BaseFont")))
    return missing
