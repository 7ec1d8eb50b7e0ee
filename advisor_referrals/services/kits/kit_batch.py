"""What a batch of referral kits is made of: the clients and wording read in one go, the
renderer it is drawn with, and what came out (a kit in memory, a kit on disk, a batch)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO, Protocol

from advisor_referrals.domain.kit_content import Conversation, KindTexts, KitContent
from advisor_referrals.domain.kits import KitClient, PageSize, UnprintableText, unique_file_names
from advisor_referrals.domain.profile import AdvisorProfile


class KitRenderer(Protocol):
    """Writes the kit of one client as a PDF to `out`; returns the number of pages."""

    def render(self, client: KitClient, out: IO[bytes], today: date | None = None) -> int: ...


class KitRendering(Protocol):
    """Makes the renderer for one branding and paper size (what the composition root passes)."""

    def __call__(self, content: KitContent, page_size: PageSize) -> KitRenderer: ...


# What no bundled font can print of a text: the characters, each once (reports.fonts
# lends it through the composition root, as it does the renderer).
MissingGlyphs = Callable[[str], str]


def nothing_missing(_text: str) -> str:
    return ""


@dataclass(frozen=True)
class RenderedKit:
    """A kit in memory, for a preview before it is saved or printed."""

    client: KitClient
    page_size: PageSize
    pages: int
    data: bytes
    language: str = "en"
    unprintable: tuple[UnprintableText, ...] = ()

    @property
    def file_name(self) -> str:
        return unique_file_names([(self.client.name, f"contact {self.client.contact_id}")])[0]


@dataclass(frozen=True)
class WrittenKit:
    client: KitClient
    path: Path
    pages: int
    page_size: PageSize


@dataclass(frozen=True)
class BatchResult:
    written: tuple[WrittenKit, ...]
    total: int
    cancelled: bool
    folder: Path
    unprintable: tuple[UnprintableText, ...] = ()


@dataclass(frozen=True)
class KitBatch:
    """Everything a batch of kits needs, read in one go.

    Each client's kit is in `language` when one is given (the advisor's choice for
    this batch), else in the client's preferred language, else in English; the renderer
    words it (docs/design.md, Languages and scripts).
    """

    profile: AdvisorProfile
    kinds: tuple[KindTexts, ...]
    clients: tuple[KitClient, ...]
    language: str | None = None

    def language_of(self, client: KitClient) -> str:
        return self.language or client.language or "en"

    def content_for(self, client: KitClient) -> KitContent:
        return self.content_in(self.language_of(client))

    def content_in(self, language: str) -> KitContent:
        return KitContent(
            profile=self.profile,
            conversations=tuple(Conversation(k.label, k.talking_point) for k in self.kinds),
            language=language,
            kinds=self.kinds,
        )

    @property
    def content(self) -> KitContent:
        """The content of the first client's kit (a batch of one: the kit's content)."""
        return self.content_for(self.clients[0]) if self.clients else self.content_in("en")

    def unprintable(self, missing_glyphs: MissingGlyphs) -> tuple[UnprintableText, ...]:
        """Every field a kit of this batch prints that holds a character no font has.

        The shipped wording always prints; the advisor's and the clients' text is checked.
        """
        found: list[UnprintableText] = []
        for name in ("name", "firm", "title", "phone", "email", "website", "address",
                     "ideal_client", "services", "disclosures"):  # fmt: skip
            if missing := missing_glyphs(getattr(self.profile, name)):
                found.append(UnprintableText("advisor profile", name, missing))
        for kind in self.kinds:
            wordings = [("", kind.label, kind.talking_point), *kind.texts]
            for language, label, point in wordings:
                who = f"trigger kind “{kind.label}”" + (f" ({language})" if language else "")
                for name, text in (("label", label), ("talking_point", point)):
                    if missing := missing_glyphs(text):
                        found.append(UnprintableText(who, name, missing))
        for client in self.clients:
            texts = (
                ("name", client.name),
                ("preferred_name", client.greeting),
                ("program_wording", client.program_wording),  # the advisor's, from a program
            )
            for name, text in texts:
                if (missing := missing_glyphs(text)) and not (
                    name == "preferred_name" and text == client.name
                ):
                    found.append(UnprintableText(client.name, name, missing, client.contact_id))
        return tuple(dict.fromkeys(found))
