"""The trigger-kind library: what to listen for, with the talking point the kit prints.

A kind that triggers use cannot be deleted (their history would lose its meaning);
it can be retired, which keeps it on old triggers and stops offering it for new ones.
"""

from __future__ import annotations

import re

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from advisor_referrals.domain.errors import (
    BookError,
    Problem,
    ValidationError,
)
from advisor_referrals.domain.folding import fold
from advisor_referrals.domain.languages import LANGUAGE_RULE, language_problem, normalise_language
from advisor_referrals.domain.text_rules import text_problem
from advisor_referrals.domain.trigger_kinds import TriggerKind
from advisor_referrals.services.audit.writing import diff
from advisor_referrals.services.writing import RowWriter
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import TriggerKindRow, TriggerKindTextRow, TriggerRow

ENTITY = "trigger_kind"
LABEL_MAX = 100
TALKING_POINT_MAX = 2_000
KEY_MAX = 40


class KindInUseError(BookError):
    pass


def kind_from_row(row: TriggerKindRow, in_use: bool) -> TriggerKind:
    return TriggerKind(
        id=row.id,
        version=row.version,
        key=row.key,
        label=row.label,
        talking_point=row.talking_point,
        active=row.active,
        in_use=in_use,
    )


def key_for(label: str) -> str:
    """A stable key from a label: `Buying a boat` -> `buying_a_boat`."""
    slug = re.sub(r"[^a-z0-9]+", "_", fold(label)).strip("_")
    return slug[:KEY_MAX].rstrip("_") or "kind"


