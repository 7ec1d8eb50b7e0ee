"""The referral kit PDF, read back as a user (or a printer) would see it."""

from __future__ import annotations

import io
import struct
import zlib
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PIL import Image

from advisor_referrals.domain.kit_content import DEFAULT_IDEAL_CLIENT, Conversation, KitContent
from advisor_referrals.domain.kits import KitClient, PageSize, kit_client
from advisor_referrals.domain.profile import AdvisorProfile
from advisor_referrals.domain.trigger_kinds import DEFAULT_TRIGGER_KINDS
from advisor_referrals.reports.kit import KitRenderer
from tests.support.pdf import POINTS_PER_MM, page_sizes, page_texts, unembedded_fonts

DISCLOSURE = (
    "Advisory services offered through Lopes & Partners LLC, a registered investment adviser."
)
PROFILE = AdvisorProfile(
    name="Maria Lopes",
    firm="Lopes & Partners",
    email="maria@lopes.example",
    phone="+1 555 0100",
    website="lopes.example",
    title="Senior Wealth Advisor",
    address="200 Harbor Street, Boston",
    accent_color="#8A5A2B",
    disclosures=DISCLOSURE,
)
CONVERSATIONS = tuple(Conversation(k.label, k.talking_point) for k in DEFAULT_TRIGGER_KINDS)
SCRIPT_NAMES = ["Zoë Ðurić", "王小明", "김민수", "山田太郎", "Σοφία", "Ана Иванова"]


def render(
    client: KitClient,
    profile: AdvisorProfile = PROFILE,
    size: PageSize = PageSize.LETTER,
    conversations: tuple[Conversation, ...] = CONVERSATIONS,
) -> tuple[bytes, int]:
    out = io.BytesIO()
    pages = KitRenderer(KitContent(profile, conversations), size).render(
        client, out, date(2026, 7, 15)
    )
    return out.getvalue(), pages


