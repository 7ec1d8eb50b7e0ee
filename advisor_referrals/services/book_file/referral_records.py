"""The book file's `referrals` section: who referred whom, any compensation, and the
referral's history of moves.

A file may give a referral's moves (`status_history`) or not: older files and other
tools do not. Either way the history is made whole from the referral's dates
(`completed_history`), so the quarterly figures can be counted as of any quarter's end
(docs/design.md, "Metrics").
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, time
from typing import TYPE_CHECKING, Any

from advisor_referrals.domain.enums import (
    Channel,
    CompensationKind,
    ReferralStatus,
    ThankYouMethod,
    allowed,
)
from advisor_referrals.domain.referral_history import DatedMove, completed_history
from advisor_referrals.domain.referral_sources import HowHeard
from advisor_referrals.domain.referrals import (
    MINUTES_MAX,
    Compensation,
    ReferralFields,
    validate_referral,
)
from advisor_referrals.services.book_file import format as fmt
from advisor_referrals.services.book_file.records import Record, filled
from advisor_referrals.services.book_file.stored_rows import day, stored
from advisor_referrals.services.book_file.table_columns import MOVE_COLUMNS, REFERRAL_COLUMNS
from advisor_referrals.storage.rows import compensation_columns

if TYPE_CHECKING:
    from advisor_referrals.services.book_file.loader import BookLoader

_PLACEHOLDER_DAY = date(2000, 1, 1)


def load_referrals(loader: BookLoader) -> None:
    """Check every referral of the file, with its compensation and status history, and,
    while the file has no problem, write it and its whole history of moves."""
    seen: dict[str, int] = {}
    rows = loader.rows
    if rows is not None:
        rows.layout("referrals", REFERRAL_COLUMNS)
        rows.layout("referral_status_changes", MOVE_COLUMNS, stamped=False)
        stamps = rows.stamps
    for index, item in loader.records("referrals", "referral"):
        record, key = loader.keyed("referrals", index, item, None)
        record.check_fields(fmt.REFERRAL_FIELDS)
        referral_id = loader.new_id("referrals")
        if key is not None:
            if key in seen:
                record.bad("key", key, "another referral already has this key")
            seen[key] = index
            loader.referral_ids[key] = referral_id
        referrer = loader.required_reference(record, "referrer", loader.contact_ids, "contact")
        referred = loader.required_reference(record, "referred", loader.contact_ids, "contact")
        same = item.get("referrer") is not None and item.get("referrer") == item.get("referred")
        if same:
            record.bad("referred", item.get("referred"), "a contact cannot refer themselves")
        received_on = record.date("received_on", required=True)
        fields = filled(
            ReferralFields,
            {
                "referrer_id": -1 if referrer is None or same else referrer,
                "referred_id": -2 if referred is None or same else referred,
                "received_on": received_on or _PLACEHOLDER_DAY,
                "status": record.choice("status", ReferralStatus) or ReferralStatus.NEW,
                "channel": record.choice("channel", Channel),
                "first_contacted_on": record.date("first_contacted_on"),
                "thanked_on": record.date("thanked_on"),
                "converted_on": record.date("converted_on"),
                "trigger_id": record.reference("trigger", loader.trigger_ids, "trigger"),
                "notes": record.text("notes"),
                "compensation": _compensation(loader, record),
                "program_id": record.reference("program", loader.program_ids, "program"),
                "why_refer": record.text("why_refer"),
                "why_refer_notes": record.text("why_refer_notes"),
                "how_heard": record.choice("how_heard", HowHeard),
                "kit_code": record.text("kit_code"),
                "minutes": record.whole("minutes", 0, MINUTES_MAX) or 0,
                "thanked_by": record.choice("thanked_by", ThankYouMethod),
            },
        )
        loader.problems += validate_referral(fields, record.where)
        history = _status_history(loader, record, referral_id)
        loader.referrers[referral_id] = referrer
        loader.counts["referrals"] += 1
        if rows is not None and not loader.problems:
            rows.add(
                "referrals",
                (
                    referral_id,
                    referrer,
                    referred,
                    day(received_on),
                    fields.status.value,
                    fields.channel.value if fields.channel else None,
                    day(fields.first_contacted_on),
                    day(fields.thanked_on),
                    fields.thanked_by.value if fields.thanked_by else None,
                    day(fields.converted_on),
                    fields.trigger_id,
                    fields.notes,
                    *_stored_compensation(fields.compensation),
                    fields.program_id,
                    fields.why_refer,
                    fields.why_refer_notes,
                    fields.how_heard.value if fields.how_heard else None,
                    fields.kit_code,
                    fields.minutes,
                    *stamps,
                ),
            )
            for move in _whole_history(loader, fields, history, referral_id):
                rows.add(
                    "referral_status_changes",
                    (
                        move["id"],
                        referral_id,
                        move["from_status"],
                        move["to_status"],
                        day(move["changed_on"]),
                        stored(move["changed_at"]),
                        move["user"],
                    ),
                )
    loader.finished("referrals", "referral_status_changes")


def _compensation(loader: BookLoader, record: Record) -> Compensation | None:
    value = record.data.get("compensation")
    if value is None:
        return None
    if not isinstance(value, Mapping):
        record.bad("compensation", value, "must be an object with kind and value, or null")
        return None
    comp = Record(record.where, value, loader.problems, prefix="compensation.")
    comp.check_fields(fmt.COMPENSATION_FIELDS)
    kind = comp.choice("kind", CompensationKind)
    if kind is None and value.get("kind") is None:
        comp.bad("kind", None, f"missing; allowed: {allowed(CompensationKind)}")
    amount = comp.money("value")
    currency = comp.text("currency", default="USD")
    agreement = comp.flag("agreement_on_file")
    disclosed = comp.date("disclosure_delivered_on")
    if kind is None or amount is None:
        return None
    return Compensation(
        kind=kind,
        value=amount,
        currency=currency,
        agreement_on_file=agreement,
        disclosure_delivered_on=disclosed,
    )


def _status_history(loader: BookLoader, record: Record, referral_id: int) -> list[dict[str, Any]]:
    value = record.data.get("status_history")
    if value is None:
        return []
    if not isinstance(value, list):
        record.bad("status_history", value, "must be a list of status changes, or null")
        return []
    rows = []
    for number, item in enumerate(value, start=1):
        prefix = f"status_history[{number}]."
        if not isinstance(item, Mapping):
            record.bad(prefix.rstrip("."), item, "each status change must be an object")
            continue
        change = Record(record.where, item, loader.problems, prefix=prefix)
        change.check_fields(fmt.STATUS_CHANGE_FIELDS)
        to_status = change.choice("to", ReferralStatus)
        if to_status is None and item.get("to") is None:
            change.bad("to", None, f"missing; allowed: {allowed(ReferralStatus)}")
        from_status = change.choice("from", ReferralStatus)
        rows.append(
            {
                "id": loader.new_id("referral_status_changes"),
                "referral_id": referral_id,
                "from_status": from_status.value if from_status else None,
                "to_status": to_status.value if to_status else None,
                "changed_on": change.date("changed_on", required=True),
                "changed_at": change.moment("changed_at"),
                "user": change.text("user", limit=fmt.USER_MAX),
            }
        )
    return rows


def _whole_history(
    loader: BookLoader, fields: ReferralFields, given: list[dict[str, Any]], referral_id: int
) -> list[dict[str, Any]]:
    """The file's history of a referral made whole (`completed_history`): a file without
    one (older files, other tools) gets the moves the referral's dates imply, so the
    quarterly figures can be counted as of any quarter's end (docs/design.md, "Metrics").
    The moves the file gives keep who made them and when."""
    moves = [
        DatedMove(
            ReferralStatus(row["from_status"]) if row["from_status"] else None,
            ReferralStatus(row["to_status"]),
            row["changed_on"],
        )
        for row in given
    ]
    made: dict[tuple[Any, Any], list[dict[str, Any]]] = {}
    for move, row in zip(moves, given, strict=True):
        made.setdefault((move.from_status, move.to_status), []).append(row)
    rows: list[dict[str, Any]] = []
    for move in completed_history(fields, moves):
        same = made.get((move.from_status, move.to_status), [])
        known = same.pop(0) if same else None
        rows.append(
            {
                "id": known["id"] if known else loader.new_id("referral_status_changes"),
                "referral_id": referral_id,
                "from_status": move.from_status.value if move.from_status else None,
                "to_status": move.to_status.value,
                "changed_on": move.on,
                # An implied move is stamped with its own day: the same on every
                # import, so export, import and export give the same file.
                "changed_at": known["changed_at"] if known else datetime.combine(move.on, time()),
                "user": known["user"] if known else "",
            }
        )
    # Ids follow the order of the moves: the status on a day is the last move dated
    # on or before it, ties going to the later id.
    ids = sorted(int(row["id"]) for row in rows)
    for row, new_id in zip(rows, ids, strict=True):
        row["id"] = new_id
    return rows


def _stored_compensation(comp: Compensation | None) -> tuple[Any, ...]:
    if comp is None:
        return NO_COMPENSATION
    return tuple(
        stored(value) if isinstance(value, date) else value
        for value in compensation_columns(comp).values()
    )


NO_COMPENSATION = tuple(compensation_columns(None).values())
