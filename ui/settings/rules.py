"""The rule values in the settings dialog: one row per value with the editor fitting its type,
its source, how sure we are of it and whether it differs from the default."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPalette, QWheelEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.profile import PAYMENT_METHODS, RuleValue
from ui.detail.texts import payment_text
from ui.settings.rule_sources import RuleSources, ZoneField, confidence_text, count_text, rule_text, zone_text

MAX_VALUE = 3650  # the profile accepts whole numbers from 0 to 3650


def unit_text(unit: str) -> str:
    words = {
        "days": QCoreApplication.translate("SettingsDialog", "days"),
        "hours": QCoreApplication.translate("SettingsDialog", "hours"),
        "business days": QCoreApplication.translate("SettingsDialog", "business days"),
    }
    return words.get(unit, unit)


def range_text(low: int, high: int, unit: str) -> str:
    """A range as a sentence reads it: "20 days", "up to 1 business day", "3 to 20 business days"
    (never "0–1 business days")."""
    if low == high:
        return count_text(high, unit)
    if low == 0:
        return QCoreApplication.translate("SettingsDialog", "up to %1").replace("%1", count_text(high, unit))
    return (
        QCoreApplication.translate("SettingsDialog", "%1 to %2")
        .replace("%1", str(low))
        .replace("%2", count_text(high, unit))
    )


def value_text(rule: RuleValue, value: Any) -> str:
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("SettingsDialog", "yes")
            if value
            else QCoreApplication.translate("SettingsDialog", "no")
        )
    if isinstance(value, str):
        return zone_text(value)
    if isinstance(value, int):
        return count_text(value, rule.unit)
    if {"min", "max"} <= value.keys():
        return range_text(int(value["min"]), int(value["max"]), rule.unit)
    return "; ".join(
        QCoreApplication.translate("SettingsDialog", "%1: %2")
        .replace("%1", payment_text(k))
        .replace("%2", range_text(int(v["min"]), int(v["max"]), rule.unit))
        for k, v in value.items()
    )


def set_font(label: QLabel, *, bold: bool = False, scale: float = 1.0) -> None:
    font = label.font()
    font.setBold(bold)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)


class SpinBox(QSpinBox):
    """A spin box that ignores the mouse wheel unless focused, so scrolling the list doesn't
    change values by accident."""

    def __init__(self, suffix: str, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, MAX_VALUE)
        self.setSuffix(f" {suffix}" if suffix else "")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(accessible_name)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class RuleEditor(QWidget):
    """The editor fitting a value's type: a spin box with the unit, a check box, a "min – max"
    pair, or such a pair per payment method. ``edited`` fires on every change by the user."""

    edited = Signal()

    def __init__(self, rule: RuleValue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._unit = unit_text(rule.unit)
        self.check: QCheckBox | None = None
        self.spin: SpinBox | None = None
        self.zone: ZoneField | None = None
        self.ranges: dict[str, tuple[SpinBox, SpinBox]] = {}  # "" when the value is one range
        name, default = rule_text(rule.label), rule.default
        if isinstance(default, bool):
            self.check = QCheckBox(QCoreApplication.translate("SettingsDialog", "Yes"), self)
            self.check.setAccessibleName(name)
            self.check.toggled.connect(self.edited)
            self._grid.addWidget(self.check, 0, 0)
        elif isinstance(default, str):
            self.zone = ZoneField(name, self)
            self.zone.edited.connect(self.edited)
            self._grid.addWidget(self.zone, 0, 0)
        elif isinstance(default, int):
            self.spin = SpinBox(self._unit, name, self)
            self.spin.valueChanged.connect(self.edited)
            self._grid.addWidget(self.spin, 0, 0)
        elif {"min", "max"} <= default.keys():
            self._add_range("", name, 0)
        else:
            known = {method: i for i, method in enumerate(PAYMENT_METHODS)}
            for row, method in enumerate(sorted(default, key=lambda m: known.get(m, len(known)))):
                self._add_range(method, f"{name}: {payment_text(method)}", row)

    def _add_range(self, key: str, name: str, row: int) -> None:
        # "[3] to [20] business days": the unit after both numbers, so "0 – 1 business days"
        # never reads as if the first number had no unit.
        low = SpinBox(
            "", QCoreApplication.translate("SettingsDialog", "%1, at least").replace("%1", name), self
        )
        high = SpinBox(
            "", QCoreApplication.translate("SettingsDialog", "%1, at most").replace("%1", name), self
        )

        def limit() -> None:  # each limits the other, so the range is never upside down
            high.setMinimum(low.value())
            low.setMaximum(high.value())
            self.edited.emit()

        low.valueChanged.connect(limit)
        high.valueChanged.connect(limit)
        if key:
            label = QLabel(payment_text(key), self)
            label.setBuddy(low)
            self._grid.addWidget(label, row, 0)
        self._grid.addWidget(low, row, 1)
        self._grid.addWidget(QLabel(QCoreApplication.translate("SettingsDialog", "to"), self), row, 2)
        self._grid.addWidget(high, row, 3)
        self._grid.addWidget(QLabel(self._unit, self), row, 4)
        self.ranges[key] = (low, high)

    def value(self) -> Any:
        if self.check is not None:
            return self.check.isChecked()
        if self.spin is not None:
            return self.spin.value()
        if self.zone is not None:
            return self.zone.value()
        values = {key: {"min": low.value(), "max": high.value()} for key, (low, high) in self.ranges.items()}
        return values[""] if "" in values else values

    def set_value(self, value: Any) -> None:
        if self.check is not None:
            self.check.setChecked(bool(value))
        elif self.spin is not None:
            self.spin.setValue(int(value))
        elif self.zone is not None:
            self.zone.set_value(str(value))
        for key, (low, high) in self.ranges.items():
            part = value[key] if key else value
            low.setRange(0, MAX_VALUE)
            high.setRange(0, MAX_VALUE)
            low.setValue(int(part["min"]))
            high.setValue(int(part["max"]))


class RuleRow(QFrame):
    """One value: label, editor, "Reset to default", source, confidence, overridden marker."""

    edited = Signal()

    def __init__(self, rule: RuleValue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rule = rule  # as stored
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName(f"rule_{rule.key}")
        self.title = QLabel(rule_text(rule.label), self)
        self.title.setWordWrap(True)
        set_font(self.title, bold=True)
        self.editor = RuleEditor(rule, self)
        self.editor.set_value(rule.value)
        self.editor.edited.connect(self._edited)
        self.reset_button = QPushButton(
            QCoreApplication.translate("SettingsDialog", "Reset to default"), self
        )
        self.reset_button.setAutoDefault(False)
        self.reset_button.setAccessibleName(
            QCoreApplication.translate("SettingsDialog", "Reset %1 to default").replace(
                "%1", rule_text(rule.label)
            )
        )
        self.reset_button.setToolTip(
            QCoreApplication.translate("SettingsDialog", "Default: %1").replace(
                "%1", value_text(rule, rule.default)
            )
        )
        self.reset_button.clicked.connect(self.reset_to_default)
        self.source = QLabel(
            QCoreApplication.translate("SettingsDialog", "Source: %1").replace("%1", rule_text(rule.source)),
            self,
        )
        if len(rule.sources) == 1:
            self.source.setText(
                QCoreApplication.translate("SettingsDialog", "Source (%2): %1")
                .replace("%1", rule_text(rule.source))
                .replace("%2", rule.sources[0].date)
            )
        self.source.setWordWrap(True)
        set_font(self.source, scale=0.9)
        # Where newer sources disagree, each of them, with the one in use marked.
        self.sources: RuleSources | None = None
        if rule.sources_disagree:
            self.sources = RuleSources(rule, self)
        name, explanation = confidence_text(rule.confidence)
        # Plain small text like the source above it: a framed tag looked like a pressed button.
        self.confidence = QLabel(
            QCoreApplication.translate("SettingsDialog", "Confidence: %1").replace("%1", name), self
        )
        self.confidence.setWordWrap(True)
        self.confidence.setToolTip(explanation)
        self.confidence.setAccessibleDescription(explanation)
        self.confidence.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        set_font(self.confidence, scale=0.9)
        self.marker = QLabel(
            QCoreApplication.translate("SettingsDialog", "✎ Changed (default: %1)").replace(
                "%1", value_text(rule, rule.default)
            ),
            self,
        )
        self.marker.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.hide()

        badges = QHBoxLayout()
        badges.addWidget(self.confidence)
        badges.addWidget(self.marker)
        badges.addStretch(1)
        text = QVBoxLayout()
        text.addWidget(self.title)
        text.addWidget(self.source)
        if self.sources is not None:
            text.addWidget(self.sources)
        text.addLayout(badges)
        text.addStretch(1)
        layout = QGridLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        # The editor with "Reset to default" under it: side by side they crowded out the texts
        # in a longer language.
        controls = QVBoxLayout()
        controls.addWidget(self.editor, 0, Qt.AlignmentFlag.AlignRight)
        controls.addWidget(self.reset_button, 0, Qt.AlignmentFlag.AlignRight)
        controls.addStretch(1)
        layout.addLayout(text, 0, 0)
        layout.addLayout(controls, 0, 1)
        layout.addWidget(self.error, 1, 0, 1, 2)
        layout.setColumnStretch(0, 1)
        self._update_marks()

    def pending(self) -> bool:
        return bool(self.editor.value() != self.rule.value)

    def change(self) -> tuple[str, Any, bool]:
        """What to save: (key, value, whether it is a reset to the default)."""
        value = self.editor.value()
        return self.rule.key, value, bool(value == self.rule.default)

    def reset_to_default(self) -> None:
        self.editor.set_value(self.rule.default)
        self._edited()

    def stored(self, rule: RuleValue) -> None:
        """The value was saved (or read again): keep what the buyer typed if it differs."""
        self.rule = rule
        self.error.hide()
        self._update_marks()

    def show_error(self, message: str) -> None:
        self.error.setText(f"⚠ {message}")
        self.error.show()

    def _edited(self) -> None:
        self.error.hide()
        self._update_marks()
        self.edited.emit()

    def _update_marks(self) -> None:
        if self.sources is not None:
            self.sources.mark(self.editor.value())
        changed = bool(self.editor.value() != self.rule.default)
        self.reset_button.setEnabled(changed)
        self.marker.setVisible(changed)
