"""The referral program's part of the Today page, read in one statement.

On a practice's server each statement is a round trip, and Today has a budget of them
(docs/design.md, "Budgets"). So this quarter's and this year's goals with their figures,
the rewards falling due and the event guests waiting for a call come back as one UNION
ALL: each branch fills the columns it needs and leaves the rest empty, and every branch
carries its own total (a window count taken before its LIMIT).

Goals are the practice's, counted over the whole book; rewards and guests follow the
scope the page shows, by the advisor of the person referred, as the referral lists do.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import (
    BigInteger,
    Date,
    Integer,
    String,
    and_,
    case,
    cast,
    func,
    literal,
    null,
    select,
    type_coerce,
    union_all,
)
from sqlalchemy.orm import aliased
from sqlalchemy.sql.elements import ColumnElement

from advisor_referrals.domain.client_events import Guest
from advisor_referrals.domain.enums import ReferralStatus
from advisor_referrals.domain.goals import (
    Goal,
    GoalFields,
    GoalProgress,
    PeriodKind,
    progress_of,
)
from advisor_referrals.domain.names import full_name
from advisor_referrals.domain.practice import PRACTICE_SCOPE, Scope
from advisor_referrals.domain.program import Reward, RewardKind
from advisor_referrals.domain.quarter import Quarter
from advisor_referrals.services.metrics.goal_figures import GOAL_EXPRESSIONS
from advisor_referrals.services.metrics.quarterly import MetricsService
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import (
    ContactRow,
    EventRow,
    GoalRow,
    GuestRow,
    ProgramRow,
    ReferralRow,
    RewardRow,
)
from advisor_referrals.storage.program_rows import from_cents
from advisor_referrals.storage.scoping import contact_scope

REWARD_DAYS = 7  # a reward shows once it falls due within a week
NUMBERS = 7
TEXTS = 7
DATES = 3


@dataclass(frozen=True)
class ProgramToday:
    goals: list[GoalProgress] = field(default_factory=list)
    rewards: list[Reward] = field(default_factory=list)
    rewards_total: int = 0
    guests: list[Guest] = field(default_factory=list)
    guests_total: int = 0


def _typed(value: Any, kind: Any, name: str) -> Any:
    """A column of the union: an empty one is a typed NULL (the server must know its type);
    a filled one keeps its own SQL and is read back as `kind` (on SQLite a CAST to a date
    would turn the stored text into a number)."""
    if value is None:
        return cast(null(), kind).label(name)
    return type_coerce(value, kind).label(name)


def _row(
    kind: str,
    ident: Any,
    version: Any,
    numbers: list[Any],
    texts: list[Any],
    dates: list[Any],
    total: Any,
) -> list[Any]:
    """One branch's columns, in the shared order."""
    numbers = numbers + [None] * (NUMBERS - len(numbers))
    texts = texts + [None] * (TEXTS - len(texts))
    dates = dates + [None] * (DATES - len(dates))
    return [
        literal(kind, String).label("kind"),
        _typed(ident, Integer, "id"),
        _typed(version, Integer, "version"),
        *(_typed(n, BigInteger, f"n{i}") for i, n in enumerate(numbers)),
        *(_typed(t, String, f"t{i}") for i, t in enumerate(texts)),
        *(_typed(d, Date, f"d{i}") for i, d in enumerate(dates)),
        _typed(total, BigInteger, "total"),
    ]


