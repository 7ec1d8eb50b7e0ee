"""Referral kits: who a batch is for, what it reads, how it is drawn and saved, and the
record of who got one (docs/design.md, "Layers": the renderer is passed in)."""

from advisor_referrals.services.kits.kit_batch import (
    BatchResult,
    KitBatch,
    KitRenderer,
    KitRendering,
    MissingGlyphs,
    RenderedKit,
    WrittenKit,
    nothing_missing,
)
from advisor_referrals.services.kits.kit_files import ExistingKitsError
from advisor_referrals.services.kits.kit_service import KitService

__all__ = [
    "BatchResult",
    "ExistingKitsError",
    "KitBatch",
    "KitRenderer",
    "KitRendering",
    "KitService",
    "MissingGlyphs",
    "RenderedKit",
    "WrittenKit",
    "nothing_missing",
]
