"""Putting a kit together: page templates, the running header and footer, and rendering.

A `KitRenderer` is made once per batch (one advisor profile, one paper size) and renders
any number of kits; what does not depend on the client is prepared in its constructor.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from datetime import date
from pathlib import Path
from typing import IO

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
)

from advisor_referrals import APP_NAME, __version__
from advisor_referrals.domain.kit_content import KitContent, shown_address
from advisor_referrals.domain.kits import KitClient, PageSize
from advisor_referrals.reports.fonts import SANS, SERIF, markup, register_fonts
from advisor_referrals.reports.kit.branding import draw_mark, load_logo
from advisor_referrals.reports.kit.cards import CardFace, CardSheet
from advisor_referrals.reports.kit.content import localised, words_of
from advisor_referrals.reports.kit.flowables import Drawn, draw_tracked
from advisor_referrals.reports.kit.sections import StaticSections, letter
from advisor_referrals.reports.kit.text import draw_fitted
from advisor_referrals.reports.kit.theme import (
    FAINT,
    HAIRLINE,
    INK,
    MUTED,
    SANS_BOLD,
    geometry,
    palette,
    styles,
)
from advisor_referrals.reports.paragraphs import paragraph
from advisor_referrals.reports.shaping import draw_string, string_width

COVER_BAND = 40.0  # the brand and contact band at the top of the first page
RUNNING_HEAD = 26.0  # the brand and client name above the text of later pages
PAGE_TOTAL_FORM = "pagetotal"
FOOTER_MAX_SHARE = 0.3  # disclosures shrink rather than take more of a page than this


class _KitCanvas(Canvas):  # type: ignore[misc]
    """Pages say "Page 2 of 6": the total is a form filled in once the last page is known."""

    def save(self) -> None:
        total = str(self.getPageNumber() - 1)
        self.beginForm(PAGE_TOTAL_FORM, -200, -4, 0, 12)
        self.setFillColor(MUTED)
        self.setFont(SANS, 6.8)
        self.drawRightString(0, 0, total)
        self.endForm()
        super().save()


class KitRenderer:
    def __init__(
        self, content: KitContent, page_size: PageSize = PageSize.LETTER, *, invariant: bool = False
    ) -> None:
        register_fonts()
        # The kit's words in its language: default texts, labels and conversations.
        content = localised(content)
        self.content = content
        self.page_size = page_size
        self.invariant = invariant
        self.geometry = geometry(page_size)
        self.palette = palette(content.profile.accent_color)
        self.styles = styles(content.profile.accent_color)
        self.logo = load_logo(content.profile.logo_path)
        self._total_digits = 1
        # The prepared sections keep layout state while a kit is built: one kit at a time.
        self._lock = threading.Lock()
        self.footer = self._footer_paragraph()
        self.footer_height = self.footer[1] + 22 if self.footer else 20.0
        self.frame_bottom = self.geometry.margin_bottom + self.footer_height + 14
        self.static = StaticSections(
            content, self.logo, self.geometry, self.palette, self.styles, self._body_height
        )
        self.card_face = CardFace(
            content=content,
            logo=self.logo,
            accent=self.palette.accent,
            accent_text=self.palette.accent_text,
            width=self.geometry.card_width,
            height=self.geometry.card_height,
        )

    # Frames

    @property
    def _cover_top(self) -> float:
        return self.geometry.top - COVER_BAND - 58

    @property
    def _body_top(self) -> float:
        return self.geometry.top - RUNNING_HEAD

    @property
    def _body_height(self) -> float:
        return self._body_top - self.frame_bottom

    def _frame(self, name: str, top: float) -> Frame:
        g = self.geometry
        return Frame(
            g.left,
            self.frame_bottom,
            g.frame_width,
            top - self.frame_bottom,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id=name,
        )

    # Rendering

    def render(self, client: KitClient, out: IO[bytes], today: date | None = None) -> int:
        """Write the kit for one client to a binary stream; returns the number of pages."""
        with self._lock:
            return self._render(client, out, today)

    def _render(self, client: KitClient, out: IO[bytes], today: date | None) -> int:
        today = today or date.today()
        words = words_of(self.content)
        start = out.tell() if out.seekable() else 0
        g = self.geometry
        doc = BaseDocTemplate(
            out,
            pagesize=(g.width, g.height),
            leftMargin=g.left,
            rightMargin=g.margin_x,
            topMargin=g.margin_top,
            bottomMargin=self.frame_bottom,
            initialFontName=SANS,
            title=words.text("kit.pdf.title", name=client.name),
            author=self.content.advisor,
            subject=words.text("kit.pdf.subject", brand=self.content.brand or self.content.advisor),
            creator=f"{APP_NAME} {__version__}",
            lang=words.tag,
            invariant=int(self.invariant),
            pageCompression=1,
        )

        def cover(canvas: Canvas, _doc: object) -> None:
            self._draw_cover_band(canvas)
            self._draw_footer(canvas)

        def body(canvas: Canvas, _doc: object) -> None:
            self._draw_running_head(canvas, client)
            self._draw_footer(canvas)

        def cards(canvas: Canvas, _doc: object) -> None:
            self._draw_footer(canvas)

        doc.addPageTemplates(
            [
                PageTemplate("cover", [self._frame("cover", self._cover_top)], onPage=cover),
                PageTemplate("body", [self._frame("body", self._body_top)], onPage=body),
                PageTemplate("cards", [self._frame("cards", g.height - 36)], onPage=cards),
            ]
        )
        static = self.static
        story = [
            *letter(client, self.content, self.styles, g, self.palette, today),
            *static.contents(),
            NextPageTemplate("body"),
            PageBreak(),
            *static.who(),
            *static.how(),
        ]
        conversations = static.conversations()
        if conversations:
            story += [PageBreak(), *conversations]
        story += [*static.introduce(), NextPageTemplate("cards"), PageBreak()]
        story += self._cards_head()
        story.append(CardSheet(self.card_face, client.name))
        doc.build(story, canvasmaker=_KitCanvas)
        pages = int(doc.page)
        if len(str(pages)) > self._total_digits and out.seekable():
            # Only a kit of ten pages or more (pathological text) needs a second pass.
            self._total_digits = len(str(pages))
            try:
                out.seek(start)
                out.truncate()
                return self._render(client, out, today)
            finally:
                self._total_digits = 1
        return pages

    def _cards_head(self) -> list[Flowable]:
        section = self.static.sections["cards"]
        accent = self.palette.accent_text

        def paint(canvas: Canvas, width: float, height: float) -> None:
            canvas.setFillColor(accent)
            end = draw_tracked(canvas, 0, 6, section.number, SANS_BOLD, 7.6, 1.0)
            canvas.setStrokeColor(accent)
            canvas.setLineWidth(0.8)
            canvas.line(end + 5, 8.7, end + 23, 8.7)
            canvas.setFillColor(INK)
            title_end = draw_string(canvas, end + 31, 5, section.title, SERIF, 14)
            canvas.setFillColor(MUTED)
            note = words_of(self.content).text("kit.cards.note")
            draw_fitted(canvas, width, 6, note, SANS, 7.8, width - title_end - 16, align="right")

        return [Drawn(22, paint), Spacer(0, 4)]

    # Page furniture

    def _footer_paragraph(self) -> tuple[Flowable, float] | None:
        text = self.content.profile.disclosures.strip()
        if not text:
            return None
        width = self.geometry.frame_width
        limit = self.geometry.height * FOOTER_MAX_SHARE
        for size in (6.4, 5.8, 5.2, 4.6):
            style = self.styles.footer.clone("footer_fit", fontSize=size, leading=size * 1.3)
            footer = paragraph(markup(text), style)
            height = float(footer.wrap(width, limit * 4)[1])
            if height <= limit:
                break
        return footer, height

    def _draw_footer(self, canvas: Canvas) -> None:
        g = self.geometry
        canvas.saveState()
        y = g.margin_bottom
        if self.footer is not None:
            paragraph, height = self.footer
            paragraph.drawOn(canvas, g.left, y)
            y += height + 6
        canvas.setStrokeColor(HAIRLINE)
        canvas.setLineWidth(0.5)
        canvas.line(g.left, y + 12, g.right, y + 12)
        canvas.setFillColor(INK)
        brand = self.content.footer_brand
        draw_fitted(canvas, g.left, y + 2, brand, SANS_BOLD, 6.8, g.frame_width * 0.6)
        # "Page 2 of 6" in the kit's language: the total, not known yet, is a form drawn
        # right-aligned between the words before and after it ("第 2 页，共 6 页").
        pattern = words_of(self.content).text("kit.page")
        before, _, after = pattern.partition("{total}")
        before = before.format(page=canvas.getPageNumber())
        after = after.format(page=canvas.getPageNumber())
        # Figures are tabular in Noto Sans, so the total's width is known before its value.
        total_width = string_width("0", SANS, 6.8) * self._total_digits
        after_width = string_width(after, SANS, 6.8)
        canvas.setFillColor(MUTED)
        total_end = g.right - after_width
        draw_string(canvas, total_end, y + 2, after, SANS, 6.8)
        before_width = string_width(before, SANS, 6.8)
        draw_string(canvas, total_end - total_width - before_width, y + 2, before, SANS, 6.8)
        canvas.translate(total_end, y + 2)
        canvas.doForm(PAGE_TOTAL_FORM)
        canvas.restoreState()

    def _draw_cover_band(self, canvas: Canvas) -> None:
        g = self.geometry
        canvas.saveState()
        bottom = g.top - COVER_BAND
        draw_mark(
            canvas,
            logo=self.logo,
            brand=self.content.brand,
            x=g.left,
            y=bottom,
            max_width=g.frame_width * 0.5,
            height=COVER_BAND,
            accent=self.palette.accent,
        )
        lines = [value for _, _, value in self.content.contact_lines()[:3]]
        if self.content.link and not self.content.profile.website.strip():
            lines.append(shown_address(self.content.link))
        canvas.setFillColor(MUTED)
        y = bottom + COVER_BAND / 2 + 5.5 * (len(lines) - 1) - 2.5
        for value in lines[:3]:
            draw_fitted(canvas, g.right, y, value, SANS, 7.8, g.frame_width * 0.42, align="right")
            y -= 11
        canvas.setStrokeColor(HAIRLINE)
        canvas.setLineWidth(0.5)
        canvas.line(g.left, bottom - 16, g.right, bottom - 16)
        canvas.restoreState()

    def _draw_running_head(self, canvas: Canvas, client: KitClient) -> None:
        g = self.geometry
        canvas.saveState()
        y = g.top + 2
        canvas.setFillColor(INK)
        brand = self.content.footer_brand
        draw_fitted(canvas, g.left, y, brand, SANS_BOLD, 7.2, g.frame_width * 0.45)
        canvas.setFillColor(FAINT)
        draw_fitted(
            canvas,
            g.right,
            y,
            words_of(self.content).text("kit.running_head", name=client.name),
            SANS,
            7.2,
            g.frame_width * 0.5,
            align="right",
        )
        canvas.setStrokeColor(HAIRLINE)
        canvas.setLineWidth(0.5)
        canvas.line(g.left, y - 7, g.right, y - 7)
        canvas.restoreState()


_CACHE_SIZE = 8  # a batch may hold clients in each shipped language
_cache: OrderedDict[tuple[object, ...], KitRenderer] = OrderedDict()
_cache_lock = threading.Lock()


def renderer_for(content: KitContent, page_size: PageSize) -> KitRenderer:
    """A renderer for this branding and paper, kept while they stay the same.

    The app's previews and single kits then cost what a kit in a batch costs. A new
    logo file at the same path is noticed by its modification time.
    """
    key = (content, page_size, _file_stamp(content.profile.logo_path))
    with _cache_lock:
        renderer = _cache.get(key)
        if renderer is not None:
            _cache.move_to_end(key)
            return renderer
    renderer = KitRenderer(content, page_size)
    with _cache_lock:
        _cache[key] = renderer
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
    return renderer


def _file_stamp(path: str) -> tuple[int, int] | None:
    if not path.strip():
        return None
    try:
        stat = Path(path.strip()).expanduser().stat()
    except (OSError, ValueError):
        return None
    return stat.st_mtime_ns, stat.st_size