class ProgramTodayService:
    def __init__(self, book: Book, metrics: MetricsService) -> None:
        self.book = book
        self.metrics = metrics

    def load(self, today: date, shown: int, scope: Scope = PRACTICE_SCOPE) -> ProgramToday:
        quarter = Quarter.containing(today)
        this_quarter = GoalFields(
            figure="",
            target=1,
            period_kind=PeriodKind.QUARTER,
            year=quarter.year,
            quarter=quarter.number,
        )
        this_year = GoalFields(
            figure="", target=1, period_kind=PeriodKind.YEAR, year=today.year, quarter=None
        )
        periods = {
            PeriodKind.QUARTER: this_quarter.period_as_of(today),
            PeriodKind.YEAR: this_year.period_as_of(today),
        }
        branches = [
            self._goals(quarter, periods),
            self._rewards(today, shown, scope),
            self._guests(today, shown, scope),
        ]
        with self.book.session() as session:
            rows = list(session.execute(union_all(*branches)).all())
        return self._read(rows, today)

    # The branches

    def _goals(self, quarter: Quarter, periods: dict[PeriodKind, Any]) -> Any:
        g = GoalRow
        figure = case(
            *(
                (and_(g.figure == key, g.period_kind == kind.value), make(period))
                for key, make in GOAL_EXPRESSIONS.items()
                for kind, period in periods.items()
            ),
            else_=literal(None),
        )
        this_period = (g.period_kind == PeriodKind.YEAR.value) | (g.quarter == quarter.number)
        return select(
            *_row(
                "goal",
                g.id,
                g.version,
                [g.target, g.year, g.quarter, figure],
                [g.figure, g.period_kind, g.notes],
                [],
                literal(0),
            )
        ).where(g.year == quarter.year, this_period)

    def _rewards(self, today: date, shown: int, scope: Scope) -> Any:
        referrer = aliased(ContactRow, name="referrer")
        referred = aliased(ContactRow, name="referred")
        r = RewardRow
        inner = (
            select(
                *_row(
                    "reward",
                    r.id,
                    r.version,
                    [r.referral_id, r.program_id, r.value_cents, referrer.id],
                    [
                        r.kind,
                        r.notes,
                        referrer.first_name,
                        referrer.last_name,
                        referred.first_name,
                        referred.last_name,
                        ProgramRow.name,
                    ],
                    [r.earned_on, r.due_on, r.given_on],
                    func.count().over(),
                )
            )
            .join(ReferralRow, ReferralRow.id == r.referral_id)
            .join(referrer, referrer.id == ReferralRow.referrer_id)
            .join(referred, referred.id == ReferralRow.referred_id)
            .outerjoin(ProgramRow, ProgramRow.id == r.program_id)
            .where(
                r.given_on.is_(None),
                r.due_on <= today + timedelta(days=REWARD_DAYS),
                contact_scope(ReferralRow.referred_id, scope.advisors),
            )
            .order_by(r.due_on, r.id)
            .limit(shown)
            .subquery()
        )
        return select(*inner.c)

    def _guests(self, today: date, shown: int, scope: Scope) -> Any:
        host = aliased(ContactRow, name="host")
        guest = aliased(ContactRow, name="guest")
        v = GuestRow
        waiting: ColumnElement[bool] = and_(
            EventRow.held_on <= today,
            ReferralRow.status == ReferralStatus.NEW.value,
            ReferralRow.first_contacted_on.is_(None),
            contact_scope(v.contact_id, scope.advisors),
        )
        inner = (
            select(
                *_row(
                    "guest",
                    v.id,
                    v.version,
                    [
                        v.event_id,
                        v.host_id,
                        v.contact_id,
                        v.referral_id,
                        ReferralRow.version,
                        case((v.attended, 1), else_=0),
                    ],
                    [
                        ReferralRow.status,
                        host.first_name,
                        host.last_name,
                        guest.first_name,
                        guest.last_name,
                    ],
                    [EventRow.held_on, ReferralRow.first_contacted_on, ReferralRow.converted_on],
                    func.count().over(),
                )
            )
            .join(EventRow, EventRow.id == v.event_id)
            .join(ReferralRow, ReferralRow.id == v.referral_id)
            .join(host, host.id == v.host_id)
            .join(guest, guest.id == v.contact_id)
            .where(waiting)
            .order_by(EventRow.held_on, v.id)
            .limit(shown)
            .subquery()
        )
        return select(*inner.c)

    # Reading the rows back

    def _read(self, rows: list[Any], today: date) -> ProgramToday:
        goals: list[tuple[Goal, int | None]] = []
        rewards: list[Reward] = []
        guests: list[Guest] = []
        totals = {"reward": 0, "guest": 0}
        for row in rows:
            n = [getattr(row, f"n{i}") for i in range(NUMBERS)]
            t = [getattr(row, f"t{i}") for i in range(TEXTS)]
            d = [getattr(row, f"d{i}") for i in range(DATES)]
            if row.kind == "goal":
                goal = Goal(
                    id=row.id,
                    version=row.version,
                    figure=t[0],
                    target=int(n[0]),
                    period_kind=PeriodKind(t[1]),
                    year=int(n[1]),
                    quarter=None if n[2] is None else int(n[2]),
                    notes=t[2] or "",
                )
                goals.append((goal, None if n[3] is None else int(n[3])))
            elif row.kind == "reward":
                totals["reward"] = int(row.total)
                rewards.append(
                    Reward(
                        id=row.id,
                        version=row.version,
                        referral_id=int(n[0]),
                        program_id=None if n[1] is None else int(n[1]),
                        kind=RewardKind(t[0]),
                        value=from_cents(n[2]),
                        earned_on=d[0],
                        due_on=d[1],
                        given_on=d[2],
                        notes=t[1] or "",
                        referrer_id=int(n[3]),
                        referrer_name=full_name(t[2], t[3]),
                        referred_name=full_name(t[4], t[5]),
                        program_name=t[6] or "",
                    )
                )
            else:
                totals["guest"] = int(row.total)
                guests.append(
                    Guest(
                        id=row.id,
                        version=row.version,
                        event_id=int(n[0]),
                        host_id=int(n[1]),
                        host_name=full_name(t[1], t[2]),
                        contact_id=int(n[2]),
                        contact_name=full_name(t[3], t[4]),
                        referral_id=int(n[3]),
                        attended=bool(n[5]),
                        status=ReferralStatus(t[0]) if t[0] else None,
                        first_contacted_on=d[1],
                        converted_on=d[2],
                        referral_version=None if n[4] is None else int(n[4]),
                        held_on=d[0],
                    )
                )
        return ProgramToday(
            goals=self._progress(goals, today),
            rewards=sorted(rewards, key=lambda r: (r.due_on, r.id)),
            rewards_total=totals["reward"],
            guests=sorted(guests, key=lambda g: (g.held_on or today, g.id)),
            guests_total=totals["guest"],
        )

    def _progress(self, found: list[tuple[Goal, int | None]], today: date) -> list[GoalProgress]:
        """Each goal with its figure; one a later release added without an expression is
        counted the report's way (more statements, only then)."""
        # The year's goals first, then the quarter's, as the Program page lists them.
        order = sorted(found, key=lambda pair: (pair[0].quarter is not None, pair[0].id))
        missing = [goal for goal, value in order if value is None]
        counted: dict[int, int] = {}
        for goal in missing:
            period = goal.period_as_of(today)
            counted[goal.id] = self.metrics.goal_figures(period, [goal.figure])[goal.figure]
        return [
            progress_of(goal, value if value is not None else counted[goal.id], today)
            for goal, value in order
        ]
