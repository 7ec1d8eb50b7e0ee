"""The referral kit: a personal, printable PDF a client keeps and shares with friends.

`renderer_for(content, page_size).render(client, stream)` writes one kit. A renderer
prepares once what does not depend on the client (fonts, the logo, the QR code and
every section but the letter and the cards' names) and is kept for the next kit.

The renderer (and ReportLab with it) loads on first use, not at the desktop app's
start-up. What a kit says (`KitContent`) is in domain/kit_content.py.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from advisor_referrals.reports.kit.document import KitRenderer, renderer_for

__all__ = ["KitRenderer", "renderer_for"]


def __getattr__(name: str) -> Any:
    if name in ("KitRenderer", "renderer_for"):
        from advisor_referrals.reports.kit import document

        return getattr(document, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
