"""Rewards referrers are owed under a program, and giving them (docs/design.md, "Referral program").

A referral in a program earns its referrer the program's reward when it reaches the step
the program names (the introduction, the first meeting, the friend becoming a client).
`sync_reward` runs in every write that changes a referral, in its transaction: the
reward appears when the step is reached and goes again if an undo takes the step back,
unless it was already given (that is a fact). A reward of value is compensation under
the SEC Marketing Rule, so it fills the referral's compensation when the referral has
none yet: the ledger then lists it, with its disclosure and agreement checks.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from advisor_referrals.domain.enums import ReferralStatus
from advisor_referrals.domain.errors import Problem, ValidationError
from advisor_referrals.domain.names import full_name
from advisor_referrals.domain.program import (
    Reward,
    RewardKind,
    RewardWhen,
    compensation_for,
    reward_due_on,
)
from advisor_referrals.domain.text_rules import text_problem
from advisor_referrals.services.audit import writing as audit
from advisor_referrals.services.writing import BookWriter, RowWriter
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import (
    ContactRow,
    ProgramRow,
    ReferralRow,
    ReferralStatusChangeRow,
    RewardRow,
)
from advisor_referrals.storage.program_rows import from_cents, reward_from
from advisor_referrals.storage.rows import compensation_columns

ENTITY = "reward"


def earned_on(session: Session, row: ReferralRow, when: RewardWhen) -> date | None:
    """The day the referral reached the step that earns the reward, or None until it has."""
    status = ReferralStatus(row.status)
    if when is RewardWhen.INTRODUCTION:
        return None if status is ReferralStatus.INTENDED else row.received_on
    if when is RewardWhen.BECAME_CLIENT:
        return row.converted_on if status is ReferralStatus.CONVERTED else None
    met = session.scalar(
        select(func.min(ReferralStatusChangeRow.changed_on)).where(
            ReferralStatusChangeRow.referral_id == row.id,
            ReferralStatusChangeRow.to_status == ReferralStatus.MEETING.value,
        )
    )
    if met is not None:
        return max(met, row.received_on)
    return row.converted_on if status is ReferralStatus.CONVERTED else None


def _values(reward: RewardRow) -> dict[str, Any]:
    return {
        "program_id": reward.program_id,
        "kind": reward.kind,
        "value": from_cents(reward.value_cents),
        "earned_on": reward.earned_on,
        "due_on": reward.due_on,
    }


def sync_reward(writer: BookWriter, session: Session, row: ReferralRow) -> None:
    """Bring the referral's reward in line with its program and the step it has reached."""
    session.flush()
    # The reward and the program in one statement: this runs on every change of a
    # referral, and on a practice's server each statement is a round trip.
    program, reward = session.execute(
        select(ProgramRow, RewardRow)
        .select_from(ReferralRow)
        .outerjoin(ProgramRow, ProgramRow.id == ReferralRow.program_id)
        .outerjoin(RewardRow, RewardRow.referral_id == ReferralRow.id)
        .where(ReferralRow.id == row.id)
    ).one()
    if reward is not None and reward.given_on is not None:
        return
    earned = earned_on(session, row, RewardWhen(program.reward_when)) if program else None
    if program is None or earned is None:
        if reward is not None:
            before = _values(reward)
            session.delete(reward)
            writer.audit(
                session,
                "delete",
                reward.id,
                f"No reward is owed any more for referral {row.id}",
                audit.diff(before, {}),
                entity=ENTITY,
            )
        return
    wanted = {
        "program_id": program.id,
        "kind": program.reward_kind,
        "value_cents": program.reward_value_cents,
        "earned_on": earned,
        "due_on": reward_due_on(earned),
    }
    if reward is None:
        reward = RewardRow(referral_id=row.id, **wanted)
        session.add(reward)
        session.flush()
        writer.audit(
            session,
            "create",
            reward.id,
            f"Reward owed under “{program.name}” for referral {row.id}, due "
            f"{reward.due_on.isoformat()}",
            audit.diff({}, _values(reward)),
            entity=ENTITY,
        )
    elif any(getattr(reward, name) != value for name, value in wanted.items()):
        before = _values(reward)
        for name, value in wanted.items():
            setattr(reward, name, value)
        session.flush()
        writer.audit(
            session,
            "update",
            reward.id,
            f"Reward for referral {row.id} follows “{program.name}”",
            audit.diff(before, _values(reward)),
            entity=ENTITY,
        )
    comp = compensation_for(RewardKind(program.reward_kind), from_cents(program.reward_value_cents))
    if comp is not None and row.comp_kind is None:
        for name, value in compensation_columns(comp).items():
            setattr(row, name, value)
        session.flush()
        writer.audit(
            session,
            "update",
            row.id,
            f"The reward of “{program.name}” entered the Marketing Rule ledger as "
            f"compensation for referral {row.id}",
            audit.diff({}, {"compensation.kind": comp.kind, "compensation.value": comp.value}),
            entity="referral",
        )