class TriggerKindService:
    def __init__(self, book: Book) -> None:
        self.book = book
        self.writer = RowWriter(
            book, TriggerKindRow, ENTITY, name=lambda r: f"Trigger kind {r.label}"
        )

    def kinds(self, *, include_retired: bool = True) -> list[TriggerKind]:
        used = exists().where(TriggerRow.kind_id == TriggerKindRow.id)
        query = select(TriggerKindRow, used).order_by(TriggerKindRow.sort_order, TriggerKindRow.id)
        if not include_retired:
            query = query.where(TriggerKindRow.active.is_(True))
        with self.book.session() as session:
            return [kind_from_row(row, bool(in_use)) for row, in_use in session.execute(query)]

    def get(self, kind_id: int) -> TriggerKind:
        with self.book.session() as session:
            row = self.writer.load(session, kind_id)
            return kind_from_row(row, self._uses(session, kind_id) > 0)

    def add(self, label: str, talking_point: str = "", *, active: bool = True) -> TriggerKind:
        label, talking_point = self._check(label, talking_point)
        with self.writer.transaction() as session:
            self._check_label_free(session, label, None)
            key = self._free_key(session, key_for(label))
            last = session.scalar(select(func.max(TriggerKindRow.sort_order))) or 0
            row = TriggerKindRow(
                key=key,
                label=label,
                talking_point=talking_point,
                active=active,
                sort_order=last + 1,
            )
            audited = {"key": key, "label": label, "active": active}
            self.writer.add(session, row, "create", f"Added trigger kind {label}", audited)
            return kind_from_row(row, False)

    def edit(
        self, kind_id: int, expected_version: int, label: str, talking_point: str, active: bool
    ) -> TriggerKind:
        label, talking_point = self._check(label, talking_point)
        with self.writer.edit(kind_id, expected_version) as edit:
            row = edit.row
            self._check_label_free(edit.session, label, kind_id)
            before = {"label": row.label, "talking_point": row.talking_point, "active": row.active}
            row.label, row.talking_point, row.active = label, talking_point, active
            edit.session.flush()

            def summary(names: str) -> str:
                if names == "active":
                    return f"{'Reactivated' if active else 'Retired'} trigger kind {label}"
                return f"Edited trigger kind {label}"

            after = {"label": label, "talking_point": talking_point, "active": active}
            edit.audit_changes("update", before, after, summary)
            return kind_from_row(row, self._uses(edit.session, kind_id) > 0)

    def delete(self, kind_id: int, expected_version: int) -> TriggerKind:
        """Delete an unused kind; a kind in use is refused with the advice to retire it."""
        with self.writer.edit(kind_id, expected_version) as edit:
            row, session = edit.row, edit.session
            uses = self._uses(session, kind_id)
            if uses:
                noun = "trigger uses" if uses == 1 else "triggers use"
                raise KindInUseError(
                    f"The trigger kind “{row.label}” cannot be deleted: {uses} logged {noun} it. "
                    "Retire it instead (clear “Active”): it stays on those triggers and is no "
                    "longer offered for new ones."
                )
            gone = kind_from_row(row, False)
            session.delete(row)
            edit.audit(
                "delete",
                f"Deleted trigger kind {row.label}",
                {"key": [row.key, None], "label": [row.label, None]},
            )
            return gone

    # Wording per language

    def texts(self, language: str) -> dict[int, tuple[str, str]]:
        """(label, talking point) by kind id, for the kinds the advisor worded in `language`."""
        query = select(
            TriggerKindTextRow.kind_id, TriggerKindTextRow.label, TriggerKindTextRow.talking_point
        ).where(TriggerKindTextRow.language == language)
        with self.book.session() as session:
            return {kind_id: (label, point) for kind_id, label, point in session.execute(query)}

    def set_text(self, kind_id: int, language: str, label: str, talking_point: str) -> None:
        """The kind's label and talking point in `language` (a kit in it prints these);
        both empty removes them, and kits go back to the shipped wording."""
        tag = normalise_language(language) or ""
        if language_problem(tag):
            raise ValidationError(
                [Problem("trigger kind", "language", language, f"{LANGUAGE_RULE}")]
            )
        label, talking_point = " ".join(label.split()), talking_point.strip()
        if label or talking_point:
            label, talking_point = self._check(label or "-", talking_point)
        with self.writer.transaction() as session:
            kind = self.writer.load(session, kind_id)
            row = session.scalar(
                select(TriggerKindTextRow).where(
                    TriggerKindTextRow.kind_id == kind_id, TriggerKindTextRow.language == tag
                )
            )
            before = {"label": row.label, "talking_point": row.talking_point} if row else {}
            if not label and not talking_point:
                if row is None:
                    return
                session.delete(row)
                after: dict[str, str] = {}
            else:
                if row is None:
                    row = TriggerKindTextRow(kind_id=kind_id, language=tag)
                    session.add(row)
                row.label, row.talking_point = label, talking_point
                after = {"label": label, "talking_point": talking_point}
            changes = diff(before, after)
            if not changes:
                return
            session.flush()
            self.writer.audit(
                session,
                "update",
                kind_id,
                f"Worded trigger kind {kind.label} in {tag}",
                {f"{tag}.{name}": change for name, change in changes.items()},
            )

    # Helpers

    @staticmethod
    def _check(label: str, talking_point: str) -> tuple[str, str]:
        label = " ".join(label.split())
        talking_point = talking_point.strip()
        problems = []
        if not label:
            problems.append(Problem("trigger kind", "label", label, "a kind needs a label"))
        elif message := text_problem(label):
            problems.append(Problem("trigger kind", "label", label, message))
        elif len(label) > LABEL_MAX:
            problems.append(
                Problem("trigger kind", "label", label, f"at most {LABEL_MAX} characters")
            )
        if message := text_problem(talking_point, multiline=True):
            problems.append(Problem("trigger kind", "talking_point", talking_point, message))
        elif len(talking_point) > TALKING_POINT_MAX:
            problems.append(
                Problem(
                    "trigger kind",
                    "talking_point",
                    None,
                    f"at most {TALKING_POINT_MAX} characters (it is printed in the kit)",
                )
            )
        if problems:
            raise ValidationError(problems)
        return label, talking_point

    @staticmethod
    def _check_label_free(session: Session, label: str, own_id: int | None) -> None:
        query = select(TriggerKindRow.id).where(func.lower(TriggerKindRow.label) == label.lower())
        if own_id is not None:
            query = query.where(TriggerKindRow.id != own_id)
        if session.scalar(query) is not None:
            raise ValidationError(
                [Problem("trigger kind", "label", label, "another kind already has this label")]
            )

    @staticmethod
    def _free_key(session: Session, base: str) -> str:
        taken = set(
            session.scalars(select(TriggerKindRow.key).where(TriggerKindRow.key.like(f"{base}%")))
        )
        key, n = base, 2
        while key in taken:
            suffix = f"_{n}"
            key, n = base[: KEY_MAX - len(suffix)] + suffix, n + 1
        return key

    @staticmethod
    def _uses(session: Session, kind_id: int) -> int:
        return session.scalar(select(func.count()).where(TriggerRow.kind_id == kind_id)) or 0
