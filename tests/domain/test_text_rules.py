"""Which text the book keeps: every control character refused, one line where one is meant."""

from __future__ import annotations

import pytest

from advisor_referrals.domain.contacts import ContactFields, validate_contact
from advisor_referrals.domain.text_rules import text_problem


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Ana\x1b[31m", "control character (U+001B)"),
        ("Ana\x00", "control character (U+0000)"),
        ("Ana\x7f", "control character (U+007F)"),
        ("Ana\x85", "line break (U+0085)"),
        ("Ana\x9b", "control character (U+009B)"),
        ("Ana\nSouza", "line break (U+000A)"),
        ("Ana\u2028Souza", "line break (U+2028)"),
        ("Ana\tSouza", "tab"),
        ("\u202eazuoS", "bidirectional control character (U+202E)"),
        ("Ana \u2066Souza\u2069", "bidirectional control character (U+2066)"),
    ],
)
def test_one_line_text_refuses_controls_breaks_and_bidi_overrides(text: str, rule: str) -> None:
    problem = text_problem(text)
    assert problem is not None and rule in problem


@pytest.mark.parametrize(
    "text",
    ["Ana Souza", "Zoë O’Brien-Łukasz", "山田 太郎", "محمد", "Ana\u00a0Souza", "क्\u200dष", ""],
)
def test_names_in_any_script_pass(text: str) -> None:
    assert text_problem(text) is None
    assert validate_contact(ContactFields(first_name=text or "A", last_name="B")) == []


def test_notes_may_hold_lines_and_tabs_but_no_other_control() -> None:
    assert text_problem("Call Tuesday.\r\n\tBring the plan.", multiline=True) is None
    assert "U+0007" in (text_problem("Call\x07", multiline=True) or "")
    contact = ContactFields(first_name="Ana", last_name="Souza", notes="ok\x1b")
    [problem] = validate_contact(contact, "row 2")
    assert (problem.where, problem.field) == ("row 2", "notes")


def test_every_field_with_a_problem_is_named() -> None:
    contact = ContactFields(
        first_name="Ana\x1b", last_name="Souza", city="Bos\nton", tags=("ok", "golf\u202e")
    )
    fields = [problem.field for problem in validate_contact(contact)]
    assert fields == ["first_name", "city", "tags"]
