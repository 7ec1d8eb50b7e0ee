"""Where a batch's kits go and how each file is written (whole or not at all)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from advisor_referrals.domain.errors import BookError
from advisor_referrals.domain.kits import KitClient, unique_file_names
from advisor_referrals.storage.files import private_folder, write_atomically


class ExistingKitsError(BookError):
    """A batch would replace kits already in its folder; nothing was written."""

    def __init__(self, folder: Path, existing: Sequence[Path]) -> None:
        self.existing = tuple(existing)
        shown = ", ".join(path.name for path in existing[:5])
        more = f" and {len(existing) - 5} more" if len(existing) > 5 else ""
        noun = "kit is" if len(existing) == 1 else "kits are"
        super().__init__(
            f"{len(existing)} {noun} already in {folder} ({shown}{more}); nothing was written. "
            "Choose another folder, or replace them (--overwrite on the command line)."
        )


def batch_paths(clients: Sequence[KitClient], folder: Path) -> list[Path]:
    names = unique_file_names((c.name, f"contact {c.contact_id}") for c in clients)
    return [folder / name for name in names]


def write_kit_file(path: Path, data: bytes) -> None:
    """The file appears whole or not at all, so a cancelled or failed run leaves no torn PDF;
    a folder it needs is made owner-only (kits hold client names).

    A kit can be made again, so a batch does not wait for each file to reach the disk.
    """
    directory = path.parent if str(path.parent) else Path(".")
    try:
        private_folder(directory)
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise BookError(f"Cannot write the kit to {path}: {reason}") from None
    write_atomically(path, data, sync=False)
