"""Two people saving the same record: the second save is refused, never silently applied.

Every edited table has a `version` column that SQLAlchemy checks in the UPDATE itself
(`version_id_col`), so even two saves that both passed the service's version check
at the same moment cannot both land: the later UPDATE matches no row. `saving()`
turns that into the ConflictError the user sees, with its offer to reload.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm.exc import StaleDataError

from advisor_referrals.domain.errors import ConflictError


@contextmanager
def saving(what: str) -> Iterator[None]:
    """Wrap a write transaction of `what` (e.g. "Referral from Ana Souza")."""
    try:
        yield
    except StaleDataError:
        raise ConflictError(what) from None
