"""Frozen entry point of the `advisor-referrals` command line: `advisor_referrals.cli:main`."""

from advisor_referrals.cli import main

raise SystemExit(main())
