"""Advisor Referrals: a desktop app that helps financial advisors earn referrals."""

from __future__ import annotations

from functools import cache

APP_NAME = "Advisor Referrals"
APP_ID = "advisor-referrals"
ORG_NAME = "Advisor Referrals"
FALLBACK_VERSION = "0.1.0"  # running from a checkout or a frozen bundle


@cache
def version() -> str:
    """The installed version, read from the package metadata when first asked for.

    Reading the metadata scans the import path (importlib.metadata costs some 40 ms), so
    the app and the command line ask only when they show it (docs/design.md, "Budgets").
    """
    from importlib import metadata

    try:
        return metadata.version(APP_ID)
    except metadata.PackageNotFoundError:
        return FALLBACK_VERSION


def __getattr__(name: str) -> str:
    # `advisor_referrals.__version__` as tools expect it, computed on first use.
    if name == "__version__":
        return version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
