"""What a rule value rests on: its sources with their dates, and, where newer sources disagree
(an escalation after 16 days or after 7), each of them with the one in use marked. Also the editor
of the one text value, the zone in which times copied from the order page are read."""

from __future__ import annotations

import json
from functools import cache
from typing import Any
from zoneinfo import available_timezones

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from app.domain.profile import LOCAL_ZONE, RuleSource, RuleValue


def rule_text(text: str) -> str:
    """Labels and sources come from the rule profile in English; translated here."""
    return QCoreApplication.translate("rules", text)


def zone_text(value: str) -> str:
    return (
        QCoreApplication.translate("SettingsDialog", "this computer's time zone")
        if value == LOCAL_ZONE
        else value
    )


def confidence_text(confidence: str) -> tuple[str, str]:
    """The confidence level's short name and what it means (the tooltip)."""
    levels = {
        "official": (
            QCoreApplication.translate("SettingsDialog", "official"),
            QCoreApplication.translate("SettingsDialog", "Published by the platform in its rules."),
        ),
        "help-centre": (
            QCoreApplication.translate("SettingsDialog", "help centre"),
            QCoreApplication.translate(
                "SettingsDialog", "Copied from the platform's help centre or its support answers."
            ),
        ),
        "guide": (
            QCoreApplication.translate("SettingsDialog", "guide"),
            QCoreApplication.translate(
                "SettingsDialog", "From a buyer's guide or forum; not confirmed by the platform."
            ),
        ),
    }
    return levels.get(confidence, (confidence, ""))


def count_text(n: int, unit: str) -> str:
    """A number with its unit, singular or plural: "1 business day", "20 days"."""
    counted = {
        "days": QCoreApplication.translate("SettingsDialog", "%n day(s)", None, n),
        "hours": QCoreApplication.translate("SettingsDialog", "%n hour(s)", None, n),
        "business days": QCoreApplication.translate("SettingsDialog", "%n business day(s)", None, n),
    }
    return counted.get(unit, f"{n} {unit}")


def source_value_text(rule: RuleValue, value: Any) -> str:
    """A source's value, short: "16 days", "yes", "America/Los_Angeles"."""
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("SettingsDialog", "yes")
            if value
            else QCoreApplication.translate("SettingsDialog", "no")
        )
    if isinstance(value, int):
        return count_text(value, rule.unit)
    if isinstance(value, str):
        return zone_text(value)
    return json.dumps(value)


class RuleSources(QWidget):
    """One line per source: its date, the value it gives and what it says; the source giving the
    value in use is marked (✓, bold). Shown where the sources disagree."""

    def __init__(self, rule: RuleValue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"sources_{rule.key}")
        self._rule = rule
        self.heading = QLabel(QCoreApplication.translate("SettingsDialog", "The sources disagree:"), self)
        self.lines: list[tuple[RuleSource, QLabel]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(self.heading)
        for source in rule.sources:
            label = QLabel(self)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if source.url:
                label.setToolTip(source.url)
            layout.addWidget(label)
            self.lines.append((source, label))
        self.mark(rule.value)

    def mark(self, value: Any) -> None:
        """Mark the source that gives ``value`` (the value in use, or being typed)."""
        for source, label in self.lines:
            chosen = source.value == value
            text = (
                QCoreApplication.translate("SettingsDialog", "%1 (%2): %3 — %4")
                .replace("%1", source.date)
                .replace("%2", confidence_text(source.confidence)[0])
                .replace("%3", source_value_text(self._rule, source.value))
                .replace("%4", rule_text(source.text))
            )
            label.setText(
                ("✓ " + text + " " + QCoreApplication.translate("SettingsDialog", "(in use)"))
                if chosen
                else ("   " + text)
            )
            font = label.font()
            font.setBold(chosen)
            label.setFont(font)
            label.setAccessibleName(
                (
                    QCoreApplication.translate("SettingsDialog", "Source in use: %1")
                    if chosen
                    else QCoreApplication.translate("SettingsDialog", "Other source: %1")
                ).replace("%1", text)
            )


@cache
def _zone_names() -> tuple[str, ...]:
    """The IANA zones this machine knows, by name (read once: the list is long)."""
    return tuple(
        sorted(name for name in available_timezones() if "/" in name and not name.startswith("Etc/"))
    )


class ZoneField(QComboBox):
    """A time zone: this computer's (``local``) or an IANA name, typed or chosen. Ignores the
    mouse wheel unless focused, like the other editors."""

    edited = Signal()

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(accessible_name)
        self.addItem(zone_text(LOCAL_ZONE), LOCAL_ZONE)
        for name in _zone_names():
            self.addItem(name, name)
        self.setMinimumContentsLength(22)
        self.currentTextChanged.connect(self.edited)

    def value(self) -> str:
        text = self.currentText().strip()
        if not text or text == zone_text(LOCAL_ZONE):
            return LOCAL_ZONE
        return text

    def set_value(self, value: str) -> None:
        index = self.findData(value)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(value)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()
