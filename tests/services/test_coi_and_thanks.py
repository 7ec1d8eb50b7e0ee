"""Centres of influence and reciprocity; the thank-you template, its mailto: link, how a
thank-you was given, and the printed note."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from advisor_referrals.domain.enums import ReferralStatus, Relationship, ThankYouMethod
from advisor_referrals.domain.errors import ValidationError
from advisor_referrals.domain.kits import PageSize
from advisor_referrals.domain.outbound import OutboundFields
from advisor_referrals.domain.profile import AdvisorProfile
from advisor_referrals.domain.thank_you import DEFAULT_TEMPLATE, ThankYouTemplate, mailto_url
from advisor_referrals.domain.timeline import TimelineKind
from advisor_referrals.reports.renderers import RENDERERS
from advisor_referrals.services.contacts.timeline import TimelineService
from advisor_referrals.services.referrals.coi import CoiService
from advisor_referrals.services.referrals.recording import ReferralService
from advisor_referrals.services.referrals.thank_you import ThankYouService
from advisor_referrals.services.settings import SettingsService
from advisor_referrals.storage.book import Book
from tests.support.pdf import page_sizes, page_texts
from tests.support.referrals import audit_summaries, client, person, prospect, referral

ON = date(2026, 7, 10)


def coi(book: Book, first: str, last: str, profession: str):  # type: ignore[no-untyped-def]
    return person(
        book, first, last, relationship=Relationship.CENTER_OF_INFLUENCE, profession=profession
    )


def test_reciprocity_shows_referrals_each_way(book: Book) -> None:
    cpa = coi(book, "Carla", "Price", "CPA")
    lawyer = coi(book, "Lee", "Adams", "Attorney")
    coi(book, "Quiet", "Zed", "Banker")
    ana = client(book, "Ana", "Souza")
    referral(book, cpa, prospect(book, "P1", "One"), ON)
    referral(
        book, cpa, prospect(book, "P2", "Two"), ON, status=ReferralStatus.CONVERTED, converted_on=ON
    )
    referral(book, cpa, prospect(book, "P3", "Three"), ON, status=ReferralStatus.INTENDED)
    service = CoiService(book)
    sent = service.record_outbound(
        OutboundFields(coi_id=lawyer.id, contact_id=ana.id, sent_on=ON, notes=" will ")
    )
    assert (sent.coi_name, sent.contact_name, sent.notes) == ("Lee Adams", "Ana Souza", "will")

    rows = {r.name: r for r in service.reciprocity()}
    assert list(rows) == ["Carla Price", "Lee Adams", "Quiet Zed"]
    carla = rows["Carla Price"]
    assert (carla.profession, carla.received, carla.received_converted, carla.sent) == (
        "CPA",
        2,
        1,
        0,
    )
    assert carla.balance == 2
    assert (rows["Lee Adams"].received, rows["Lee Adams"].sent, rows["Lee Adams"].last_sent_on) == (
        0,
        1,
        ON,
    )
    assert service.reciprocity(since=date(2026, 8, 1))[0].received == 0

    service.delete_outbound(sent.id, sent.version)
    assert service.outbound_for(lawyer.id) == []
    assert audit_summaries(book, "outbound_referral") == [
        "Referred Ana Souza to Lee Adams",
        "Deleted the referral of Ana Souza to Lee Adams",
    ]


def test_outbound_needs_a_centre_of_influence(book: Book) -> None:
    ana = client(book, "Ana", "Souza")
    bob = client(book, "Bob", "Lee")
    with pytest.raises(ValidationError, match="is not a centre of influence"):
        CoiService(book).record_outbound(
            OutboundFields(coi_id=bob.id, contact_id=ana.id, sent_on=ON)
        )


def test_thank_you_uses_the_preferred_name_and_a_percent_encoded_mailto(book: Book) -> None:
    settings = SettingsService(book)
    settings.save_profile(AdvisorProfile(name="Maria Lopes"))
    ana = client(book, "Anabela", "Souza", preferred_name="Ana", email="ana+x@example.com")
    made = referral(book, ana, prospect(book, "Bob", "Lee & Sons"), ON)
    service = ThankYouService(book, settings)
    message = service.message_for(made.id)
    assert message.subject == "Thank you, Ana"
    assert message.body.startswith("Dear Ana,\n\nThank you for introducing me to Bob Lee & Sons.")
    assert message.body.endswith("Maria Lopes")
    url = message.mailto
    parts = urlsplit(url)
    assert parts.scheme == "mailto" and unquote(parts.path) == "ana+x@example.com"
    assert "%26%20Sons" in parts.query and "%0D%0A" in parts.query and " " not in url
    query = parse_qs(parts.query)
    assert query["body"][0].replace("\r\n", "\n") == message.body
    assert query["subject"] == ["Thank you, Ana"]


def test_the_template_is_editable_validated_and_audited(book: Book) -> None:
    service = ThankYouService(book, SettingsService(book))
    assert service.template() == DEFAULT_TEMPLATE
    with pytest.raises(ValidationError, match=r"unknown placeholder; allowed: \{referrer\}"):
        service.save_template(ThankYouTemplate(subject="Hi {name}", body="x"))
    mine = ThankYouTemplate(subject="Thanks {referrer}!", body="{referred} {advisor} {not closed")
    service.save_template(mine)
    assert service.template() == mine
    assert audit_summaries(book, "setting") == ["Changed the thank-you template"]


def test_mailto_with_no_address_still_opens_a_message() -> None:
    assert mailto_url("", "Hi?", "a=b&c") == "mailto:?subject=Hi%3F&body=a%3Db%26c"


def test_a_thank_you_is_recorded_with_its_method_and_shown_in_the_timeline(book: Book) -> None:

    ana = client(book, "Ana", "Souza")
    made = referral(book, ana, prospect(book, "Lucas", "Martin"), ON)
    service = ReferralService(book)
    change = service.record_thanks(made.id, made.version, ON, ThankYouMethod.PHONE)
    assert (change.referral.thanked_on, change.referral.thanked_by) == (ON, ThankYouMethod.PHONE)
    assert any("thanked_by" in s and "thanked_on" in s for s in audit_summaries(book, "referral"))
    thanked = [
        e for e in TimelineService(book).for_contact(ana.id) if e.kind is TimelineKind.THANKED
    ]
    assert [(e.on, e.label, e.other_name) for e in thanked] == [(ON, "phone", "Lucas Martin")]
    # Undo puts the referral back as it was: no date, no method.
    back = service.restore(change.undo)
    assert (back.thanked_on, back.thanked_by) == (None, None)
    with pytest.raises(ValidationError):
        service.record_thanks(made.id, back.version, date(2999, 1, 1), ThankYouMethod.EMAIL)


def test_a_printed_thank_you_is_a_branded_pdf_naming_the_referrer(
    book: Book, tmp_path: Path
) -> None:

    SettingsService(book).save_profile(
        AdvisorProfile(name="Maria Lopes", firm="Lopes Wealth Partners", phone="617 555 0100")
    )
    bob = client(book, "Robert", "Kim", preferred_name="Bob", email="bob@example.com")
    made = referral(book, bob, prospect(book, "Priya", "Shah"), ON)
    service = ThankYouService(book, SettingsService(book), RENDERERS.thank_you_note)
    draft = service.draft(made.id)
    assert (draft.referrer_name, draft.referred_name) == ("Robert Kim", "Priya Shah")
    message = replace(draft.message, body=draft.message.body + "\n\nP.S. <b>Golf</b> soon?")
    for style, size in (
        (ThankYouMethod.LETTER, (612.0, 792.0)),
        (ThankYouMethod.CARD, (432.0, 288.0)),
    ):
        path = tmp_path / f"{style.value}.pdf"
        pages = service.print_note(
            made.id, path, style=style, message=message, dated="July 10, 2026"
        )
        data = path.read_bytes()
        assert pages == 1 and page_sizes(data) == [size]
        text = " ".join(page_texts(data)[0].split())
        assert "Dear Bob," in text and "Priya Shah" in text and "Maria Lopes" in text
        assert "P.S. <b>Golf</b> soon?" in text  # the user's words, never markup
        assert "Lopes Wealth Partners" in text
        if style is ThankYouMethod.LETTER:
            assert "Robert Kim" in text and "July 10, 2026" in text
    with pytest.raises(ValidationError):
        service.print_note(
            made.id, tmp_path / "x.pdf", style=ThankYouMethod.PHONE, message=message, dated=""
        )
    hidden = replace(message, body="Dear Bob,\x1b[2J thanks")
    with pytest.raises(ValidationError) as refused:
        service.print_note(
            made.id, tmp_path / "x.pdf", style=ThankYouMethod.LETTER, message=hidden, dated=""
        )
    assert "control character" in refused.value.problems[0].message
    assert not (tmp_path / "x.pdf").exists()
    a4 = tmp_path / "a4.pdf"
    service.print_note(
        made.id, a4, style=ThankYouMethod.LETTER, message=message, dated="", page_size=PageSize.A4
    )
    assert [round(v) for v in page_sizes(a4.read_bytes())[0]] == [595, 842]
