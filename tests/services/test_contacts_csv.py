"""Contacts CSV files as spreadsheets and CRMs write them, in and out."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from advisor_referrals.domain.contacts import ContactFields
from advisor_referrals.domain.enums import Relationship, Segment, Tier
from advisor_referrals.domain.errors import BookError, ValidationError
from advisor_referrals.services.contacts.editing import ContactService
from advisor_referrals.services.imports.contacts_csv import export_contacts_csv, import_contacts_csv
from advisor_referrals.services.imports.csv_reading import read_csv
from advisor_referrals.services.imports.mapping import preset_named, suggest_mapping
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import AuditRow, ContactRow

HEADER = "first_name,last_name,email,phone,segment,tier,client_since,tags,notes\n"


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def contacts_in(book: Book) -> list[tuple[str, str]]:
    with book.session() as session:
        rows = session.execute(
            select(ContactRow.first_name, ContactRow.last_name).order_by(ContactRow.id)
        ).all()
        return [(r[0], r[1]) for r in rows]


def audit_count(book: Book) -> int:
    with book.session() as session:
        return session.scalar(select(func.count(AuditRow.id))) or 0


def test_bom_excel_quoting_blank_lines_tags_and_any_script(book: Book, tmp_path: Path) -> None:
    text = (
        "\ufeff" + HEADER + "\r\n"
        '"Ana","Souza","ana@example.com","+1 (617) 555-0101",engaged,A,2019-04-01,'
        '"retiree; golf;;Golf","Says ""hello""\r\nand, on a new line"\r\n'
        "\r\n\r\n"
        "美咲,佐藤,misaki@example.jp,,content,,,,\r\n"
        '"Smith & <Co>","O\'Brien, Jr.",,,unknown,b,,,\r\n'
        "محمد,العلي,,,,,,,\r\n"
    )
    summary = import_contacts_csv(book, write(tmp_path / "excel.csv", text))
    assert "4 contacts added" in str(summary)
    service = ContactService(book)
    [ana] = service.find_by_email("ana@example.com")
    assert ana.tags == ("golf", "retiree")
    assert ana.notes == 'Says "hello"\r\nand, on a new line'
    assert (ana.segment, ana.tier, ana.client_since) == (Segment.ENGAGED, Tier.A, date(2019, 4, 1))
    assert contacts_in(book) == [
        ("Ana", "Souza"),
        ("美咲", "佐藤"),
        ("Smith & <Co>", "O'Brien, Jr."),
        ("محمد", "العلي"),
    ]
    smith = service.get(3)
    assert (smith.tier, smith.segment, smith.relationship) == (
        Tier.B,
        Segment.UNKNOWN,
        Relationship.PROSPECT,
    )


def test_every_bad_row_is_named_and_nothing_is_written(book: Book, tmp_path: Path) -> None:
    rows = [HEADER.strip()]
    for number in range(2, 15):
        segment = "loyal" if number == 12 else "engaged"
        since = "2019-02-30" if number == 7 else "2019-04-01"
        email = "not-an-email" if number == 9 else f"p{number}@example.com"
        rows.append(f"P{number},Q{number},{email},,{segment},,{since},,")
    with pytest.raises(ValidationError) as caught:
        import_contacts_csv(book, write(tmp_path / "bad.csv", "\n".join(rows)))
    found = {(p.where, p.field, p.value) for p in caught.value.problems}
    assert found == {
        ("row 7", "client_since", "2019-02-30"),
        ("row 12", "segment", "loyal"),
        ("row 9", "email", "not-an-email"),
    }
    assert "allowed: engaged, content" in str(caught.value)
    assert contacts_in(book) == []
    assert audit_count(book) == 0


def test_columns_must_be_contact_fields(book: Book, tmp_path: Path) -> None:
    unknown = write(tmp_path / "u.csv", "first_name,last_name,Birthday\nAna,Souza,1960-01-01\n")
    with pytest.raises(ValidationError, match=r"Birthday.*unknown column; allowed: first_name"):
        import_contacts_csv(book, unknown)
    nameless = write(tmp_path / "n.csv", "email,city\nana@example.com,Boston\n")
    with pytest.raises(ValidationError, match="needs a first_name or last_name column"):
        import_contacts_csv(book, nameless)
    spill = write(tmp_path / "s.csv", "first_name,last_name\nAna,Souza,extra\n")
    with pytest.raises(ValidationError, match=r"row 2.*3 cells but the header row has 2"):
        import_contacts_csv(book, spill)
    # Missing columns take their defaults; headers match whatever the case and spacing.
    few = write(tmp_path / "few.csv", "First Name,LAST_NAME\nAna,Souza\n\n")
    import_contacts_csv(book, few)
    [ana] = ContactService(book).get_many([1])
    assert (ana.relationship, ana.segment, ana.tags) == (Relationship.PROSPECT, Segment.UNKNOWN, ())


def test_separators_and_encodings_spreadsheets_use(book: Book, tmp_path: Path) -> None:
    import_contacts_csv(book, write(tmp_path / "eu.csv", "first_name;last_name\nJosé;Núñez\n"))
    import_contacts_csv(
        book, write(tmp_path / "u16.csv", "first_name\tlast_name\r\nZoë\tGold\r\n", "utf-16")
    )
    assert contacts_in(book) == [("José", "Núñez"), ("Zoë", "Gold")]
    latin = write(tmp_path / "latin.csv", "first_name,last_name\nJosé,Núñez\n", "latin-1")
    with pytest.raises(BookError, match=r"not UTF-8 text.*line 2.*CSV UTF-8"):
        import_contacts_csv(book, latin)
    empty = write(tmp_path / "empty.csv", "\n\n")
    with pytest.raises(BookError, match="is empty"):
        import_contacts_csv(book, empty)


def test_a_known_email_is_skipped_unless_update(book: Book, tmp_path: Path) -> None:
    service = ContactService(book)
    ana = service.create(
        ContactFields(first_name="Ana", last_name="Souza", email="Ana@Example.com", city="Boston")
    )
    path = write(
        tmp_path / "c.csv",
        "first_name,last_name,email,phone\n"
        "Ana,Souza-Lima,ana@example.COM,+1 617 555 0101\n"
        "Bruno,Lima,bruno@example.com,\n",
    )
    summary = import_contacts_csv(book, path)
    assert "row 2: ana@example.COM is already in the book" in str(summary)
    assert "1 contact added" in str(summary)
    assert service.get(ana.id).last_name == "Souza"
    updated = import_contacts_csv(book, path, update=True)
    assert "1 contact updated" in str(updated)
    assert "bruno@example.com is already in the book" not in str(updated)
    after = service.get(ana.id)
    # Columns the file has are updated; the others keep what the book had.
    assert (after.last_name, after.phone, after.city) == ("Souza-Lima", "+1 617 555 0101", "Boston")
    assert after.version == ana.version + 1
    with book.session() as session:
        entry = session.scalars(
            select(AuditRow).where(AuditRow.action == "update", AuditRow.entity_id == ana.id)
        ).one()
        assert entry.changes["last_name"] == ["Souza", "Souza-Lima"]


def test_a_dry_run_writes_nothing(book: Book, tmp_path: Path) -> None:
    path = write(tmp_path / "c.csv", "first_name,last_name\nAna,Souza\nBruno,Lima\n")
    summary = import_contacts_csv(book, path, dry_run=True)
    assert "nothing was written" in str(summary)
    assert "2 contacts added" in str(summary)
    assert contacts_in(book) == []
    assert audit_count(book) == 0


FORMULAS = ["=cmd|' /C calc'!A0", "+1 617 555 0101", "-2+3", "@SUM(A1:A2)", "'=already quoted"]


def test_formula_looking_cells_are_neutralised_and_come_back_exactly(
    book: Book, tmp_path: Path
) -> None:
    service = ContactService(book)
    for number, text in enumerate(FORMULAS):
        service.create(
            ContactFields(
                first_name=text, last_name=f"N{number}", notes=text, tags=("=HYPERLINK(x)",)
            )
        )
    first = tmp_path / "first.csv"
    export_contacts_csv(book, first)
    cells = list(csv.reader(io.StringIO(first.read_text(encoding="utf-8-sig"))))
    assert [row[0] for row in cells[1:]] == ["'" + text for text in FORMULAS]
    tags = cells[0].index("tags")
    assert all(row[tags] == "'=HYPERLINK(x)" for row in cells[1:])

    fresh = tmp_path / "fresh.sqlite3"
    from advisor_referrals.storage.opening import open_book

    other = open_book(str(fresh))
    try:
        import_contacts_csv(other, first)
        assert [c[0] for c in contacts_in(other)] == FORMULAS
        second = tmp_path / "second.csv"
        export_contacts_csv(other, second)
        assert first.read_bytes() == second.read_bytes()
    finally:
        other.close()


def test_export_round_trip_and_chosen_contacts(book: Book, tmp_path: Path) -> None:
    service = ContactService(book)
    made = [
        service.create(ContactFields(first_name="Ana", last_name="Souza", tags=("b", "a"))),
        service.create(ContactFields(first_name="Zoë", last_name="Gold", household="Gold")),
        service.create(ContactFields(first_name="王", last_name="小明", notes="多行\n笔记")),
    ]
    service.set_archived(made[0].id, made[0].version, archived=True)
    everyone = tmp_path / "all.csv"
    summary = export_contacts_csv(book, everyone)
    assert str(summary).endswith(
        "2 contacts. 1 archived contact left out (a .json book file keeps them)."
    )
    chosen = tmp_path / "chosen.csv"
    export_contacts_csv(book, chosen, [made[2].id, made[0].id])
    rows = list(csv.DictReader(io.StringIO(chosen.read_text(encoding="utf-8-sig"))))
    assert [(r["first_name"], r["tags"]) for r in rows] == [("王", ""), ("Ana", "a;b")]
    assert everyone.read_bytes().startswith(b"\xef\xbb\xbffirst_name,last_name,")


def test_presets_map_crm_exports(book: Book, tmp_path: Path) -> None:
    outlook = write(
        tmp_path / "outlook.csv",
        "First Name,Last Name,E-mail Address,Mobile Phone,Home Phone,Home City,Categories,"
        "Birthday\n"
        "Ana,Souza,ana@example.com,,+1 617 555 0101,Boston,Golf;VIP,4/1/1960\n",
    )
    table = read_csv(outlook)
    mapping = suggest_mapping(table.headers)
    assert mapping.preset == "Outlook"
    assert mapping.targets == (
        "first_name",
        "last_name",
        "email",
        "phone",
        "phone",
        "city",
        "tags",
        None,
    )
    import_contacts_csv(book, outlook, mapping=mapping)
    [ana] = ContactService(book).find_by_email("ana@example.com")
    assert (ana.phone, ana.city, ana.tags) == ("+1 617 555 0101", "Boston", ("Golf", "VIP"))

    google = write(
        tmp_path / "google.csv",
        "Name,E-mail 1 - Value,Labels\nBruno Carvalho Lima,bruno@example.com,* myContacts\n",
    )
    mapping = suggest_mapping(read_csv(google).headers)
    assert mapping.preset == "Google Contacts"
    import_contacts_csv(book, google, mapping=mapping)
    [bruno] = ContactService(book).find_by_email("bruno@example.com")
    assert (bruno.first_name, bruno.last_name) == ("Bruno Carvalho", "Lima")

    redtail = write(
        tmp_path / "redtail.csv",
        "First Name,Last Name,Status,Category,Client Since\nCarla,Dias,Active,A Client,12/31/2015\n",
    )
    mapping = suggest_mapping(read_csv(redtail).headers)
    assert mapping.preset == preset_named("Redtail CRM").name
    import_contacts_csv(book, redtail, mapping=mapping)
    carla = ContactService(book).get(3)
    assert (carla.relationship, carla.tier, carla.client_since) == (
        Relationship.CLIENT,
        Tier.A,
        date(2015, 12, 31),
    )
