"""The practice in the window: whose clients it shows, the follow-ups given to me, handing
clients to another advisor (docs/design.md, "A practice")."""