def black_png(width: int, height: int) -> bytes:
    """A valid PNG written row by row: big in pixels, small on disk and in memory."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    pack = zlib.compressobj(9)
    row = bytes(1 + 3 * width)
    pixels = b"".join(pack.compress(row) for _ in range(height)) + pack.flush()
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    signature = b"\x89PNG\r\n\x1a\n"
    return signature + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


def flat(text: str) -> str:
    return " ".join(text.split())


def test_a_kit_names_the_client_and_the_advisor_and_every_active_conversation() -> None:
    data, pages = render(kit_client(7, "Ana", "Souza", "Annie"))
    texts = page_texts(data)
    everything = flat(" ".join(texts))
    assert len(texts) == pages == 5
    assert "Thank you, Annie." in everything
    assert "Dear Annie," in everything
    assert "Introduced by Ana Souza" in everything
    for detail in ("Maria Lopes", "Senior Wealth Advisor", "maria@lopes.example", "+1 555 0100"):
        assert detail in everything
    assert "lopes.example" in everything
    for conversation in CONVERSATIONS:
        assert conversation.label in everything
    for heading in ("Who we help", "How we help", "Conversations that matter"):
        assert heading in everything
    assert "How to introduce us" in everything and "Introduction cards" in everything


def test_disclosures_and_page_numbers_are_on_every_page() -> None:
    data, _ = render(kit_client(1, "Ana", "Souza"))
    for number, text in enumerate(page_texts(data), start=1):
        assert DISCLOSURE in flat(text), f"page {number} lacks the disclosures"
        assert f"Page {number} of" in text


@pytest.mark.parametrize(
    ("size", "expected"),
    [
        (PageSize.LETTER, (612.0, 792.0)),
        (PageSize.A4, (210 * POINTS_PER_MM, 297 * POINTS_PER_MM)),
    ],
)
def test_page_size(size: PageSize, expected: tuple[float, float]) -> None:
    data, pages = render(kit_client(1, "Ana", "Souza"), size=size)
    sizes = page_sizes(data)
    assert len(sizes) == pages
    for width, height in sizes:
        assert width == pytest.approx(expected[0], abs=0.5)
        assert height == pytest.approx(expected[1], abs=0.5)


@pytest.mark.parametrize("name", [*SCRIPT_NAMES, "Smith & <Co>", "<b>Bold</b> O'Brien"])
def test_names_in_any_script_print_exactly_as_typed(name: str) -> None:
    data, _ = render(KitClient(contact_id=1, name=name, greeting=name))
    everything = flat(" ".join(page_texts(data)))
    assert f"Thank you, {name}." in everything
    assert f"Introduced by {name}" in everything
    assert not unembedded_fonts(data)


def test_east_asian_names_print_family_name_first() -> None:
    assert kit_client(1, "太郎", "山田").name == "山田太郎"
    assert kit_client(1, "민수", "김").greeting == "김민수"
    assert kit_client(1, "Zoë", "Ðurić").greeting == "Zoë"


def test_hostile_profile_text_is_printed_as_typed() -> None:
    profile = replace(
        PROFILE,
        firm="Smith & <Co> Wealth",
        disclosures="Fees < 1% & <i>not</i> guaranteed.",
        ideal_client="People who say <b>hello</b> & mean it.",
    )
    data, _ = render(kit_client(1, "Ana", "Souza"), profile=profile)
    texts = page_texts(data)
    everything = flat(" ".join(texts))
    assert "Smith & <Co> Wealth" in everything
    assert "People who say <b>hello</b> & mean it." in everything
    for text in texts:
        assert "Fees < 1% & <i>not</i> guaranteed." in flat(text)


def test_every_font_is_embedded_as_truetype() -> None:
    data, _ = render(kit_client(1, "小明", "王"), size=PageSize.A4)
    assert not unembedded_fonts(data)
    assert b"/Helvetica" not in data


def test_a_first_kit_with_nothing_set_reads_well() -> None:
    data, pages = render(kit_client(1, "Ana", "Souza"), profile=AdvisorProfile())
    everything = flat(" ".join(page_texts(data)))
    assert pages >= 4
    assert "Your advisor" in everything
    assert flat(DEFAULT_IDEAL_CLIENT.split("\n")[0]) in everything
    assert "Financial planning" in everything
    assert not unembedded_fonts(data)


def test_without_active_conversations_the_section_is_left_out_and_renumbered() -> None:
    data, _ = render(kit_client(1, "Ana", "Souza"), conversations=())
    everything = flat(" ".join(page_texts(data)))
    assert "Conversations that matter" not in everything
    assert "How to introduce us" in everything


@pytest.mark.parametrize(
    "logo",
    ["", "/no/such/logo.png", "broken.png", "text.jpg", "huge.png", "logo.png", "photo.jpg"],
)
def test_logos_are_used_when_readable_and_never_break_a_kit(tmp_path: Path, logo: str) -> None:
    if logo == "broken.png":
        (tmp_path / logo).write_bytes(b"\x89PNG\r\n\x1a\nnot an image")
    elif logo == "text.jpg":
        (tmp_path / logo).write_text("hello")
    elif logo == "huge.png":  # 49 million pixels: left out rather than decoded
        (tmp_path / logo).write_bytes(black_png(7000, 7000))
    elif logo == "logo.png":
        Image.new("RGBA", (800, 200), (30, 90, 150, 128)).save(tmp_path / logo)
    elif logo == "photo.jpg":
        Image.new("RGB", (1200, 900), (200, 120, 40)).save(tmp_path / logo)
    path = str(tmp_path / logo) if logo and not logo.startswith("/") else logo
    data, pages = render(kit_client(1, "Ana", "Souza"), profile=replace(PROFILE, logo_path=path))
    assert pages == 5
    has_image = b"/Subtype /Image" in data
    assert has_image == (logo in ("logo.png", "photo.jpg"))
    if not has_image:
        assert "Lopes & Partners" in page_texts(data)[0]


@pytest.mark.parametrize("accent", ["", "not a colour", "#FFF", "#ffff00", "123456"])
def test_any_accent_colour_setting_renders(accent: str) -> None:
    _, pages = render(kit_client(1, "Ana", "Souza"), profile=replace(PROFILE, accent_color=accent))
    assert pages == 5


def test_a_batch_renderer_gives_the_same_kit_as_a_fresh_one() -> None:
    """The cached sections carry no state from one client's kit into the next."""
    content = KitContent(PROFILE, CONVERSATIONS)
    ana, zoe = kit_client(1, "Ana", "Souza"), kit_client(2, "Zoë", "Ðurić")

    def once(renderer: KitRenderer, client: KitClient) -> bytes:
        out = io.BytesIO()
        renderer.render(client, out, date(2026, 7, 15))
        return out.getvalue()

    batch = KitRenderer(content, PageSize.A4, invariant=True)
    once(batch, ana)
    once(batch, zoe)
    again = once(batch, ana)
    assert again == once(KitRenderer(content, PageSize.A4, invariant=True), ana)


def test_long_talking_points_flow_onto_more_pages_instead_of_failing() -> None:
    long_point = "\u201cIt is complicated.\u201d " + "Every detail matters here. " * 400
    conversations = (*CONVERSATIONS[:3], Conversation("A very long story", long_point))
    data, pages = render(kit_client(1, "Ana", "Souza"), conversations=conversations)
    assert pages > 5
    texts = page_texts(data)
    assert "A very long story" in " ".join(texts)
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of" in text
