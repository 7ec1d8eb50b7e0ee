"""Referrals: recording, the pipeline, thank-yous, centres of influence, compliance, the ask list."""
