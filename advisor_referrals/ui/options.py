"""User preferences, each declared once, kept apart from window state (the Picard habit).

Preferences live under "options/", window geometry and layout under "state/".
`upgrade()` moves old settings forward when the settings version changes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from advisor_referrals import APP_ID, ORG_NAME

SETTINGS_VERSION = 1


@dataclass(frozen=True)
class Option:
    key: str
    default: Any
    kind: type

    @property
    def path(self) -> str:
        return f"options/{self.key}"


OPTIONS: dict[str, Option] = {}


def declare(key: str, default: Any, kind: type | None = None) -> Option:
    if key in OPTIONS:
        raise ValueError(f"option {key} is declared twice")
    option = Option(key, default, kind or type(default))
    OPTIONS[key] = option
    return option


THEME = declare("theme", "system")  # system, light or dark (ui/theme.py, THEMES)
RECENT_BOOKS = declare("recent_books", [], list)
BACKUP_FOLDER = declare("backup_folder", "")
BACKUP_KEEP_DAILY = declare("backup_keep_daily", 7)
BACKUP_KEEP_WEEKLY = declare("backup_keep_weekly", 8)
LOCK_AFTER_MINUTES = declare("lock_after_minutes", 15)
KIT_PAGE_SIZE = declare("kit_page_size", "letter")
KIT_FOLDER = declare("kit_folder", "")
CLIENT_COLUMNS_HIDDEN = declare("client_columns_hidden", [], list)
APP_LANGUAGE = declare("app_language", "")  # "" follows the system; else en, fr, es, zh-Hans, ko


# Settings upgrades: version -> function that moves version-1 settings forward.
UPGRADES: dict[int, Callable[[QSettings], None]] = {}


class Settings:
    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store or QSettings(ORG_NAME, APP_ID)
        self.upgrade()

    def upgrade(self) -> None:
        version = int(str(self.store.value("settings_version", 0) or 0))
        for target in sorted(v for v in UPGRADES if v > version):
            UPGRADES[target](self.store)
        if version != SETTINGS_VERSION:
            self.store.setValue("settings_version", SETTINGS_VERSION)

    def get(self, option: Option) -> Any:
        value = self.store.value(option.path, option.default)
        if option.kind is bool and isinstance(value, str):
            return value.lower() == "true"
        if option.kind is list:
            if value is None or value == "":
                return []
            return list(value) if isinstance(value, list | tuple) else [value]
        try:
            return option.kind(value)
        except (TypeError, ValueError):
            return option.default

    def set(self, option: Option, value: Any) -> None:
        self.store.setValue(option.path, value)

    def state(self, name: str) -> QByteArray | None:
        value = self.store.value(f"state/{name}")
        return value if isinstance(value, QByteArray) else None

    def save_state(self, name: str, value: QByteArray) -> None:
        self.store.setValue(f"state/{name}", value)

    def sync(self) -> None:
        self.store.sync()
