"""The thank-you note a referrer gets: an editable template and the mailto: link that opens it.

Placeholders are replaced literally (no str.format), so braces a user types in the
text can never raise or reach anything but the three names below.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote

from advisor_referrals.domain.enums import ThankYouMethod
from advisor_referrals.domain.errors import Problem
from advisor_referrals.domain.kits import PageSize
from advisor_referrals.domain.profile import AdvisorProfile
from advisor_referrals.domain.text_rules import text_problem

PLACEHOLDERS: dict[str, str] = {
    "referrer": "the referrer's preferred name",
    "referred": "the referred person's name",
    "advisor": "your name (from the advisor profile)",
}
SUBJECT_MAX = 200
BODY_MAX = 5_000
_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


@dataclass(frozen=True, kw_only=True)
class ThankYouTemplate:
    subject: str
    body: str


DEFAULT_TEMPLATE = ThankYouTemplate(
    subject="Thank you, {referrer}",
    body=(
        "Dear {referrer},\n\n"
        "Thank you for introducing me to {referred}. Your trust means a great deal to me, "
        "and I will take good care of them, just as I do for you.\n\n"
        "With warm regards,\n{advisor}"
    ),
)


@dataclass(frozen=True, kw_only=True)
class ThankYouMessage:
    to: str
    subject: str
    body: str

    @property
    def mailto(self) -> str:
        return mailto_url(self.to, self.subject, self.body)


# The two ways a note is printed: a letter on the kit's paper, or a card.
PRINTED: tuple[ThankYouMethod, ...] = (ThankYouMethod.LETTER, ThankYouMethod.CARD)
# Said aloud rather than written: no note goes with these.
SPOKEN: tuple[ThankYouMethod, ...] = (ThankYouMethod.PHONE, ThankYouMethod.IN_PERSON)


@dataclass(frozen=True, kw_only=True)
class ThankYouNote:
    """A thank-you as printed: the advisor's branding, the referrer, and the words.

    `dated` is the date as the reader's locale writes it (the app formats it).
    """

    profile: AdvisorProfile
    recipient: str
    subject: str
    body: str
    dated: str
    style: ThankYouMethod
    page_size: PageSize


def render(text: str, values: dict[str, str]) -> str:
    """Replace {referrer}, {referred} and {advisor}; any other braces are left as typed."""
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), text)


def render_template(
    template: ThankYouTemplate, *, to: str, referrer: str, referred: str, advisor: str
) -> ThankYouMessage:
    values = {"referrer": referrer, "referred": referred, "advisor": advisor}
    return ThankYouMessage(
        to=to, subject=render(template.subject, values), body=render(template.body, values)
    )


def mailto_url(to: str, subject: str, body: str) -> str:
    """A mailto: URL (RFC 6068): every reserved character percent-encoded, lines ending CRLF."""
    lines = body.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    address = quote(to.strip(), safe="@")
    encoded_body = "%0D%0A".join(quote(line, safe="") for line in lines)
    query = f"subject={quote(subject, safe='')}&body={encoded_body}"
    return f"mailto:{address}?{query}"


def validate_template(template: ThankYouTemplate) -> list[Problem]:
    problems: list[Problem] = []
    for field, text, limit in (
        ("subject", template.subject, SUBJECT_MAX),
        ("body", template.body, BODY_MAX),
    ):
        if not text.strip():
            problems.append(Problem("thank-you template", field, text, "cannot be empty"))
        if len(text) > limit:
            problems.append(
                Problem("thank-you template", field, None, f"at most {limit} characters")
            )
        for name in _PLACEHOLDER.findall(text):
            if name not in PLACEHOLDERS:
                allowed = ", ".join("{" + key + "}" for key in PLACEHOLDERS)
                problems.append(
                    Problem(
                        "thank-you template",
                        field,
                        "{" + name + "}",
                        f"unknown placeholder; allowed: {allowed}",
                    )
                )
    if "\n" in template.subject or "\r" in template.subject:
        problems.append(Problem("thank-you template", "subject", None, "a subject is one line"))
    elif message := text_problem(template.subject):
        problems.append(Problem("thank-you template", "subject", template.subject, message))
    if message := text_problem(template.body, multiline=True):
        problems.append(Problem("thank-you template", "body", template.body, message))
    return problems
