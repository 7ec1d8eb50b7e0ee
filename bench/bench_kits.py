"""Referral kits: one kit beside a plain 4-page ReportLab document, and a batch of 1,000."""

from __future__ import annotations

import gc
import io
import itertools
import shutil
import statistics
import time
from collections.abc import Callable
from datetime import date

from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

from advisor_referrals.domain.kit_content import Conversation, KitContent
from advisor_referrals.domain.kits import PageSize, kit_client
from advisor_referrals.domain.profile import AdvisorProfile
from advisor_referrals.domain.trigger_kinds import DEFAULT_TRIGGER_KINDS
from advisor_referrals.reports.fonts import register_fonts
from advisor_referrals.reports.kit import KitRenderer, renderer_for
from bench.harness import MAIN_SIZE, Context, Measurement, benchmark, median_ms

BATCH = 1_000
KIT_BUDGET_MS = 60.0
REFERENCE_BASELINE_MS = 22.0  # the plain 4-page document on docs/design.md's reference machine
PROFILE = AdvisorProfile(
    name="Maria Lopes",
    firm="Lopes & Partners",
    email="maria@lopes.example",
    phone="+1 555 0100",
    website="lopes.example",
    title="Senior Wealth Advisor",
    scheduling_url="https://cal.example/maria",
    disclosures="Advisory services offered through Lopes & Partners LLC, a registered "
    "investment adviser. Referrals are not compensated.",
)
FIRST = ["Ana", "Zoë", "小明", "민수", "太郎", "Σοφία", "Олег", "Liam", "Émile", "Grace"]
LAST = ["Souza", "Ðurić", "王", "김", "山田", "Papadopoulou", "Иванов", "Walsh", "Roy", "Chen"]


def plain_document() -> None:
    """The raw baseline: four pages of paragraphs in ReportLab's built-in fonts."""
    styles = getSampleStyleSheet()
    text = "The quick brown fox jumps over the lazy dog. " * 12
    story = []
    for page in range(4):
        story.append(Paragraph(f"Section {page + 1}", styles["Heading1"]))
        story += [Paragraph(text, styles["BodyText"]) for _ in range(6)]
        story.append(PageBreak())
    SimpleDocTemplate(io.BytesIO()).build(story[:-1])


def content() -> KitContent:
    kinds = tuple(Conversation(k.label, k.talking_point) for k in DEFAULT_TRIGGER_KINDS)
    return KitContent(PROFILE, kinds)


def side_by_side(ours: Callable[[], object], repeat: int = 25) -> Measurement:
    """Our kit and the baseline timed in alternation, so a busy machine slows both alike."""
    for _ in range(2):
        ours()
        plain_document()
    kit_times, plain_times = [], []
    for _ in range(repeat):
        for fn, times in ((ours, kit_times), (plain_document, plain_times)):
            gc.collect()
            started = time.perf_counter()
            fn()
            times.append(1000 * (time.perf_counter() - started))
    baseline = statistics.median(plain_times)
    return Measurement(
        value=statistics.median(kit_times),
        baseline=baseline,
        budget=scaled_budget(baseline),
        note=f"best {min(kit_times):.1f} vs {min(plain_times):.1f} ms; "
        "baseline: plain 4-page ReportLab document",
    )


def scaled_budget(baseline: float) -> float:
    """docs/design.md's 60 ms holds where the baseline takes its 22 ms; a slower (or busier)
    machine gets the same ratio, never less than the absolute budget."""
    return KIT_BUDGET_MS * max(1.0, baseline / REFERENCE_BASELINE_MS)


@benchmark("kits: one referral kit PDF", budget=KIT_BUDGET_MS, backends=None)
def one_kit(_context: Context) -> Measurement:
    """The app's preview: the renderer for the advisor's branding is already prepared."""
    register_fonts()
    client = kit_client(1, "小明", "王")
    renderer = renderer_for(content(), PageSize.LETTER)
    return side_by_side(lambda: renderer.render(client, io.BytesIO(), date(2026, 7, 15)))


@benchmark("kits: one kit with shaped, right-to-left text", budget=KIT_BUDGET_MS, backends=None)
def one_kit_shaped(_context: Context) -> Measurement:
    """The same kit for a client named in Arabic and a greeting in Devanagari: every line
    holding them is shaped by HarfBuzz and put in visual order (docs/design.md, Languages
    and scripts), beside today's Latin kit above."""
    register_fonts()
    client = kit_client(1, "محمد", "عبدالله", "प्रिया")
    renderer = renderer_for(content(), PageSize.LETTER)
    return side_by_side(lambda: renderer.render(client, io.BytesIO(), date(2026, 7, 15)))


@benchmark("kits: one kit after a branding change (cold)", budget=KIT_BUDGET_MS, backends=None)
def one_kit_cold(_context: Context) -> Measurement:
    """The first kit after start-up or a profile edit: every section is prepared anew."""
    register_fonts()
    client = kit_client(1, "小明", "王")
    kit_content = content()
    return side_by_side(
        lambda: KitRenderer(kit_content, PageSize.LETTER).render(
            client, io.BytesIO(), date(2026, 7, 15)
        )
    )


_BATCHES: dict[str, tuple[float, int, float]] = {}


def batch_run(context: Context) -> tuple[float, int, float]:
    if context.key not in _BATCHES:
        _BATCHES[context.key] = _batch_run(context)
    return _BATCHES[context.key]


def _batch_run(context: Context) -> tuple[float, int, float]:
    """Seconds to write 1,000 kits through the service (files and history), kits written, and
    the baseline in ms measured just before and just after (the machine's pace meanwhile)."""
    from advisor_referrals.reports.renderers import kit_renderer
    from advisor_referrals.services.kits import KitService
    from advisor_referrals.services.settings import SettingsService
    from advisor_referrals.storage.models import ContactRow
    from advisor_referrals.storage.opening import open_book

    scratch = context.scratch
    book = open_book(context.empty_book("kits-bench"))
    try:
        SettingsService(book).save_profile(PROFILE)
        names = itertools.islice(itertools.cycle(itertools.product(FIRST, LAST)), BATCH)
        with book.write() as session:
            rows = [ContactRow(first_name=first, last_name=last) for first, last in names]
            session.add_all(rows)
            session.flush()
            ids = [row.id for row in rows]
        folder = scratch / "kits"
        before = median_ms(plain_document, repeat=7, warmup=1)
        started = time.perf_counter()
        result = KitService(book, kit_renderer).write_batch(ids, folder, PageSize.LETTER)
        elapsed = time.perf_counter() - started
        after = median_ms(plain_document, repeat=7, warmup=0)
    finally:
        book.close()
    shutil.rmtree(scratch / "kits", ignore_errors=True)
    return elapsed, len(result.written), (before + after) / 2


@benchmark("kits: 1,000 kits in a batch, total", unit="s", sizes=(MAIN_SIZE,))
def batch_total(context: Context) -> Measurement:
    elapsed, written, _ = batch_run(context)
    return Measurement(value=elapsed, note=f"{written} files written and recorded")


@benchmark("kits: 1,000 kits in a batch, per kit", budget=KIT_BUDGET_MS, sizes=(MAIN_SIZE,))
def batch_per_kit(context: Context) -> Measurement:
    """Rendering, writing the file and recording the history, per kit."""
    elapsed, written, baseline = batch_run(context)
    return Measurement(
        value=1000 * elapsed / written,
        baseline=baseline,
        budget=scaled_budget(baseline),
        note="includes writing the file and the history; baseline: plain 4-page document",
    )
