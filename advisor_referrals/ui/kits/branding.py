"""The Settings tab for the kit's branding and wording: logo, accent colour, disclosures, texts."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from advisor_referrals.domain.kit_content import DEFAULT_IDEAL_CLIENT, DEFAULT_SERVICES
from advisor_referrals.domain.profile import DEFAULT_ACCENT, AdvisorProfile
from advisor_referrals.services.settings import LoadedProfile, SettingsService
from advisor_referrals.ui.fields import set_plain_text
from advisor_referrals.ui.forms import form_layout
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.settings_dialog import SettingsTab

LOGO_PREVIEW = (180, 54)


class KitBrandingTab(SettingsTab):
    """Edits the kit fields of the advisor profile; `save()` writes them, keeping the others."""

    def __init__(
        self,
        settings: SettingsService,
        parent: QWidget | None = None,
        loaded: LoadedProfile | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        # Shared with the Profile tab; a stale save is refused (docs/design.md, "Safety").
        self.loaded = loaded or settings.load_profile()
        profile = self.loaded.profile

        self.logo_path = QLineEdit(profile.logo_path)
        self.logo_path.setReadOnly(True)
        self.logo_path.setPlaceholderText(tr("Kits", "No logo: the kit shows your initials"))
        self.logo_preview = QLabel()
        self.logo_preview.setFixedSize(*LOGO_PREVIEW)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.logo_problem = QLabel()
        self.logo_problem.setWordWrap(True)
        self.logo_problem.setVisible(False)
        choose = QPushButton(tr("Kits", "Choose…"))
        choose.clicked.connect(self.choose_logo)
        remove = QPushButton(tr("Kits", "Remove"))
        remove.clicked.connect(lambda: self.set_logo(""))
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_path, 1)
        logo_row.addWidget(choose)
        logo_row.addWidget(remove)
        logo_box = QVBoxLayout()
        logo_box.addLayout(logo_row)
        logo_box.addWidget(self.logo_preview)
        logo_box.addWidget(self.logo_problem)

        self.accent = QColor(profile.accent_color or DEFAULT_ACCENT)
        if not self.accent.isValid():
            self.accent = QColor(DEFAULT_ACCENT)
        self.accent_button = QPushButton()
        self.accent_button.setFixedWidth(120)
        self.accent_button.clicked.connect(self.choose_accent)
        reset = QPushButton(tr("Kits", "Default"))
        reset.clicked.connect(lambda: self.set_accent(QColor(DEFAULT_ACCENT)))
        accent_row = QHBoxLayout()
        accent_row.addWidget(self.accent_button)
        accent_row.addWidget(reset)
        accent_row.addStretch(1)

        self.disclosures = self._text(
            profile.disclosures,
            tr("Kits", "Your firm's required disclosures, printed at the foot of every page"),
        )
        self.ideal_client = self._text(profile.ideal_client, DEFAULT_IDEAL_CLIENT)
        self.services = self._text(profile.services, DEFAULT_SERVICES)

        form = form_layout(self)
        form.addRow(tr("Kits", "Logo:"), logo_box)
        form.addRow(tr("Kits", "Accent colour:"), accent_row)
        form.addRow(tr("Kits", "Disclosures:"), self.disclosures)
        form.addRow(tr("Kits", "Who we help:"), self.ideal_client)
        form.addRow(tr("Kits", "How we help:"), self.services)
        hint = QLabel(
            tr(
                "Kits",
                "Left empty, a text prints the wording shown in grey. Start a line with "
                "\u201c- \u201d for a list item; \u201cName: description\u201d prints the "
                "name in bold.",
            )
        )
        hint.setWordWrap(True)
        form.addRow("", hint)

        self.set_logo(profile.logo_path, quiet=True)
        self.set_accent(self.accent)

    @staticmethod
    def _text(value: str, placeholder: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        set_plain_text(edit, value)
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(70)
        return edit

    # Logo

    def choose_logo(self) -> None:
        start = str(Path(self.logo_path.text()).parent) if self.logo_path.text() else ""
        chosen, _ = QFileDialog.getOpenFileName(
            self, tr("Kits", "Choose your logo"), start, tr("Kits", "Images (*.png *.jpg *.jpeg)")
        )
        if chosen:
            self.set_logo(chosen)

    def set_logo(self, path: str, *, quiet: bool = False) -> bool:
        """Show the logo; an unreadable file is refused with a message (and never saved)."""
        self.logo_problem.setVisible(False)
        if not path:
            self.logo_path.clear()
            self.logo_preview.clear()
            return True
        reader = QImageReader(path)
        reader.setAutoTransform(True)
        image = reader.read()
        if image.isNull():
            self.logo_preview.clear()
            message = tr("Kits", "{0} cannot be read as an image ({1}).").format(
                path, reader.errorString()
            )
            if quiet:  # a saved logo that has gone missing: the kit falls back to initials
                message = tr(
                    "Kits", "{0} is missing or unreadable; kits use your initials."
                ).format(path)
                self.logo_path.setText(path)
            self.logo_problem.setText(message)
            self.logo_problem.setVisible(True)
            return False
        self.logo_path.setText(path)
        pixmap = QPixmap.fromImage(image).scaled(
            *LOGO_PREVIEW,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        self.logo_preview.setPixmap(pixmap)
        return True

    # Accent colour

    def choose_accent(self) -> None:
        colour = QColorDialog.getColor(self.accent, self, tr("Kits", "Accent colour for kits"))
        if colour.isValid():
            self.set_accent(colour)

    def set_accent(self, colour: QColor) -> None:
        self.accent = colour
        name = colour.name().upper()
        text = "#000000" if colour.lightnessF() > 0.6 else "#FFFFFF"
        self.accent_button.setText(name)
        self.accent_button.setStyleSheet(f"background-color: {name}; color: {text};")

    # Saving

    def edited_profile(self, profile: AdvisorProfile) -> AdvisorProfile:
        return replace(
            profile,
            logo_path=self.logo_path.text().strip(),
            accent_color=self.accent.name().upper(),
            disclosures=self.disclosures.toPlainText().strip(),
            ideal_client=self.ideal_client.toPlainText().strip(),
            services=self.services.toPlainText().strip(),
        )

    def save(self) -> None:
        """Write the kit fields onto the profile as loaded (other tabs' saves included);
        someone else's newer profile is not overwritten (ConflictError)."""
        current = self.loaded.profile
        edited = self.edited_profile(current)
        if edited != current:
            self.settings.save_profile(edited, loaded=self.loaded)
