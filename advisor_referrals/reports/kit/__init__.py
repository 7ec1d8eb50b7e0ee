"""The referral kit: a personal, printable PDF a client keeps and shares with friends.

`KitRenderer(content, page_size).render(client, stream)` writes one kit; make one
renderer per batch so that fonts, the logo, the QR code and every section that does
not depend on the client are prepared once.
"""

from advisor_referrals.reports.kit.content import Conversation, KitContent
from advisor_referrals.reports.kit.document import KitRenderer

__all__ = ["Conversation", "KitContent", "KitRenderer"]
