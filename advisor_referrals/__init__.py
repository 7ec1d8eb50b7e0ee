"""Advisor Referrals: a desktop app that helps financial advisors earn referrals."""

from importlib import metadata

try:
    __version__ = metadata.version("advisor-referrals")
except metadata.PackageNotFoundError:  # running from a checkout or a frozen bundle
    __version__ = "0.1.0"

APP_NAME = "Advisor Referrals"
APP_ID = "advisor-referrals"
ORG_NAME = "Advisor Referrals"
