"""Words of the insights views: periods, dispute reasons and outcomes (context "insights")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.periods import Preset
from ui.common.translation import QT_TRANSLATE_NOOP

PRESETS: dict[Preset, str] = {
    Preset.THIS_MONTH: QT_TRANSLATE_NOOP("insights", "This month"),
    Preset.THIS_YEAR: QT_TRANSLATE_NOOP("insights", "This year"),
    Preset.LAST_12_MONTHS: QT_TRANSLATE_NOOP("insights", "Last 12 months"),
    Preset.ALL: QT_TRANSLATE_NOOP("insights", "All time"),
    Preset.CUSTOM: QT_TRANSLATE_NOOP("insights", "Custom…"),
}

REASONS: dict[str, str] = {
    "tracking_stalled": QT_TRANSLATE_NOOP("insights", "Tracking stalled"),
    "wrong_destination": QT_TRANSLATE_NOOP("insights", "Wrong destination"),
    "delivery_period_ending": QT_TRANSLATE_NOOP("insights", "Delivery period ending"),
    "returned_to_sender": QT_TRANSLATE_NOOP("insights", "Returned to sender"),
    "customs": QT_TRANSLATE_NOOP("insights", "Held at customs"),
    "not_as_described": QT_TRANSLATE_NOOP("insights", "Not as described"),
    "defective": QT_TRANSLATE_NOOP("insights", "Defective"),
    "damaged": QT_TRANSLATE_NOOP("insights", "Damaged"),
    "wrong_item": QT_TRANSLATE_NOOP("insights", "Wrong item"),
    "quantity_short": QT_TRANSLATE_NOOP("insights", "Quantity short"),
    "counterfeit": QT_TRANSLATE_NOOP("insights", "Counterfeit"),
    "empty_parcel": QT_TRANSLATE_NOOP("insights", "Empty parcel"),
    "other": QT_TRANSLATE_NOOP("insights", "Other"),
}

OUTCOMES: dict[str, str] = {
    "won": QT_TRANSLATE_NOOP("insights", "Won"),
    "lost": QT_TRANSLATE_NOOP("insights", "Lost"),
    "open": QT_TRANSLATE_NOOP("insights", "Open"),
    "cancelled": QT_TRANSLATE_NOOP("insights", "Cancelled"),
}


def preset_text(preset: Preset) -> str:
    return QCoreApplication.translate("insights", PRESETS[preset])


def reason_text(reason: str) -> str:
    return QCoreApplication.translate("insights", REASONS[reason]) if reason in REASONS else reason


def outcome_text(outcome: str) -> str:
    return QCoreApplication.translate("insights", OUTCOMES[outcome]) if outcome in OUTCOMES else outcome
