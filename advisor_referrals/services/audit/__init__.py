"""The audit trail: written with each change, read for reviews and examiners."""
