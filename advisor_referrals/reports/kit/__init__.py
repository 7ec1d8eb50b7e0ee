"""The referral kit: a personal, printable PDF a client keeps and shares with friends.

`renderer_for(content, page_size).render(client, stream)` writes one kit. A renderer
prepares once what does not depend on the client (fonts, the logo, the QR code and
every section but the letter and the cards' names) and is kept for the next kit.

The renderer (and ReportLab with it) loads on first use, so that the kit's content
types cost nothing at the desktop app's start-up.
"""

from typing import TYPE_CHECKING, Any

from advisor_referrals.reports.kit.content import Conversation, KitContent

if TYPE_CHECKING:
    from advisor_referrals.reports.kit.document import KitRenderer, renderer_for

__all__ = ["Conversation", "KitContent", "KitRenderer", "renderer_for"]


def __getattr__(name: str) -> Any:
    if name in ("KitRenderer", "renderer_for"):
        from advisor_referrals.reports.kit import document

        return getattr(document, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
