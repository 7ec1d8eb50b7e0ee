"""The smaller sections of a book file: advisor profile, review cadence, trigger kinds,
households, outbound referrals, kit history and book settings."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from advisor_referrals.domain.contacts import TEXT_MAX
from advisor_referrals.domain.languages import language_problem, normalise_language
from advisor_referrals.domain.profile import PROFILE_FIELDS, AdvisorProfile, check_profile
from advisor_referrals.domain.referral_sources import CODE_MAX
from advisor_referrals.domain.reviews import DEFAULT_CADENCE
from advisor_referrals.domain.text_rules import text_problem
from advisor_referrals.services.book_file import format as fmt
from advisor_referrals.services.book_file.records import Record
from advisor_referrals.services.imports.load_order import table
from advisor_referrals.services.imports.values import BAD_CHARS_RULE, has_bad_chars
from advisor_referrals.services.settings import PROFILE_KEY, profile_as_dict
from advisor_referrals.storage.models import ReviewCadence, Setting

if TYPE_CHECKING:
    from advisor_referrals.services.book_file.loader import BookLoader

KIND_KEY = re.compile(r"[\w.\-]+")
PROFILE_TEXT_MAX = 20_000


def _kind_texts(record: Record) -> list[tuple[str, str, str]]:
    """A kind's wording per language: (language, label, talking point), checked."""
    value = record.data.get(fmt.TRIGGER_KIND_TEXTS)
    if value is None:
        return []
    rule = 'an object by language code: {"fr": {"label": "...", "talking_point": "..."}}'
    if not isinstance(value, dict):
        record.bad(fmt.TRIGGER_KIND_TEXTS, None, rule)
        return []
    texts = []
    for code, text in value.items():
        language = normalise_language(str(code)) or ""
        if language_problem(language) or not isinstance(text, dict):
            record.bad(f"{fmt.TRIGGER_KIND_TEXTS}.{code}", None, rule)
            continue
        label, point = text.get("label", ""), text.get("talking_point", "")
        if not isinstance(label, str) or not isinstance(point, str):
            record.bad(f"{fmt.TRIGGER_KIND_TEXTS}.{code}", None, "label and talking_point are text")
            continue
        if len(label) > fmt.KIND_LABEL_MAX:
            record.bad(f"{fmt.TRIGGER_KIND_TEXTS}.{code}.label", label, "too long")
            continue
        refused = [
            (name, problem)
            for name, problem in (
                ("label", text_problem(label)),
                ("talking_point", text_problem(point, multiline=True)),
            )
            if problem
        ]
        for name, problem in refused:
            record.bad(f"{fmt.TRIGGER_KIND_TEXTS}.{code}.{name}", None, problem)
        if refused:
            continue
        texts.append((language, " ".join(label.split()), point.strip()))
    return texts


def _where(section: str, name: object, index: int) -> str:
    if isinstance(name, str) and name.strip() and len(name) <= 100:
        return f"{section}[{name}]"
    return f"{section} #{index}"


