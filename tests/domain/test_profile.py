"""The advisor profile's contact details are checked the way contacts are."""

from __future__ import annotations

from advisor_referrals.domain.profile import AdvisorProfile, validate_profile


def fields_with_problems(**values: str) -> set[str]:
    return {p.field for p in validate_profile(AdvisorProfile(**values))}


def test_a_blank_profile_is_fine() -> None:
    assert fields_with_problems() == set()


def test_email_phone_and_website_are_checked() -> None:
    assert (
        fields_with_problems(
            email="maria@example.com", phone="+1 617 555 0100", website="https://lopes.example/team"
        )
        == set()
    )
    assert fields_with_problems(email="maria", phone="call me", website="lopes") == {
        "email",
        "phone",
        "website",
    }
    assert fields_with_problems(name="x" * 201) == {"name"}
