"""Every file and folder a command makes that can hold client data is owner-only, whatever
the umask: each command runs in its own process with umask 000 (everything readable and
writable by everyone unless the app says otherwise), and every path it added is listed."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PASSPHRASE = "correct horse battery"

# Run with the umask every process of a careless session might have; the program after it.
PRELUDE = "import os, sys\nos.umask(0)\n"
CLI = PRELUDE + "from advisor_referrals.cli import main\nsys.exit(main(sys.argv[1:]))\n"


def listing(root: Path) -> dict[Path, int]:
    found = {}
    for folder, folders, files in os.walk(root):
        for name in folders + files:
            path = Path(folder) / name
            found[path] = stat.S_IMODE(path.lstat().st_mode)
    return found


class Workspace:
    """A home of its own (data, logs) and a folder of the user's, `out`, made 0755 by them."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.home = root / "home"
        self.out = root / "out"
        self.out.mkdir(mode=0o755)
        os.chmod(self.out, 0o755)
        self.book = self.home / "books" / "new" / "book.sqlite3"
        self.env = {
            **os.environ,
            "HOME": str(self.home),
            "XDG_DATA_HOME": str(self.home / "data"),
            "XDG_STATE_HOME": str(self.home / "state"),
            "XDG_CONFIG_HOME": str(self.home / "config"),
            "XDG_CACHE_HOME": str(self.home / "cache"),
            "ADVISOR_REFERRALS_NEW_PASSPHRASE": PASSPHRASE,
            "PYTHONPATH": str(ROOT),
        }
        self.env.pop("ADVISOR_REFERRALS_DB", None)
        self.env.pop("ADVISOR_REFERRALS_PASSPHRASE", None)
        self.made: list[tuple[str, Path, int]] = []

    def run(self, label: str, program: str, *args: str, passphrase: bool = False) -> str:
        env = dict(self.env)
        if passphrase:
            env["ADVISOR_REFERRALS_PASSPHRASE"] = PASSPHRASE
        before = listing(self.root)
        done = subprocess.run(
            [sys.executable, "-c", program, *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=240,
            check=False,
        )
        assert done.returncode == 0, f"{label}: {done.stderr}"
        after = listing(self.root)
        for path, mode in after.items():
            if path not in before or (mode != before[path] and not path.is_relative_to(self.out)):
                self.made.append((label, path, mode))
        return done.stdout

    def cli(self, label: str, *args: str, passphrase: bool = False) -> str:
        return self.run(label, CLI, "--db", str(self.book), *args, passphrase=passphrase)


def test_every_command_makes_only_owner_only_files_and_folders(tmp_path: Path) -> None:
    space = Workspace(tmp_path)
    out = space.out
    space.cli("demo", "demo", "--clients", "30")
    space.cli("export json", "export", str(out / "book.json"))
    space.cli("export csv", "export", str(out / "contacts.csv"))
    for suffix in ("pdf", "xlsx", "csv", "json"):
        space.cli(
            f"report {suffix}", "report", "--quarter", "2026Q3", "--out", str(out / f"q.{suffix}")
        )
    space.cli("kit", "kit", "1", "--out", str(out / "kit.pdf"))
    space.cli("kit batch", "kit", "1", "2", "3", "--out", str(out / "kits" / "batch") + "/")
    space.cli("audit export", "audit", "export", "--out", str(out / "audit.json"))
    space.cli("backup", "backup", "--out", str(out / "backup.sqlite3"))
    space.cli("restore", "restore", str(out / "backup.sqlite3"))
    space.cli("encrypt", "encrypt", "--keep-plain", str(out / "plain-copy.sqlite3"))
    space.cli("report of the encrypted book", "report", "--quarter", "2026Q3",
              "--out", str(out / "q2.pdf"), passphrase=True)  # fmt: skip
    space.cli("change-passphrase", "change-passphrase", passphrase=True)
    space.cli("decrypt", "decrypt", "--keep-encrypted", str(out / "encrypted-copy.sqlite3"),
              passphrase=True)  # fmt: skip
    # The default book in the user data folder, made by a command without --db.
    space.run("default book", CLI, "demo", "--clients", "5")
    # What the app does besides the commands: automatic backups, the book's -wal and -shm
    # while it is open, and the exports of its dialogs.
    space.run(
        "app work",
        PRELUDE
        + textwrap.dedent(
            f"""
            from datetime import date
            from pathlib import Path
            from advisor_referrals.services.audit.reading import AuditFilter, AuditLog
            from advisor_referrals.services.referrals.compliance import ComplianceService
            from advisor_referrals.services.reviews.calendar_export import CalendarExport
            from advisor_referrals.services.safety import backup
            from advisor_referrals.services.settings import SettingsService
            from advisor_referrals.storage.opening import open_book
            book = open_book({str(space.book)!r})
            backup.auto_backup(book)
            CalendarExport(book, SettingsService(book)).export_file(
                Path({str(out / "reviews.ics")!r})
            )
            AuditLog(book).export_csv(AuditFilter(), Path({str(out / "audit.csv")!r}))
            ComplianceService(book).export_csv(Path({str(out / "ledger.csv")!r}))
            from advisor_referrals.services.contacts.editing import ContactService
            from advisor_referrals.domain.contacts import ContactFields
            ContactService(book).create(ContactFields(first_name="Ana", last_name="Souza"))
            for suffix in ("-wal", "-shm"):
                side = Path(str(book.path) + suffix)
                assert side.exists(), side
                print(side, oct(side.stat().st_mode & 0o777))
            book.close()
            """
        ),
    )
    assert space.made, "the commands made nothing?"
    made = {path for _label, path, _mode in space.made}
    expected = [
        space.book,
        space.home / "books" / "new",
        space.home / "books",
        space.home / "data" / "advisor-referrals" / "book.sqlite3",
        space.home / "data" / "advisor-referrals" / "backups",
        space.home / "state" / "advisor-referrals" / "log" / "advisor-referrals.log",
        out / "book.json",
        out / "q.xlsx",
        out / "kits" / "batch",
        out / "backup.sqlite3",
        out / "plain-copy.sqlite3",
        out / "encrypted-copy.sqlite3",
        out / "audit.json",
        out / "audit.csv",
        out / "ledger.csv",
        out / "reviews.ics",
    ]
    assert [path for path in expected if path not in made] == []
    assert any(p.name.startswith("book.replaced-") for p in made), "restore kept the old book"
    open_to_others = [
        f"{label}: {path.relative_to(tmp_path)} is {oct(mode)}"
        for label, path, mode in space.made
        if mode != (0o700 if path.is_dir() else 0o600) and not path.is_symlink()
    ]
    assert open_to_others == []


@pytest.mark.parametrize("umask", [0o022, 0o000])
def test_a_book_and_its_log_files_stay_private_while_open(tmp_path: Path, umask: int) -> None:
    space = Workspace(tmp_path)
    said = space.run(
        "open book",
        f"import os\nos.umask({umask})\n"
        + textwrap.dedent(
            f"""
            from pathlib import Path
            from advisor_referrals.domain.contacts import ContactFields
            from advisor_referrals.services.contacts.editing import ContactService
            from advisor_referrals.storage.opening import open_book
            book = open_book({str(space.book)!r})
            ContactService(book).create(ContactFields(first_name="Ana", last_name="Souza"))
            for suffix in ("", "-wal", "-shm"):
                side = Path(str(book.path) + suffix)
                print(suffix or "book", oct(side.stat().st_mode & 0o777))
            book.close()
            """
        ),
    )
    assert said.split() == ["book", "0o600", "-wal", "0o600", "-shm", "0o600"]
