"""The referral program: goals, programs, rewards, client events, what works, and the written plan."""
