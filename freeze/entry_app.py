"""Frozen entry point of the desktop app (no console window): `advisor_referrals.cli:main`,
which opens the app when no command is given."""

from advisor_referrals.cli import main

raise SystemExit(main())
