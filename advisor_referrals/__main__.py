from advisor_referrals.cli import main

raise SystemExit(main())
