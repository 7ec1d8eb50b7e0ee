"""The advisor's mark (logo or a typographic monogram) and the QR code, drawn once per document.

Both are cached across kits: the logo is decoded, oriented and scaled down once per
file version; the QR code's modules once per address. In a document each becomes a
form XObject that every page and every card reuses.
"""

from __future__ import annotations

import hashlib
import io
import logging
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import qrcode
from PIL import Image, ImageOps
from reportlab.lib.colors import Color
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from advisor_referrals.reports.fonts import SERIF
from advisor_referrals.reports.kit.content import initials
from advisor_referrals.reports.kit.text import draw_fitted
from advisor_referrals.reports.kit.theme import INK, WHITE
from advisor_referrals.reports.shaping import draw_centred_string, string_width

log = logging.getLogger(__name__)

# A logo is never printed wider than about 2.2 in; 300 dpi needs no more pixels than this.
_LOGO_MAX_PIXELS = (660, 330)
_LOGO_MAX_SOURCE_PIXELS = 40_000_000


@dataclass(frozen=True)
class Logo:
    reader: ImageReader
    width: int
    height: int

    @property
    def aspect(self) -> float:
        return self.width / self.height

    def box(self, max_width: float, max_height: float) -> tuple[float, float]:
        """The printed size inside a box, keeping the proportions."""
        width = min(max_width, max_height * self.aspect)
        return width, width / self.aspect


def load_logo(path: str) -> Logo | None:
    """The logo at `path`, or None when there is none or it cannot be read (never an error)."""
    if not path or not path.strip():
        return None
    try:
        file = Path(path.strip()).expanduser()
        stat = file.stat()
    except (OSError, ValueError):
        return None
    return _decode_logo(str(file), stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=8)
def _decode_logo(path: str, _mtime: int, _size: int) -> Logo | None:
    try:
        with Image.open(path) as opened:
            if opened.width * opened.height > _LOGO_MAX_SOURCE_PIXELS:
                return None  # decoding it would take gigabytes; nobody's logo is that big
            opened.draft("RGB", _LOGO_MAX_PIXELS)  # JPEG: decode at a reduced size directly
            image = ImageOps.exif_transpose(opened)
            image.load()
            if image.width < 1 or image.height < 1:
                return None
            image = _on_white(image)
            image.thumbnail(_LOGO_MAX_PIXELS, Image.Resampling.LANCZOS)
    except Exception as error:  # any unreadable file falls back to the monogram
        log.info("logo not usable (%s); using the typographic mark", type(error).__name__)
        return None
    # Stored losslessly once; ReportLab then only compresses the small scaled copy per kit.
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    buffer.seek(0)
    reader = ImageReader(Image.open(buffer))
    reader.getRGBData()
    return Logo(reader, image.width, image.height)


def _on_white(image: Image.Image) -> Image.Image:
    """Transparent logos are flattened onto paper white: the kit never prints on colour."""
    if image.mode in ("RGBA", "LA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        paper = Image.new("RGB", rgba.size, (255, 255, 255))
        paper.paste(rgba, mask=rgba.getchannel("A"))
        return paper
    return image.convert("RGB")


@lru_cache(maxsize=32)
def qr_runs(text: str) -> tuple[int, tuple[tuple[int, int, int], ...]]:
    """The QR code for text as (modules per side, dark runs as (row, first column, length))."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=0)
    code.add_data(text)
    code.make(fit=True)
    matrix = code.get_matrix()
    runs: list[tuple[int, int, int]] = []
    for row, cells in enumerate(matrix):
        column = 0
        while column < len(cells):
            if cells[column]:
                start = column
                while column < len(cells) and cells[column]:
                    column += 1
                runs.append((row, start, column - start))
            else:
                column += 1
    return len(matrix), tuple(runs)


def draw_qr(canvas: Canvas, text: str, x: float, y: float, size: float) -> None:
    """A vector QR code with its lower left corner at (x, y); defined once per document."""
    modules, runs = qr_runs(text)
    name = "qr" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]
    if not canvas.hasForm(name):
        canvas.beginForm(name, 0, 0, modules, modules)
        canvas.setFillColor(INK)
        path = canvas.beginPath()
        for row, column, length in runs:
            path.rect(column, modules - row - 1, length, 1)
        canvas.drawPath(path, stroke=0, fill=1)
        canvas.endForm()
    canvas.saveState()
    canvas.translate(x, y)
    canvas.scale(size / modules, size / modules)
    canvas.doForm(name)
    canvas.restoreState()


def draw_logo(canvas: Canvas, logo: Logo, x: float, y: float, width: float, height: float) -> None:
    canvas.drawImage(logo.reader, x, y, width, height)


def draw_monogram(
    canvas: Canvas, brand: str, x: float, y: float, diameter: float, accent: Color
) -> bool:
    """A filled accent circle with the brand's initials, centred on (x, y); False if none."""
    letters = initials(brand)
    if not letters:
        return False
    radius = diameter / 2
    canvas.saveState()
    canvas.setFillColor(accent)
    canvas.circle(x, y, radius, stroke=0, fill=1)
    canvas.setFillColor(WHITE)
    size = diameter * (0.42 if len(letters) > 1 else 0.5)
    draw_centred_string(canvas, x, y - size * 0.34, letters, SERIF, size)
    canvas.restoreState()
    return True


def draw_mark(
    canvas: Canvas,
    *,
    logo: Logo | None,
    brand: str,
    x: float,
    y: float,
    max_width: float,
    height: float,
    accent: Color,
) -> float:
    """The brand at the left of a band `height` tall whose bottom is y; returns its width.

    The logo when there is one; otherwise a monogram and the brand name set in the serif.
    """
    if logo is not None:
        width, drawn = logo.box(max_width, height)
        draw_logo(canvas, logo, x, y + (height - drawn) / 2, width, drawn)
        return width
    diameter = min(height, 34.0)
    has_monogram = draw_monogram(canvas, brand, x + diameter / 2, y + height / 2, diameter, accent)
    text_x = x + (diameter + diameter * 0.35 if has_monogram else 0)
    size = min(15.0, height * 0.46)
    canvas.setFillColor(INK)
    used = draw_fitted(
        canvas, text_x, y + height / 2 - size * 0.34, brand, SERIF, size, x + max_width - text_x
    )
    return min(max_width, text_x - x + string_width(brand, SERIF, used))
