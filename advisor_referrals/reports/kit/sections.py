"""The kit's sections as flowables. User text always goes through `markup()`.

Sections that do not depend on the client are built by `StaticSections` once per
renderer and handed out as shallow copies, so a batch parses their text only once.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from advisor_referrals.domain.kit_content import KitContent
from advisor_referrals.domain.kits import KitClient
from advisor_referrals.reports.fonts import markup
from advisor_referrals.reports.kit.branding import Logo
from advisor_referrals.reports.kit.columns import Columns
from advisor_referrals.reports.kit.content import blocks, words_of
from advisor_referrals.reports.kit.flowables import Eyebrow, Pinned, Row, Rule, Stack
from advisor_referrals.reports.kit.panel import ContactPanel
from advisor_referrals.reports.kit.theme import HAIRLINE, SANS_BOLD, Geometry, Palette, Styles
from advisor_referrals.reports.paragraphs import paragraph
from advisor_referrals.reports.words import Words

STEPS = ("listen", "pass", "tell")
EXPECTATIONS = ("obligation", "discretion", "plain")

# The cover letter's catalogue keys: eyebrow, title, paragraphs, closing. A client is
# thanked for their trust; a centre of influence gets the letter for a professional who
# refers (reciprocity, how we work with their clients, what a good introduction is).
LetterKeys = tuple[str, str, tuple[str, ...], str]
LETTER_KEYS_CLIENT: LetterKeys = (
    "kit.letter.eyebrow",
    "kit.letter.thanks",
    tuple(f"kit.letter.p{n}" for n in (1, 2, 3)),
    "kit.letter.closing",
)
LETTER_KEYS_PROFESSIONAL: LetterKeys = (
    "kit.pro.eyebrow",
    "kit.pro.thanks",
    tuple(f"kit.pro.p{n}" for n in (1, 2, 3, 4)),
    "kit.pro.closing",
)


@dataclass(frozen=True)
class Section:
    key: str
    number: str
    eyebrow: str
    title: str


def numbered_sections(has_conversations: bool, words: Words) -> list[Section]:
    plan = ["who", "how", "conversations", "introduce", "cards"]
    if not has_conversations:
        plan.remove("conversations")
    return [
        Section(
            key,
            f"{number:02d}",
            words.text(f"kit.section.{key}.eyebrow"),
            words.text(f"kit.section.{key}.title"),
        )
        for number, key in enumerate(plan, start=1)
    ]


class StaticSections:
    """Flowables that are the same for every client, parsed once and copied per kit."""

    def __init__(
        self,
        content: KitContent,
        logo: Logo | None,
        geometry: Geometry,
        palette: Palette,
        styles: Styles,
        frame_height: float,
    ) -> None:
        self.content = content
        self.logo = logo
        self.geometry = geometry
        self.palette = palette
        self.styles = styles
        self.frame_height = frame_height
        self.words = words_of(content)
        self.sections = {
            s.key: s for s in numbered_sections(bool(content.conversations), self.words)
        }
        self._who = self._build_who()
        self._how = self._build_how()
        self._conversations = self._build_conversations()
        self._introduce = self._build_introduce()
        self._contents = self._build_contents()

    # Copies: flowables keep layout state from the last build, the parsed text is shared.

    def who(self) -> list[Flowable]:
        return _copies(self._who)

    def how(self) -> list[Flowable]:
        return _copies(self._how)

    def conversations(self) -> list[Flowable]:
        return _copies(self._conversations)

    def introduce(self) -> list[Flowable]:
        return _copies(self._introduce)

    def contents(self) -> list[Flowable]:
        return _copies(self._contents)

    # Building

    def head(self, key: str, lede: str = "") -> list[Flowable]:
        section = self.sections[key]
        parts: list[Flowable] = [
            Eyebrow(section.number, section.eyebrow, self.palette.accent_text, space_after=12),
            paragraph(markup(section.title), self.styles.title),
        ]
        if lede:
            parts.append(paragraph(lede, self._measure(self.styles.lede, 0.8)))
        parts.append(Spacer(0, 16))
        return parts

    def _measure(self, style: ParagraphStyle, share: float) -> ParagraphStyle:
        """The style with a right indent, so long text keeps a comfortable line length."""
        return measured(style, self.geometry, share)

    def _build_who(self) -> list[Flowable]:
        flow = self.head("who")
        lead = self._measure(self.styles.lead, 0.82)
        body = self._measure(self.styles.body, 0.82)
        first = True
        for block in blocks(self.content.ideal_client):
            text = markup(block.text)
            if block.bullet:
                text = f"\u2013\u2002{markup(block.lead + ': ' if block.lead else '')}{text}"
            flow.append(paragraph(text, lead if first else body))
            if first:
                flow.append(Spacer(0, 8))
            first = False
        flow.append(Spacer(0, 30))
        return flow

    def _build_how(self) -> list[Flowable]:
        flow = self.head("how")
        body = self._measure(self.styles.body, 0.82)
        items: list[Stack] = []

        def flush() -> None:
            if items:
                flow.append(Columns(list(items), gutter=26, gap=11, page_height=self.frame_height))
                flow.append(Spacer(0, 10))
                items.clear()

        for block in blocks(self.content.services):
            if not block.bullet:
                flush()
                flow.append(paragraph(markup(block.text), body))
                continue
            parts: list[Flowable] = []
            if block.lead:
                parts.append(paragraph(markup(block.lead), self.styles.label))
            if block.text:
                text = block.text
                if block.lead and text[:1].islower():
                    text = text[0].upper() + text[1:]  # "Planning: goals…" reads "Goals…"
                parts.append(paragraph(markup(text), self.styles.note))
            items.append(Stack(parts, 2.5, rule=HAIRLINE, rule_gap=9))
        flush()
        flow.append(Pinned(self._pull_quote()))
        return flow

    def _pull_quote(self) -> Flowable:
        return Stack(
            [
                Rule(self.palette.accent, width=1.2, length=36),
                paragraph(
                    markup(self.words.text("kit.pull_quote")),
                    self.styles.signature.clone("pull", fontSize=16, leading=22),
                ),
            ],
            [12],
        )

    def _build_conversations(self) -> list[Flowable]:
        conversations = self.content.conversations
        if not conversations:
            return []
        flow = self.head("conversations", markup(self.words.text("kit.conversations.lede")))
        # Three narrower columns keep the default library of fifteen on a single page.
        wide = len(conversations) > 8
        label, quote, note = (
            (self.styles.label_small, self.styles.quote_small, self.styles.note_small)
            if wide
            else (self.styles.label, self.styles.quote, self.styles.note)
        )
        items = []
        for conversation in conversations:
            said, why = conversation.parts
            parts: list[Flowable] = [paragraph(markup(conversation.label), label)]
            if said:
                parts.append(paragraph(markup(said), quote))
            if why:
                parts.append(paragraph(markup(why), note))
            items.append(Stack(parts, [3.0, 2.5][: len(parts) - 1], rule=HAIRLINE, rule_gap=8))
        flow.append(
            Columns(
                items,
                count=3 if wide else 2,
                gutter=18 if wide else 26,
                gap=10 if wide else 13,
                page_height=self.frame_height,
            )
        )
        return flow

    def _build_introduce(self) -> list[Flowable]:
        flow: list[Flowable] = [CondPageBreak(self.frame_height * 0.72)]
        words = self.words
        flow += self.head("introduce", markup(words.text("kit.introduce.lede")))
        steps = []
        for number, step in enumerate(STEPS, start=1):
            title = markup(words.text(f"kit.step.{step}.title"))
            with_link = step == "pass" and self.content.link
            text = markup(words.text(f"kit.step.{step}.text" + ("_link" if with_link else "")))
            steps.append(
                Stack(
                    [
                        paragraph(words.number(number), self.styles.step_number),
                        paragraph(title, self.styles.label),
                        paragraph(text, self.styles.note),
                    ],
                    [4, 3],
                )
            )
        flow += [Row(steps, gutter=26), Spacer(0, 28)]
        flow += [ContactPanel(self.content, self.logo, self.palette.accent), Spacer(0, 26)]
        flow.append(Eyebrow("", words.text("kit.expect.heading"), self.palette.accent_text))
        promises = [
            Stack(
                [
                    paragraph(markup(words.text(f"kit.expect.{key}.title")), self.styles.label),
                    paragraph(markup(words.text(f"kit.expect.{key}.text")), self.styles.note),
                ],
                3,
                rule=HAIRLINE,
                rule_gap=9,
            )
            for key in EXPECTATIONS
        ]
        flow.append(Row(promises, gutter=26))
        return flow

    def _build_contents(self) -> list[Flowable]:
        entries = [
            Stack(
                [
                    paragraph(
                        f'<font name="{SANS_BOLD}" color="#{self.palette.accent_text.hexval()[2:]}"'
                        f' size="7.5">{s.number}</font>',
                        self.styles.small,
                    ),
                    paragraph(
                        markup(s.title), self.styles.lede.clone("toc", fontSize=9.6, leading=12.5)
                    ),
                ],
                3,
            )
            for s in self.sections.values()
        ]
        inside = Stack(
            [
                Rule(HAIRLINE),
                Eyebrow("", self.words.text("kit.contents.heading"), self.palette.accent_text),
                Row(entries, gutter=14),
            ],
            [14, 10],
        )
        return [Pinned(inside)]


def fill(template: str, **values: str) -> str:
    """A catalogue text as markup with markup values put in its {placeholders}."""
    parts = re.split(r"\{(\w+)\}", template)
    # Even parts are the catalogue's words, odd ones the names of placeholders.
    return "".join(markup(part) if i % 2 == 0 else values[part] for i, part in enumerate(parts))


def measured(style: ParagraphStyle, geometry: Geometry, share: float) -> ParagraphStyle:
    """`style` set on `share` of the text width, a comfortable measure for reading."""
    return style.clone(f"{style.name}-{share}", rightIndent=geometry.frame_width * (1 - share))


def _copies(flowables: Sequence[Flowable]) -> list[Flowable]:
    return [copy.copy(flowable) for flowable in flowables]


def letter(
    client: KitClient,
    content: KitContent,
    styles: Styles,
    geometry: Geometry,
    palette: Palette,
    today: date,
) -> list[Flowable]:
    """The cover: the thank-you letter to the client (or, for a centre of influence, the
    letter for a professional who refers), signed by the advisor."""
    words = words_of(content)
    keys = LETTER_KEYS_PROFESSIONAL if client.professional else LETTER_KEYS_CLIENT
    eyebrow, thanks, paragraphs, closing = keys
    measure = measured(styles.letter, geometry, 0.8)
    greeting = markup(client.greeting)
    prepared = fill(
        words.text("kit.letter.prepared"),
        name=markup(client.name),
        date=markup(words.month_year(today)),
    )
    flow: list[Flowable] = [
        Eyebrow("", words.text(eyebrow), palette.accent_text, space_after=14),
        paragraph(fill(words.text(thanks), greeting=greeting), styles.display),
        paragraph(prepared, styles.small),
        Spacer(0, 30),
        paragraph(fill(words.text("kit.letter.dear"), greeting=greeting), measure),
    ]
    flow += [paragraph(markup(words.text(key)), measure) for key in paragraphs]
    flow += [
        paragraph(markup(words.text(closing)), measure),
        Spacer(0, 2),
        paragraph(markup(content.advisor), styles.signature),
        Spacer(0, 6),
    ]
    profile = content.profile
    if profile.name.strip() and profile.title.strip():
        flow.append(paragraph(markup(profile.title.strip()), styles.signer_role))
    if profile.firm.strip():
        flow.append(paragraph(markup(profile.firm.strip()), styles.signer_role))
    return flow
