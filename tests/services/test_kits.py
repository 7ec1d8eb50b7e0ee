"""Kits for contacts in the book: found by id or email, saved, and remembered."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from advisor_referrals.domain.contacts import ContactFields
from advisor_referrals.domain.enums import Relationship, Segment
from advisor_referrals.domain.errors import NotFoundError
from advisor_referrals.domain.kits import LeftOut, PageSize
from advisor_referrals.domain.profile import AdvisorProfile
from advisor_referrals.reports.renderers import kit_renderer
from advisor_referrals.services.contacts.editing import ContactService
from advisor_referrals.services.kits import KitService
from advisor_referrals.services.progress import Progress
from advisor_referrals.services.settings import SettingsService
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import AuditRow, KitHistoryRow, TriggerKindRow
from tests.support.pdf import page_texts

DISCLOSURE = "Securities offered through Example Securities, member FINRA/SIPC."


def add(book: Book, first: str, last: str, email: str | None = None) -> int:
    fields = ContactFields(
        first_name=first, last_name=last, email=email, relationship=Relationship.CLIENT
    )
    return ContactService(book).create(fields).id


@pytest.fixture
def profiled(book: Book) -> Book:
    SettingsService(book).save_profile(
        AdvisorProfile(
            name="Maria Lopes",
            firm="Lopes & Partners",
            email="maria@lopes.example",
            website="lopes.example",
            disclosures=DISCLOSURE,
        )
    )
    return book


def test_a_saved_kit_is_recorded_in_history_and_audit(profiled: Book, tmp_path: Path) -> None:
    ana = add(profiled, "Ana", "Souza", "ana@example.com")
    kits = KitService(profiled, kit_renderer)
    kit = kits.preview(ana, PageSize.A4)
    assert kits.history(ana) == []  # a preview alone is not a kit given to anyone
    written = kits.save(kit, tmp_path / "ana.pdf")
    assert written.path.read_bytes() == kit.data
    [entry] = kits.history(ana)
    assert (entry.page_size, entry.pages, entry.file_name) == (PageSize.A4, kit.pages, "ana.pdf")
    assert entry.generated_by == profiled.user
    with profiled.session() as session:
        summaries = session.scalars(
            select(AuditRow.summary).where(AuditRow.entity == "contact", AuditRow.action == "kit")
        ).all()
    assert summaries == [f"Referral kit for Ana Souza (A4, {kit.pages} pages) saved as ana.pdf"]


def test_a_kit_lists_only_active_conversations(profiled: Book) -> None:
    with profiled.write() as session:
        session.execute(
            update(TriggerKindRow).where(TriggerKindRow.key == "divorce").values(active=False)
        )
    ana = add(profiled, "Ana", "Souza")
    text = " ".join(
        page_texts(KitService(profiled, kit_renderer).preview(ana, PageSize.LETTER).data)
    )
    assert "Buying a home" in text
    assert "Going through a divorce" not in text
    for page in page_texts(KitService(profiled, kit_renderer).preview(ana, PageSize.LETTER).data):
        assert DISCLOSURE in " ".join(page.split())


def test_contacts_are_found_by_id_or_email(book: Book) -> None:
    ana = add(book, "Ana", "Souza", "Ana@Example.com")
    bob = add(book, "Bob", "Reed", "bob@example.com")
    kits = KitService(book, kit_renderer)
    assert kits.resolve([str(bob), "ana@example.COM", str(bob)]) == [bob, ana]


def test_unknown_contacts_are_all_named(book: Book) -> None:
    ana = add(book, "Ana", "Souza", "ana@example.com")
    with pytest.raises(NotFoundError) as raised:
        KitService(book, kit_renderer).resolve([str(ana), "999", "nobody@example.com"])
    assert "999" in str(raised.value) and "nobody@example.com" in str(raised.value)


def test_an_email_shared_by_two_contacts_asks_for_the_id(book: Book) -> None:
    first = add(book, "Ana", "Souza", "family@example.com")
    second = add(book, "Rui", "Souza", "family@example.com")
    with pytest.raises(NotFoundError, match=f"ids {first}, {second}"):
        KitService(book, kit_renderer).resolve(["family@example.com"])


def test_a_batch_writes_one_uniquely_named_file_per_client(book: Book, tmp_path: Path) -> None:
    ids = [add(book, "Ana", "Souza"), add(book, "Ana", "Souza"), add(book, "太郎", "山田")]
    ids.append(add(book, "A/B", "C:D"))
    result = KitService(book, kit_renderer).write_batch(ids, tmp_path / "kits", PageSize.LETTER)
    names = sorted(p.name for p in (tmp_path / "kits").iterdir())
    assert names == ["A B C D.pdf", "Ana Souza (2).pdf", "Ana Souza.pdf", "山田太郎.pdf"]
    assert not result.cancelled and len(result.written) == 4
    with book.session() as session:
        recorded = session.scalars(select(KitHistoryRow.contact_id)).all()
    assert sorted(recorded) == sorted(ids)


def test_cancelling_a_batch_keeps_and_records_only_the_kits_written(
    book: Book, tmp_path: Path
) -> None:
    ids = [add(book, f"Client{n}", "Test") for n in range(6)]
    progress = Progress()
    progress.callback = lambda done, total, _: progress.cancel() if done == 2 else None
    folder = tmp_path / "kits"
    result = KitService(book, kit_renderer).write_batch(ids, folder, PageSize.LETTER, progress)
    assert result.cancelled
    assert [w.client.contact_id for w in result.written] == ids[:2]
    assert sorted(p.name for p in folder.iterdir()) == ["Client0 Test.pdf", "Client1 Test.pdf"]
    with book.session() as session:
        recorded = session.scalars(select(KitHistoryRow.contact_id)).all()
    assert sorted(recorded) == ids[:2]


def test_printing_is_recorded_without_a_file(book: Book) -> None:
    ana = add(book, "Ana", "Souza")
    kits = KitService(book, kit_renderer)
    kits.record_printed(kits.preview(ana, PageSize.LETTER))
    [entry] = kits.history(ana)
    assert entry.file_name == ""


def test_a_selection_says_who_a_kit_is_not_for_in_the_order_given(book: Book) -> None:
    contacts = ContactService(book)

    def person(first: str, **fields: Any) -> int:
        return contacts.create(ContactFields(first_name=first, last_name="Test", **fields)).id

    ana = person("Ana", relationship=Relationship.CLIENT, segment=Segment.ENGAGED)
    bo = person("Bo", relationship=Relationship.CLIENT, do_not_ask=True)
    cy = person("Cy", relationship=Relationship.CLIENT, segment=Segment.DISGRUNTLED)
    dee = person("Dee", relationship=Relationship.PROSPECT)
    eli = person("Eli", relationship=Relationship.FORMER_CLIENT)
    fay = person("Fay", relationship=Relationship.CENTER_OF_INFLUENCE, profession="CPA")
    kits = KitService(book, kit_renderer)
    found = kits.candidates([fay, ana, bo, cy, dee, eli, 99_999])
    assert [(c.name, c.left_out) for c in found] == [
        ("Fay Test", (LeftOut.CENTER_OF_INFLUENCE,)),
        ("Ana Test", ()),
        ("Bo Test", (LeftOut.DO_NOT_ASK,)),
        ("Cy Test", (LeftOut.DISGRUNTLED,)),
        ("Dee Test", (LeftOut.PROSPECT,)),
        ("Eli Test", (LeftOut.FORMER_CLIENT,)),
    ]
    # A centre of influence's kit is the one for professionals; a client's the thank-you.
    batch = kits.gather([fay, ana])
    assert [c.professional for c in batch.clients] == [True, False]
