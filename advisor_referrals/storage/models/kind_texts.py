"""The trigger library's wording per language: the label and talking point a kit prints."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from advisor_referrals.storage.models.base import Base


class TriggerKindTextRow(Base):
    """What the advisor wrote for one kind in one language (a BCP 47 tag such as "fr").

    A language without a row prints the shipped wording of a default kind, or the
    kind's own label and talking point (docs/design.md, Languages and scripts).
    """

    __tablename__ = "trigger_kind_texts"
    __table_args__ = (UniqueConstraint("kind_id", "language"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind_id: Mapped[int] = mapped_column(
        ForeignKey("trigger_kinds.id", ondelete="CASCADE"), nullable=False
    )
    language: Mapped[str] = mapped_column(String(35), nullable=False)
    label: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    talking_point: Mapped[str] = mapped_column(Text, nullable=False, default="")
