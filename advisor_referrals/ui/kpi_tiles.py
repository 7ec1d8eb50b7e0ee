"""Headline-number tiles and labelled bar lists, shared by the Today view and the analytics."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from advisor_referrals.ui import formats
from advisor_referrals.ui.i18n import tr

ACCENT = "#1F5C99"


def mute(label: QLabel) -> None:
    """Secondary text: the text colour two-thirds of the way to the background, any theme."""
    palette = label.palette()
    text, back = palette.windowText().color(), palette.window().color()
    mixed = QColor(
        round(text.red() * 0.62 + back.red() * 0.38),
        round(text.green() * 0.62 + back.green() * 0.38),
        round(text.blue() * 0.62 + back.blue() * 0.38),
    )
    palette.setColor(QPalette.ColorRole.WindowText, mixed)
    label.setPalette(palette)


class ExplainButton(QToolButton):
    """A small "?" that says what a figure counts: on hover (its tooltip), and shown in place
    under the figure when pressed (`explanation`, which it shows and hides)."""

    def __init__(self, explanation: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.explanation = explanation
        self.setText("?")
        self.setAutoRaise(True)
        self.setCheckable(True)
        self.setCursor(Qt.CursorShape.WhatsThisCursor)
        self.setAccessibleName(tr("Metrics", "What is this?"))
        self.toggled.connect(explanation.setVisible)

    def explain(self, text: str) -> None:
        self.setToolTip(f"<p>{escape(text, quote=False)}</p>")
        self.setWhatsThis(text)
        self.explanation.setText(text)


def explanation_label(parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setObjectName("figureExplanation")
    label.hide()
    mute(label)
    return label


class KpiTile(QFrame):
    """A number, what it is, a short note (a comparison or a benchmark), and what it counts
    (`explain`): a tooltip on the whole tile, and a "?" that shows it in the tile."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kpiTile")
        self.setStyleSheet(
            "#kpiTile { background: palette(base); border: 1px solid palette(mid);"
            f" border-top: 3px solid {ACCENT}; border-radius: 3px; }}"
        )
        self.value = QLabel("–")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.9)
        font.setBold(True)
        self.value.setFont(font)
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        self.note = QLabel("")
        self.note.setWordWrap(True)
        mute(self.note)
        self.explanation = explanation_label(self)
        self.what = ExplainButton(self.explanation, self)
        self.what.hide()
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.value, 1)
        top.addWidget(self.what, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(2)
        layout.addLayout(top)
        for widget in (self.caption, self.note, self.explanation):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_caption(self, caption: str) -> None:
        self.caption.setText(caption)

    def explain(self, text: str) -> None:
        self.what.explain(text)
        self.what.show()
        self.setToolTip(self.what.toolTip())
        self.setAccessibleDescription(text)

    def show_value(self, value: str, note: str = "") -> None:
        self.value.setText(value)
        self.note.setText(note)
        self.setAccessibleName(f"{self.caption.text()}: {value}. {note}".strip())


class BarList(QWidget):
    """Labelled horizontal bars with their counts, drawn in the palette's colours."""

    ROW = 22

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[tuple[str, int]] = []
        self.total: int | None = None
        self.empty_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_items(
        self, items: Sequence[tuple[str, int]], total: int | None = None, empty_text: str = ""
    ) -> None:
        self.items = list(items)
        self.total = total
        self.empty_text = empty_text
        self.setToolTip(
            "\n".join(f"{label}: {formats.count(count)}" for label, count in self.items)
        )
        self.setAccessibleDescription(self.toolTip() or empty_text)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(320, max(len(self.items), 1) * self.ROW + 4)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.sizeHint().height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_colour = palette.windowText().color()
        if not self.items:
            painter.setPen(palette.placeholderText().color())
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        metrics = QFontMetrics(self.font())
        label_width = min(self.width() * 0.42, 190.0)
        value_width = 76.0
        bar_width = max(self.width() - label_width - value_width - 8, 10.0)
        top = max(count for _, count in self.items) or 1
        track = QColor(palette.mid().color())
        track.setAlpha(60)
        bar = QColor(ACCENT) if palette.window().color().lightness() > 128 else QColor("#6FA8DC")
        for index, (label, count) in enumerate(self.items):
            y = index * self.ROW
            text_rect = QRectF(0, y, label_width - 8, self.ROW)
            painter.setPen(text_colour)
            elided = metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(label_width - 8))
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter, elided)
            painter.fillRect(QRectF(label_width, y + 5, bar_width, self.ROW - 10), track)
            if count:
                length = max(bar_width * count / top, 2.0)
                painter.fillRect(QRectF(label_width, y + 5, length, self.ROW - 10), bar)
            value = formats.count(count)
            if self.total:
                value += "  " + formats.percent(100 * count / self.total)
            painter.drawText(
                QRectF(label_width + bar_width + 8, y, value_width, self.ROW),
                Qt.AlignmentFlag.AlignVCenter,
                value,
            )