def reward_columns(session: Session, referral_id: int) -> tuple[dict[str, Any], ...]:
    """The referral's reward as stored, to put back with it (undo of a deletion)."""
    table = RewardRow.__table__
    rows = session.execute(select(table).where(table.c.referral_id == referral_id)).all()
    return tuple(dict(row._mapping) for row in rows)


@dataclass(frozen=True)
class RewardFilter:
    owed_only: bool = False
    program_id: int | None = None


class RewardService:
    def __init__(self, book: Book) -> None:
        self.book = book
        self.writer: RowWriter[RewardRow] = RowWriter(
            book, RewardRow, ENTITY, name=lambda row: f"The reward for referral {row.referral_id}"
        )

    def _query(self) -> Any:
        referrer = aliased(ContactRow, name="referrer")
        referred = aliased(ContactRow, name="referred")
        return (
            select(
                RewardRow,
                referrer.id,
                referrer.first_name,
                referrer.last_name,
                referred.first_name,
                referred.last_name,
                ProgramRow.name,
            )
            .join(ReferralRow, ReferralRow.id == RewardRow.referral_id)
            .join(referrer, referrer.id == ReferralRow.referrer_id)
            .join(referred, referred.id == ReferralRow.referred_id)
            .outerjoin(ProgramRow, ProgramRow.id == RewardRow.program_id)
        )

    def _rows(self, query: Any) -> list[Reward]:
        with self.book.session() as session:
            return [
                reward_from(
                    row,
                    referrer_id=rid,
                    referrer_name=full_name(rf, rl),
                    referred_name=full_name(df, dl),
                    program_name=program or "",
                )
                for row, rid, rf, rl, df, dl, program in session.execute(query)
            ]

    def listed(self, flt: RewardFilter | None = None) -> list[Reward]:
        flt = flt or RewardFilter()
        query = self._query()
        if flt.owed_only:
            query = query.where(RewardRow.given_on.is_(None))
        if flt.program_id is not None:
            query = query.where(RewardRow.program_id == flt.program_id)
        return self._rows(query.order_by(RewardRow.due_on.desc(), RewardRow.id.desc()))

    def due(self, today: date, limit: int = 10) -> tuple[list[Reward], int]:
        """Rewards owed and due within a week, earliest first, and how many there are."""
        soon = date.fromordinal(today.toordinal() + 7)
        owed = RewardRow.given_on.is_(None)
        with self.book.session() as session:
            total = session.scalar(
                select(func.count()).select_from(RewardRow).where(owed, RewardRow.due_on <= soon)
            )
        rows = self._rows(
            self._query()
            .where(owed, RewardRow.due_on <= soon)
            .order_by(RewardRow.due_on, RewardRow.id)
            .limit(limit)
        )
        return rows, int(total or 0)

    def for_referral(self, referral_id: int) -> Reward | None:
        found = self._rows(self._query().where(RewardRow.referral_id == referral_id))
        return found[0] if found else None

    def set_given(
        self, reward_id: int, expected_version: int, given_on: date | None, notes: str | None = None
    ) -> Reward:
        """Record the day the reward was given (None: not given after all, for undo)."""
        with self.writer.edit(reward_id, expected_version) as edit:
            row = edit.row
            if given_on is not None and given_on < row.earned_on:
                raise ValidationError(
                    [
                        Problem(
                            "",
                            "given_on",
                            given_on.isoformat(),
                            f"cannot be before it was earned ({row.earned_on.isoformat()})",
                        )
                    ],
                    source="Reward",
                )
            if notes is not None and (message := text_problem(notes)):
                raise ValidationError([Problem("", "notes", notes, message)], source="Reward")
            before = {"given_on": row.given_on, "notes": row.notes}
            row.given_on = given_on
            if notes is not None:
                row.notes = notes
            edit.session.flush()
            edit.audit_changes(
                "update",
                before,
                {"given_on": row.given_on, "notes": row.notes},
                lambda names: f"Reward for referral {row.referral_id}: {names}",
            )
            reward_id = row.id
        found = self._rows(self._query().where(RewardRow.id == reward_id))
        return found[0]
