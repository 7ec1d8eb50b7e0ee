"""What the kit makes of the profile's text: links, lists, monograms, quotes, fitted lines."""

from __future__ import annotations

import pytest

from advisor_referrals.domain.kit_content import Conversation, KitContent, web_address
from advisor_referrals.domain.profile import AdvisorProfile
from advisor_referrals.reports.fonts import SERIF, register_fonts
from advisor_referrals.reports.kit.content import Block, blocks, initials
from advisor_referrals.reports.kit.text import clip, wrap
from advisor_referrals.reports.kit.theme import contrast_on_white, palette
from advisor_referrals.reports.shaping import string_width


@pytest.mark.parametrize(
    ("typed", "link"),
    [
        ("lopes.example", "https://lopes.example"),
        ("http://lopes.example/book", "http://lopes.example/book"),
        ("not a link", ""),
        ("javascript:alert(1)", ""),
        ("", ""),
    ],
)
def test_web_addresses_become_links_a_phone_can_open(typed: str, link: str) -> None:
    assert web_address(typed) == link


def test_the_qr_code_prefers_the_scheduling_page() -> None:
    profile = AdvisorProfile(website="lopes.example", scheduling_url="cal.example/maria")
    assert KitContent(profile).link == "https://cal.example/maria"
    assert KitContent(AdvisorProfile(website="lopes.example")).link == "https://lopes.example"


def test_settings_text_becomes_paragraphs_and_list_items() -> None:
    text = "We help families.\nAnd founders.\n\n- Planning: a written plan\n* Taxes\n"
    assert blocks(text) == [
        Block("We help families. And founders."),
        Block("a written plan", bullet=True, lead="Planning"),
        Block("Taxes", bullet=True),
    ]


@pytest.mark.parametrize(
    ("name", "letters"),
    [("Lopes & Partners", "LP"), ("Acme", "A"), ("王氏财富管理", "王"), ("the Ørsted group", "ØG")],
)
def test_monogram_initials(name: str, letters: str) -> None:
    assert initials(name) == letters


def test_a_talking_point_is_split_into_what_a_friend_says_and_why() -> None:
    said, why = Conversation("Retiring", "\u201cI stop next year.\u201d A plan helps.").parts
    assert (said, why) == ("\u201cI stop next year.\u201d", "A plan helps.")
    assert Conversation("Other", "No quote here.").parts == ("", "No quote here.")


def test_a_pale_accent_is_darkened_for_text_but_kept_for_rules() -> None:
    colours = palette("#FFF200")
    assert contrast_on_white(colours.accent_text) >= 4.5
    assert colours.accent.hexval() == "0xfff200"


def test_lines_are_wrapped_and_clipped_to_their_width() -> None:
    register_fonts()
    lines = wrap("Bartholomew " + "x" * 80 + " de la Cruz", SERIF, 8, 120, 2)
    assert len(lines) == 2 and lines[-1].endswith("…")
    assert all(string_width(line, SERIF, 8) <= 120 for line in lines)
    assert string_width(clip("山" * 200, SERIF, 8, 90), SERIF, 8) <= 90
