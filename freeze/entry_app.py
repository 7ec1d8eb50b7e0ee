"""Frozen entry point of the desktop app (no console window): `advisor_referrals.app:main`."""

from advisor_referrals.app import main

raise SystemExit(main())
