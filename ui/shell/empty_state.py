"""What a new user sees: a welcome with the two ways to begin."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ui.common.resources import app_icon


class EmptyState(QWidget):
    add_requested = Signal()
    sample_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(96, 96))
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = QLabel(self.tr("Welcome to Dispute Desk"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(
            self.tr(
                "Keep every order with a live countdown to its next deadline: payment check, "
                "shipping, buyer protection, disputes and refunds. Everything stays on this computer."
            )
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setFixedWidth(480)
        # A wrapped label placed with an alignment gets its one-line height: ask for the real one.
        text.setMinimumHeight(text.heightForWidth(480))
        self.add_button = QPushButton(self.tr("Add your first order…"))
        self.add_button.setDefault(True)
        self.add_button.setAccessibleName(self.tr("Add your first order"))
        self.add_button.clicked.connect(self.add_requested)
        self.sample_button = QPushButton(self.tr("Try it with sample orders"))
        self.sample_button.setAccessibleName(self.tr("Load sample orders"))
        self.sample_button.setToolTip(
            self.tr("Loads made-up orders, clearly marked, that you can remove again in one step.")
        )
        self.sample_button.clicked.connect(self.sample_requested)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        for widget in (icon, title, text):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(16)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.sample_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
