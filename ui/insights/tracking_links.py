"""Tracking numbers as links: each opens its carrier's tracking page (or a universal tracker for
a number of no known shape) in the buyer's browser. The app itself connects to nothing: the
label hands the address to the desktop (QDesktopServices.openUrl)."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel

from app.domain.carriers import tracking_link


def tracking_html(numbers: Sequence[str]) -> str:
    """ "Tracking: <a>number</a> (carrier), …" as rich text."""
    parts = []
    for number in numbers:
        link = tracking_link(number)
        carrier = (
            link.carrier.name
            if link.carrier is not None
            else QCoreApplication.translate("insights", "any carrier")
        )
        parts.append(
            f'<a href="{escape(link.url, quote=True)}">{escape(number)}</a> <span>({escape(carrier)})</span>'
        )
    return escape(QCoreApplication.translate("insights", "Tracking: %1")).replace("%1", ", ".join(parts))


def show_tracking(label: QLabel, numbers: Sequence[str]) -> None:
    """Fill ``label`` with the order's tracking numbers as links (hidden when there are none)."""
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
    label.setOpenExternalLinks(True)
    label.setText(tracking_html(numbers) if numbers else "")
    label.setToolTip(
        QCoreApplication.translate("insights", "Opens the carrier's tracking page in your browser")
        if numbers
        else ""
    )
    label.setVisible(bool(numbers))