class BookExtras:
    def __init__(self, loader: BookLoader) -> None:
        self.loader = loader
        self.session = loader.session
        self.problems = loader.problems

    def advisor(self) -> None:
        value = self.loader.data.get("advisor")
        if not isinstance(value, Mapping):
            return
        record = Record("advisor", value, self.problems)
        record.check_fields(PROFILE_FIELDS)
        given = {name: record.text(name, limit=PROFILE_TEXT_MAX) for name in PROFILE_FIELDS}
        # Blank fields in the file leave what the advisor already typed in this book.
        row = self.session.get(Setting, PROFILE_KEY)
        stored = row.value if row is not None and isinstance(row.value, dict) else {}
        merged = profile_as_dict(AdvisorProfile())
        merged.update({k: str(v) for k, v in stored.items() if k in merged and v is not None})
        merged.update({k: v for k, v in given.items() if v})
        # The same rules as the Settings dialog: a phone of markup or a javascript: website
        # would otherwise reach every kit.
        self.problems += [
            problem
            for problem in check_profile(AdvisorProfile(**merged), "advisor")
            if given.get(problem.field)
        ]
        if not self.loader.writing:
            return
        if row is None:
            self.session.add(Setting(key=PROFILE_KEY, value=merged))
        else:
            row.value = merged
            row.version += 1  # an editor that loaded the older profile must not save over it

    def review_cadence(self) -> None:
        value = self.loader.data.get("review_cadence")
        if not isinstance(value, Mapping):
            return
        record = Record("review_cadence", value, self.problems)
        record.check_fields(tuple(DEFAULT_CADENCE))
        given = {
            tier: record.whole(tier, 1, 12, "between 1 and 12 reviews a year")
            for tier in DEFAULT_CADENCE
        }
        if not self.loader.writing:
            return
        for tier, number in given.items():
            if number is None:
                continue
            row = self.session.get(ReviewCadence, tier)
            if row is None:
                self.session.add(ReviewCadence(tier=tier, reviews_per_year=number))
            else:
                row.reviews_per_year = number

    def trigger_kinds(self) -> None:
        kinds = table("trigger_kinds")
        existing = {
            row.key: row
            for row in self.session.execute(
                select(kinds).order_by(kinds.c.sort_order, kinds.c.id)
            ).all()
        }
        planned: list[tuple[str, str, str, bool]] = []
        worded: list[tuple[str, str, str, str]] = []
        for index, item in self.loader.records("trigger_kinds", "trigger kind"):
            record = Record(_where("trigger_kinds", item.get("key"), index), item, self.problems)
            record.check_fields((*fmt.TRIGGER_KIND_FIELDS, fmt.TRIGGER_KIND_TEXTS))
            key = record.required_text(
                "key", limit=fmt.KIND_KEY_MAX, rule="a short key such as home_purchase"
            )
            if key and not KIND_KEY.fullmatch(key):
                record.bad("key", key, "letters, digits, _ - and . only, such as home_purchase")
                key = ""
            if key and any(p[0] == key for p in planned):
                record.bad("key", key, "another trigger kind already has this key")
                key = ""
            label = record.required_text("label", limit=fmt.KIND_LABEL_MAX)
            if label and (message := text_problem(label)):
                record.bad("label", label, message)
            talking_point = record.text("talking_point")
            active = record.flag("active", True)
            texts = _kind_texts(record)
            if key:
                planned.append((key, label, talking_point, active))
                worded += [(key, *text) for text in texts]
                if key not in self.loader.kinds:
                    self.loader.kinds[key] = self.loader.new_id("trigger_kinds")
        self.loader.counts["trigger kinds"] = len(planned)
        writer = self.loader.writer
        if not self.loader.writing or writer is None or not planned:
            return
        wanted = {p[0]: p for p in planned}
        order = list(wanted) + [key for key in existing if key not in wanted]
        for position, key in enumerate(order):
            old = existing.get(key)
            if old is None:
                _, label, talking_point, active = wanted[key]
                writer.add(
                    "trigger_kinds",
                    {
                        "id": self.loader.kinds[key],
                        "key": key,
                        "label": label,
                        "talking_point": talking_point,
                        "active": active,
                        "sort_order": position,
                        "version": 1,
                    },
                )
                continue
            values: dict[str, Any] = {"sort_order": position}
            if key in wanted:
                _, values["label"], values["talking_point"], values["active"] = wanted[key]
            if any(getattr(old, name) != new for name, new in values.items()):
                self.session.execute(
                    kinds.update()
                    .where(kinds.c.id == old.id)
                    .values(**values, version=kinds.c.version + 1)
                )
        if worded:
            writer.flush()  # the kinds first: the wording refers to them
            ids = {key: row.id for key, row in existing.items()} | self.loader.kinds
            self.session.execute(
                table("trigger_kind_texts").insert(),
                [
                    {"kind_id": ids[key], "language": language, "label": label,
                     "talking_point": point}
                    for key, language, label, point in worded
                ],
            )  # fmt: skip

    def households(self) -> None:
        seen: set[str] = set()
        for index, item in self.loader.records("households", "household"):
            record = Record(_where("households", item.get("name"), index), item, self.problems)
            record.check_fields(fmt.HOUSEHOLD_FIELDS)
            name = " ".join(record.required_text("name", limit=TEXT_MAX).split())
            if name in seen:
                record.bad("name", name, "another household already has this name")
            notes = record.text("notes")
            seen.add(name)
            self.loader.counts["households"] += 1
            writer = self.loader.writer
            if name and self.loader.writing and writer is not None:
                writer.household_id(name, notes)

    def outbound_referrals(self) -> None:
        contacts = self.loader.contact_ids
        for index, item in self.loader.records("outbound_referrals", "outbound referral"):
            record = Record(f"outbound_referrals #{index}", item, self.problems)
            record.check_fields(fmt.OUTBOUND_FIELDS)
            coi = self.loader.required_reference(record, "coi", contacts, "contact")
            contact = self.loader.required_reference(record, "contact", contacts, "contact")
            if item.get("coi") is not None and item.get("coi") == item.get("contact"):
                record.bad("contact", item.get("contact"), "cannot be the same contact as coi")
            sent_on = record.date("sent_on", required=True)
            notes = record.text("notes")
            self.loader.counts["outbound referrals"] += 1
            writer = self.loader.writer
            if self.loader.writing and writer is not None:
                writer.add(
                    "outbound_referrals",
                    {
                        "id": writer.new_id("outbound_referrals"),
                        "coi_id": coi,
                        "contact_id": contact,
                        "sent_on": sent_on,
                        "notes": notes,
                        **writer.stamps(updated=False),
                    },
                )

    def kit_history(self) -> None:
        contacts = self.loader.contact_ids
        for index, item in self.loader.records("kit_history", "kit history entry"):
            record = Record(f"kit_history #{index}", item, self.problems)
            record.check_fields(fmt.KIT_FIELDS)
            row = {
                "contact_id": self.loader.required_reference(
                    record, "contact", contacts, "contact"
                ),
                "generated_at": record.moment("generated_at"),
                "generated_by": record.text("generated_by", limit=fmt.USER_MAX),
                "page_size": record.text("page_size", limit=fmt.PAGE_SIZE_MAX, default="letter"),
                "pages": record.whole("pages", 0, fmt.KIT_PAGES_MAX) or 0,
                "file_name": record.text("file_name", limit=fmt.FILE_NAME_MAX),
                "code": record.text("code", limit=CODE_MAX),
            }
            self.loader.counts["kit history entries"] += 1
            writer = self.loader.writer
            if self.loader.writing and writer is not None:
                writer.add("kit_history", {"id": writer.new_id("kit_history"), **row})

    def settings(self) -> None:
        value = self.loader.data.get("settings")
        if not isinstance(value, Mapping):
            return
        record = Record("settings", value, self.problems)
        checked: dict[str, Any] = {}
        for key, setting in value.items():
            if not isinstance(key, str) or not key or len(key) > fmt.SETTING_KEY_MAX:
                record.bad(
                    str(key), None, f"a setting's name has 1 to {fmt.SETTING_KEY_MAX} characters"
                )
            elif key == PROFILE_KEY:
                record.bad(key, None, "the advisor profile belongs in the advisor section")
            elif has_bad_chars(key) or not _clean_json(setting):
                record.bad(key, None, f"not a plain JSON value, or it {BAD_CHARS_RULE}")
            else:
                checked[key] = setting
        if not self.loader.writing:
            return
        for key, setting in checked.items():
            row = self.session.get(Setting, key)
            if row is None:
                self.session.add(Setting(key=key, value=setting))
            else:
                row.value = setting
                row.version += 1


def _clean_json(value: Any) -> bool:
    try:
        text = json.dumps(value, ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError, RecursionError):
        return False
    return not has_bad_chars(text)
