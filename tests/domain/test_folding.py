"""Folding for search, the typed query's terms, and the name sort key."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from advisor_referrals.domain.folding import digits_of, fold, search_terms
from advisor_referrals.domain.names import name_sort_key


@pytest.mark.parametrize(
    ("written", "folded"),
    [
        ("Łukasz", "lukasz"),
        ("Søren", "soren"),
        ("ØRSTED", "orsted"),
        ("Đorđe", "dorde"),
        ("Đurić", "duric"),
        ("Æsa", "aesa"),
        ("Œuvre", "oeuvre"),
        ("Straße", "strasse"),
        ("Þór", "thor"),
        ("Iğdır", "igdir"),
        ("İSTANBUL", "istanbul"),
        ("Émile", "emile"),
        ("Ñúñez", "nunez"),
        ("Ωμέγα", "ωμεγα"),
        ("Жанна", "жанна"),
        ("李", "李"),
    ],
)
def test_letters_fold_to_what_a_reader_types(written: str, folded: str) -> None:
    assert fold(written) == folded


def _latin_letters() -> str:
    """Latin-1 and Latin Extended-A letters (the letters of Europe's languages), and every
    other letter A to Z written with a diacritic, stroke, hook or bar."""
    found = []
    for code in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]:
        char = chr(code)
        if not unicodedata.category(char).startswith("L"):
            continue
        if code < 0x180 or re.match(
            r"LATIN (SMALL|CAPITAL) LETTER [A-Z] WITH ", unicodedata.name(char)
        ):
            found.append(char)
    return "".join(found)


LATIN = _latin_letters()


def test_the_latin_letters_tested_include_those_decomposition_leaves_whole() -> None:
    assert set("øłđæœßıþðŋØŁĐÆŒÞ") <= set(LATIN)
    assert len(LATIN) > 400


@given(st.text(alphabet=LATIN + "abcXYZ -'", max_size=20))
@settings(max_examples=300)
def test_latin_text_folds_to_ascii(text: str) -> None:
    assert fold(text).isascii()


@given(st.text(max_size=20))
@settings(max_examples=500)
def test_folding_twice_changes_nothing(text: str) -> None:
    assert fold(fold(text)) == fold(text)


@given(st.text(max_size=20))
@settings(max_examples=300)
def test_folding_ignores_case(text: str) -> None:
    assert fold(text.upper()) == fold(text.lower()) == fold(text)


def test_a_query_is_words_tags_and_phone_digits() -> None:
    assert search_terms("  Søren   ŁUKASZ ") == ["soren", "lukasz"]
    assert search_terms("#Golf soren") == ["| #golf |", "soren"]
    assert search_terms("#Skål") == ["| #skal |"]
    assert search_terms("555-123") == ["555123"]
    # Numbers one after the other are one phone number.
    assert search_terms("(555) 123-4567") == ["5551234567"]
    assert search_terms("+1 555.123.4567 ana 12") == ["15551234567", "ana", "12"]
    # Letters make a word, not a number; a lone sign is a word too.
    assert search_terms("a-1 # -") == ["a-1", "#", "-"]


# Names as people read them; each pair in order.
IN_ORDER = [
    ("Elodie", "Émile"),
    ("Émile", "Eric"),
    ("Lukas", "Łukasz"),
    ("Łukasz", "Luke"),
    ("Orsted", "Ørsted"),
    ("Ørsted", "Østergaard"),
    ("Dora", "Đorđe"),
    ("Đorđe", "Dorothy"),
    ("Đurić", "Dutton"),
    ("Adams", "Álvarez"),
    ("Álvarez", "Zhang"),
    ("Šimić", "Zhang"),
    ("Zhang", "Ωμέγα"),
    ("Ωμέγα", "Жанна"),
    ("Жанна", "李"),
    ("emile", "Emile"),
    ("Emile", "Émile"),
]


@pytest.mark.parametrize(("before", "after"), IN_ORDER)
def test_names_sort_in_alphabetical_order(before: str, after: str) -> None:
    assert name_sort_key("Ana", before) < name_sort_key("Ana", after)
    assert name_sort_key(None, before) < name_sort_key(None, after)


def test_last_name_first_then_first_name() -> None:
    assert name_sort_key("Zoe", "Lukas") < name_sort_key("Anna", "Łukasz")
    assert name_sort_key("Anna", "Łukasz") < name_sort_key("Émile", "Łukasz")
    # A name with only one part sorts by the part shown ("Acme" among the As).
    assert name_sort_key("Acme", "") < name_sort_key("Ben", "Adams")
    assert name_sort_key("Ben", "Acton") < name_sort_key("Ben", "Adams")


names = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", max_size=6)


@given(first=st.tuples(names, names), second=st.tuples(names, names))
@settings(max_examples=500)
def test_plain_names_sort_like_last_then_first_without_case(
    first: tuple[str, str], second: tuple[str, str]
) -> None:
    def shown(name: tuple[str, str]) -> tuple[str, str]:
        given_name, family = name
        return (family or given_name, given_name if family else "")

    a = name_sort_key(*first)
    b = name_sort_key(*second)
    assert (a == b) == (shown(first) == shown(second))
    lowered_a = tuple(p.lower() for p in shown(first))
    lowered_b = tuple(p.lower() for p in shown(second))
    if lowered_a != lowered_b:
        assert (a < b) == (lowered_a < lowered_b)


def _key_as_defined(first: str | None, last: str | None) -> bytes:
    """The name sort key spelled out level by level, as `name_sort_key` documents it."""
    if not last:
        first, last = "", first
    shown = (last or "", first or "")
    levels = (
        "\x01".join(fold(part) for part in shown),
        "\x01".join(unicodedata.normalize("NFD", part).casefold() for part in shown),
        "\x01".join(unicodedata.normalize("NFC", part).swapcase() for part in shown),
    )
    return "\x00".join(levels).encode("utf-8")


any_name = st.one_of(
    st.none(),
    st.text(max_size=8),
    st.sampled_from(["Łukasz", "ÉMILE", "Straße", "İSTANBUL", "e\u0301", "ǅ", "김", "O'Brien"]),
)


@given(first=any_name, last=any_name)
@settings(max_examples=400)
def test_the_sort_key_is_its_definition_however_often_a_name_is_seen(
    first: str | None, last: str | None
) -> None:
    # Names are remembered after their first key (a bulk import meets each many times),
    # and plain ASCII ones skip decomposition: neither may change a key.
    assert name_sort_key(first, last) == _key_as_defined(first, last)
    assert name_sort_key(first, last) == _key_as_defined(first, last)


@given(phone=st.one_of(st.none(), st.text(max_size=12), st.just("+1 (617) 555-0101 x12")))
@settings(max_examples=300)
def test_phone_digits_are_every_digit_in_order(phone: str | None) -> None:
    assert digits_of(phone) == "".join(c for c in phone or "" if c.isdigit())
