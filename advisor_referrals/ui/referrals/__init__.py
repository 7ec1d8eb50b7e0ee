"""The referral features of the desktop app: triggers, the pipeline, the ask list, compliance."""
