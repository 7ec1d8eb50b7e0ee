"""The referral kit: a personal, printable PDF a client keeps and shares with friends.

`renderer_for(content, page_size).render(client, stream)` writes one kit. A renderer
prepares once what does not depend on the client (fonts, the logo, the QR code and
every section but the letter and the cards' names) and is kept for the next kit.
"""

from advisor_referrals.reports.kit.content import Conversation, KitContent
from advisor_referrals.reports.kit.document import KitRenderer, renderer_for

__all__ = ["Conversation", "KitContent", "KitRenderer", "renderer_for"]
