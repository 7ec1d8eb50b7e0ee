"""What an import or export did, in words the command line prints and the app shows."""

from __future__ import annotations

from dataclasses import dataclass, field

SKIPPED_SHOWN = 20


def singular(phrase: str) -> str:
    """'contacts added' -> 'contact added', 'kit history entries' -> 'kit history entry'."""
    words = phrase.split(" ")
    for index, word in enumerate(words):
        if word.endswith("ies"):
            words[index] = word[:-3] + "y"
            break
        if word.endswith("s") and not word.endswith("ss"):
            words[index] = word[:-1]
            break
    return " ".join(words)


def counted(number: int, phrase: str) -> str:
    """A count with its noun: '1 contact', '2,000 contacts' (the phrase is given in the plural)."""
    return f"{number:,} {singular(phrase) if number == 1 else phrase}"


@dataclass
class ImportSummary:
    source: str
    what: str  # "book file" or "contacts file"
    dry_run: bool = False
    counts: dict[str, int] = field(default_factory=dict)  # plural noun -> number, in order
    skipped: list[str] = field(default_factory=list)  # one line per skipped row, with the reason
    notes: list[str] = field(default_factory=list)
    batch_id: int | None = None  # the import batch recorded (contacts files), for undo

    def count(self, noun: str) -> int:
        return self.counts.get(noun, 0)

    def described_counts(self) -> str:
        first = next(iter(self.counts), None)
        parts = [counted(n, noun) for noun, n in self.counts.items() if n or noun == first]
        return ", ".join(parts) or "nothing"

    def __str__(self) -> str:
        name = self.source or f"the {self.what}"
        if self.dry_run:
            lines = [
                f"Checked {name}: no problems found. Dry run: nothing was written.",
                f"Importing it would give: {self.described_counts()}.",
            ]
        else:
            lines = [f"Imported {name}: {self.described_counts()}."]
        if self.skipped:
            verb = "would be skipped" if self.dry_run else "skipped"
            lines.append(f"{counted(len(self.skipped), 'rows')} {verb}:")
            lines += [f"  {line}" for line in self.skipped[:SKIPPED_SHOWN]]
            if len(self.skipped) > SKIPPED_SHOWN:
                lines.append(f"  … and {len(self.skipped) - SKIPPED_SHOWN:,} more")
        lines += self.notes
        return "\n".join(lines)


@dataclass
class ExportSummary:
    path: str
    what: str  # "whole book" or "contacts"
    counts: dict[str, int] = field(default_factory=dict)
    note: str = ""

    def __str__(self) -> str:
        parts = [counted(n, noun) for noun, n in self.counts.items()]
        text = f"Exported the {self.what} to {self.path}: {', '.join(parts) or 'nothing'}."
        return f"{text} {self.note}" if self.note else text
