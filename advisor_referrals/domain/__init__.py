"""Plain data and rules of the referral business. Imports neither Qt nor SQLAlchemy."""
