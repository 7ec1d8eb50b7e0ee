"""Other tools' exports imported with no flags, on SQLite and PostgreSQL: the files in
tests/data/imports follow each tool's documented header and quirks (multi-value cells,
code pages, quoted line breaks, byte order marks, a report footer, vCard 2.1 to 4.0)."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from advisor_referrals.cli import main
from advisor_referrals.domain.enums import Relationship, Tier
from advisor_referrals.services.imports.person_names import split_name
from advisor_referrals.services.imports.text_encoding import detect
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import ContactRow
from advisor_referrals.storage.rows import contact_from_row

DATA = Path(__file__).resolve().parent.parent / "data" / "imports"
# file -> (encoding it is written in, first and last name columns)
CSV_FILES = {
    "google.csv": ("utf-8", "First Name", "Last Name"),
    "outlook-cp1252.csv": ("cp1252", "First Name", "Last Name"),
    "wealthbox.csv": ("utf-8", "First Name", "Last Name"),
    "redtail.csv": ("utf-8", "First Name", "Last Name"),
    "salesforce.csv": ("utf-8", "First Name", "Last Name"),
    "hubspot.csv": ("utf-8-sig", "First Name", "Last Name"),
}


def run(book: Book, *args: str) -> int:
    return main(["--db", book.target, *args])


def contacts(book: Book) -> list:  # type: ignore[type-arg]
    with book.session() as session:
        rows = session.scalars(select(ContactRow).order_by(ContactRow.id)).all()
        return [contact_from_row(row) for row in rows]


def names_in(name: str) -> list[tuple[str, str]]:
    encoding, first, last = CSV_FILES[name]
    text = (DATA / name).read_bytes().decode(encoding)
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    return [(r[first], r[last]) for r in rows if r.get(first) or r.get(last)]


def imported(book: Book, name: str, capsys: pytest.CaptureFixture[str], *flags: str) -> str:
    assert run(book, "import", str(DATA / name), *flags) == 0, capsys.readouterr().err
    return capsys.readouterr().out


@pytest.mark.parametrize("name", sorted(CSV_FILES))
def test_each_tools_export_imports_with_every_name_as_written(
    book: Book, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = imported(book, name, capsys)
    expected = names_in(name)
    if name == "wealthbox.csv":  # the organisation's record is named by its company
        expected = [pair if any(pair) else ("", "Helping Hands Foundation") for pair in expected]
        expected.insert(5, ("", "Helping Hands Foundation"))
    got = [(c.first_name, c.last_name) for c in contacts(book)]
    assert got == expected
    assert f"{len(expected)} contacts added" in out


def test_google_multi_values_go_to_the_notes_and_labels_become_tags(
    book: Book, capsys: pytest.CaptureFixture[str]
) -> None:
    out = imported(book, "google.csv", capsys)
    assert "Google Contacts" in out
    ana, jean, david, *_rest = contacts(book)
    assert ana.email == "ana.souza@example.com"
    assert ana.phone == "+1 617-555-0101"
    assert "Other emails: ana@souza-arq.example.com, asouza@work.example.com" in ana.notes
    assert "Other phones: +1 617-555-0199, +1 617-555-0150" in ana.notes
    assert "Met at the Boston seminar.\nPrefers email." in ana.notes
    assert ana.preferred_name == "Aninha" and ana.profession == "Architect"
    assert ana.tags == ("Clients",)
    assert jean.tags == ("Clients", "Golf") and "Title: Dr." in jean.notes
    assert david.tags == ("Prospects",)  # * myContacts and * starred are Google's own groups
    assert "Suffix: Jr." in david.notes
    assert all(not t.startswith("*") for c in contacts(book) for t in c.tags)


def test_an_outlook_export_in_the_windows_code_page_is_read_without_being_told(
    book: Book, capsys: pytest.CaptureFixture[str]
) -> None:
    raw = (DATA / "outlook-cp1252.csv").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert detect(raw) == "cp1252"
    out = imported(book, "outlook-cp1252.csv", capsys)
    assert "Text read as Windows-1252 (detected)." in out
    jose, francois, zoe, inigo = contacts(book)
    assert (jose.city, jose.tags) == ("Zürich", ("Clients", "Golf"))
    assert jose.notes.startswith("Met at the café.\nFee €1,200 a year.")
    assert francois.city == "Montréal" and "Spouse: Hélène" in francois.notes
    # An Exchange sender's first address is an X.500 path: the SMTP one is used.
    assert zoe.email == "zoe.obrien@example.com" and "Exchange address: /o=" in zoe.notes
    assert inigo.notes.startswith('Refers "often";\nsee file')
    assert "Company: Açaí Ltda" in inigo.notes


def test_wealthbox_types_tags_and_advisor_are_kept_with_their_decisions(
    book: Book, capsys: pytest.CaptureFixture[str]
) -> None:
    out = imported(book, "wealthbox.csv", capsys)
    assert "Wealthbox contact type Vendor: 1 row, imported as a centre of influence, tagged" in out
    assert "Wealthbox contact type Deceased Client: 1 row, former client, archived, noted" in out
    assert "Wealthbox contact type Friend: 1 row, no such value here, kept as a tag" in out
    assert "Advisor of record (Jane Advisor, Tom Planner): 8 rows." in out
    by_name = {c.last_name: c for c in contacts(book)}
    peggy = by_name["Whitfield"]
    assert peggy.tags == ("Golf", "Retiree")
    assert peggy.household == "Whitfield Household"
    assert peggy.relationship is Relationship.CLIENT
    assert str(peggy.client_since) == "2012-04-01"
    assert peggy.advisor == "Jane Advisor"  # the advisor of record (a name: no practice here)
    assert "Jane Advisor" not in peggy.notes
    assert by_name["Finch"].relationship is Relationship.CENTER_OF_INFLUENCE
    assert by_name["Finch"].tags == ("Attorney", "Estate planning", "Vendor")
    assert by_name["Gale"].is_archived and by_name["Gale"].do_not_ask
    assert by_name["Osei"].relationship is Relationship.FORMER_CLIENT
    assert by_name["Wilson"].tags == ("Friend",)


def test_redtail_statuses_and_categories_take_their_nearest_meaning(
    book: Book, capsys: pytest.CaptureFixture[str]
) -> None:
    out = imported(book, "redtail.csv", capsys)
    assert "Redtail status Deceased: 1 row, archived, noted" in out
    assert "Redtail category D Client: 1 row, no tier (tiers here are A, B and C), tagged" in out
    by_first = {c.first_name: c for c in contacts(book)}
    assert by_first["Walter"].tier is Tier.A and by_first["Walter"].household == "Bishop Family"
    assert by_first["Walter"].tags == ("Golf", "Retiree")
    assert by_first["Astrid"].relationship is Relationship.PROSPECT
    assert by_first["Peter"].tier is None and by_first["Peter"].tags == ("D Client",)
    assert (
        by_first["William"].is_archived and "Redtail status: Deceased" in by_first["William"].notes
    )
    assert by_first["Olivia"].relationship is Relationship.FORMER_CLIENT
    assert by_first["Olivia"].advisor == "Tom Planner"


def test_strict_refuses_the_values_with_no_exact_place(
    book: Book, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(book, "import", str(DATA / "redtail.csv"), "--strict") == 2
    err = capsys.readouterr().err
    assert "row 6, Redtail status Deceased: has no exact place here" in err
    assert "nothing was changed" in err
    assert contacts(book) == []


def test_a_salesforce_reports_footer_is_not_taken_for_contacts(
    book: Book, capsys: pytest.CaptureFixture[str]
) -> None:
    out = imported(book, "salesforce.csv", capsys)
    assert "The report's footer (4 lines) was left out." in out
    grace = contacts(book)[0]
    assert grace.notes.startswith("Pioneer of compilers.\nPrefers phone calls.")
    assert grace.advisor == "Jane Advisor"
    assert "Lead source: Referral" in grace.notes


def test_hubspot_lifecycle_stages_and_bom(book: Book, capsys: pytest.CaptureFixture[str]) -> None:
    assert (DATA / "hubspot.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    out = imported(book, "hubspot.csv", capsys)
    assert "HubSpot lifecycle stage Lead: 1 row, imported as a prospect" in out
    priya, marcus, *_ = contacts(book)
    assert priya.relationship is Relationship.CLIENT and str(priya.client_since) == "2024-03-01"
    assert "Other emails: priya.r@gmail.example.com, praman@acme.example.com" in priya.notes
    assert marcus.relationship is Relationship.PROSPECT


def test_vcards_of_every_version_import(book: Book, capsys: pytest.CaptureFixture[str]) -> None:
    imported(book, "contacts.vcf", capsys)
    jean, david, juergen, cher = contacts(book)
    assert (jean.first_name, jean.last_name) == ("Jean", "de la Fontaine")
    assert jean.email == "jean@fontaine.example.fr" and jean.city == "Paris"
    assert jean.tags == ("Clients", "Golf")
    assert "Prefers letters, not email." in jean.notes
    assert (david.last_name, david.preferred_name, david.phone) == (
        "Smith",
        "Dave",
        "+1-303-555-0147",
    )
    assert (juergen.first_name, juergen.last_name) == ("Jürgen", "Müller")  # 2.1, quoted-printable
    assert (cher.first_name, cher.last_name) == ("Cher", "")


@pytest.mark.parametrize(
    ("whole", "first", "last", "kept"),
    [
        ("Jean de la Fontaine", "Jean", "de la Fontaine", ""),
        ("David Smith Jr.", "David", "Smith", "Jr."),
        ("Dr. Ana María Souza", "Ana María", "Souza", "Dr."),
        ("Ludwig van Beethoven", "Ludwig", "van Beethoven", ""),
        ("Souza, Ana", "Ana", "Souza", ""),
        ("佐藤 美咲", "美咲", "佐藤", ""),
    ],
)
def test_whole_names_split_as_people_write_them(
    whole: str, first: str, last: str, kept: str
) -> None:
    split = split_name(whole)
    assert (split.first, split.last) == (first, last)
    assert kept in (split.title, split.suffix)


def test_a_whole_name_column_is_split(
    book: Book, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "names.vcf"
    path.write_text(
        "BEGIN:VCARD\nVERSION:3.0\nFN:Jean de la Fontaine\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:David Smith Jr.\nEND:VCARD\n",
        encoding="utf-8",
    )
    assert run(book, "import", str(path)) == 0
    jean, david = contacts(book)
    assert (jean.first_name, jean.last_name) == ("Jean", "de la Fontaine")
    assert (david.first_name, david.last_name) == ("David", "Smith")
    assert "Suffix: Jr." in david.notes


def test_the_same_person_by_name_and_phone_is_not_added_twice(
    book: Book, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = tmp_path / "first.csv"
    first.write_text("first_name,last_name,phone\nJosé,Núñez,+1 617 555 0101\nAna,Lima,\n", "utf-8")
    assert run(book, "import", str(first)) == 0
    again = tmp_path / "again.csv"
    again.write_text(
        "first_name,last_name,phone\njose,NUNEZ,(617) 555-0101\nAna,Lima,+1 303 555 0100\n", "utf-8"
    )
    assert run(book, "import", str(again)) == 0
    out = capsys.readouterr().out
    assert "row 2: José Núñez (same name and phone) is already in the book" in out
    assert (
        "may already be in the book under the same name (row 3: likely the same person as Ana Lima)"
        in out
    )
    assert len(contacts(book)) == 3


def export(book: Book, path: Path) -> dict:  # type: ignore[type-arg]
    assert run(book, "export", str(path)) == 0
    data = json.loads(path.read_text(encoding="utf-8"))
    return data  # type: ignore[no-any-return]


def test_undoing_an_import_gives_back_the_book_exactly(
    book: Book, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = tmp_path / "base.csv"
    base.write_text(
        "first_name,last_name,email,tags,household\n"
        "Ana,Souza,ana@example.com,VIP,Souza\nBruno,Lima,bruno@example.com,,\n",
        encoding="utf-8",
    )
    assert run(book, "import", str(base)) == 0
    before = export(book, tmp_path / "before.json")
    update = tmp_path / "update.csv"
    update.write_text(
        "first_name,last_name,email,tags,household,segment\n"
        "Anna,Souza,ana@example.com,Golf,Souza-Lima,engaged\n"
        "Carla,Dias,carla@example.com,New tag,Dias,\n",
        encoding="utf-8",
    )
    assert run(book, "import", str(update), "--update") == 0
    out = capsys.readouterr().out
    assert "1 contact added, 1 contact updated" in out
    assert export(book, tmp_path / "during.json") != before
    assert run(book, "undo-import") == 0
    assert "1 contact removed, 1 contact restored" in capsys.readouterr().out
    assert export(book, tmp_path / "after.json") == before
    assert run(book, "undo-import", "2") == 2
    assert "already undone" in capsys.readouterr().err


def test_an_undo_names_contacts_changed_since_and_undoes_the_rest_when_asked(
    book: Book, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from advisor_referrals.services.contacts.editing import ContactService

    path = tmp_path / "new.csv"
    path.write_text("first_name,last_name\nAna,Souza\nBruno,Lima\n", encoding="utf-8")
    assert run(book, "import", str(path)) == 0
    service = ContactService(book)
    ana = contacts(book)[0]
    service.update(ana.id, ana.version, ana.as_fields().edited(city="Lisbon"))
    assert run(book, "undo-import") == 2
    err = capsys.readouterr().err
    assert "Ana Souza (edited since)" in err and "Nothing was undone" in err
    assert len(contacts(book)) == 2
    assert run(book, "undo-import", "--skip-changed") == 0
    assert "Ana Souza (edited since)" in capsys.readouterr().out
    assert [(c.first_name, c.city) for c in contacts(book)] == [("Ana", "Lisbon")]


def test_skip_invalid_imports_the_good_rows_and_the_corrected_rejects_import_cleanly(
    book: Book, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "redtail.csv"
    text = (DATA / "redtail.csv").read_text(encoding="utf-8")
    text = text.replace("nina@sharp.example.com", "nina(at)sharp").replace(
        "11/20/2015", "13/45/2015"
    )
    source.write_text(text, encoding="utf-8")
    assert run(book, "import", str(source)) == 2  # all or nothing without the flag
    assert contacts(book) == []
    capsys.readouterr()
    rejects = tmp_path / "rejects.csv"
    assert run(book, "import", str(source), "--skip-invalid", str(rejects)) == 0
    out = capsys.readouterr().out
    assert "5 contacts added" in out and "Not imported: 1 row with problems, written to" in out
    with rejects.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["First Name"] for r in rows] == ["Nina"]
    assert "email: not an email address" in rows[0]["Import problems"]
    assert "client_since" in rows[0]["Import problems"]
    fixed = rejects.read_text(encoding="utf-8-sig")
    fixed = fixed.replace("nina(at)sharp", "nina@sharp.example.com").replace(
        "13/45/2015", "11/20/2015"
    )
    rejects.write_text(fixed, encoding="utf-8")
    assert run(book, "import", str(rejects)) == 0
    assert "1 contact added" in capsys.readouterr().out
    nina = next(c for c in contacts(book) if c.first_name == "Nina")
    assert nina.email == "nina@sharp.example.com" and nina.tier is Tier.B
    assert len(contacts(book)) == 6


def test_the_layout_and_encoding_can_be_named(
    book: Book, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "export.csv"
    shutil.copy(DATA / "outlook-cp1252.csv", copy)
    assert run(book, "import", str(copy), "--from", "outlook", "--encoding", "cp1252") == 0
    assert "Text read as Windows-1252 (as asked)." in capsys.readouterr().out
    assert run(book, "import", str(copy), "--from", "ours", "--dry-run") == 2
    assert "unknown column" in capsys.readouterr().err
