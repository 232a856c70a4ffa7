"""Warnings about stores the buyer flagged "avoid", where a new order comes in: under the store
field of the order editor and the paste dialog (as the name is typed or recognised), and above
the import preview (how many of the orders to add come from such stores, and which).

They warn and never block: the buyer may still want the order recorded. Each is attached to
its dialog from outside (``attach_*``), so the dialogs themselves only expose their parts."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import QBoxLayout, QDialog, QLabel, QLineEdit, QWidget

from app.domain.stores import StoreMark, store_key
from ui.insights.marks import avoid_text

STYLE = "QLabel { color: palette(window-text); background: palette(alternate-base); padding: 4px; }"


class StoreWarning(QLabel):
    """Shows the warning while ``edit`` names a flagged store."""

    def __init__(
        self, edit: QLineEdit, marks: Mapping[str, StoreMark], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._marks = {key: mark for key, mark in marks.items() if mark.avoid}
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("Store warning"))
        self.setStyleSheet(STYLE)
        edit.textChanged.connect(self.check)
        self.check(edit.text())

    def check(self, store: str) -> None:
        mark = self._marks.get(store_key(store)) if store.strip() else None
        self.setText("⚠ " + avoid_text(store.strip(), mark.note) if mark is not None else "")
        self.setVisible(mark is not None)


class ImportWarning(QLabel):
    """Shows, for an import preview, the orders to add that come from flagged stores."""

    def __init__(self, marks: Mapping[str, StoreMark], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._marks = {key: mark for key, mark in marks.items() if mark.avoid}
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("Stores to avoid in this file"))
        self.setStyleSheet(STYLE)
        self.hide()

    def show_plan(self, plan: Any) -> None:
        """``plan``: an import preview (``entries`` with ``action`` and ``store``)."""
        found: Counter[str] = Counter()
        for entry in getattr(plan, "entries", ()):
            if entry.action == "add" and store_key(entry.store) in self._marks:
                found[entry.store.strip()] += 1
        if not found:
            self.setText("")
            self.hide()
            return
        stores = ", ".join(f"{name} ({count})" for name, count in sorted(found.items()))
        self.setText(
            "⚠ "
            + self.tr(
                "From stores you marked to avoid: %1 (%n order(s) to add).", "", sum(found.values())
            ).replace("%1", stores)
        )
        self.show()


def _insert_before(dialog: QDialog, widget: QWidget, before: QWidget) -> None:
    layout = dialog.layout()
    if isinstance(layout, QBoxLayout):
        index = layout.indexOf(before)
        layout.insertWidget(index if index >= 0 else layout.count(), widget)


def attach_store_warning(
    dialog: QDialog, edit: QLineEdit, before: QWidget, marks: Mapping[str, StoreMark]
) -> StoreWarning:
    """Put a :class:`StoreWarning` for ``edit`` in ``dialog``'s layout, above ``before``."""
    warning = StoreWarning(edit, marks, dialog)
    _insert_before(dialog, warning, before)
    return warning


def attach_import_warning(dialog: QDialog, before: QWidget, marks: Mapping[str, StoreMark]) -> ImportWarning:
    """Put an :class:`ImportWarning` in ``dialog``'s layout, above ``before``; the caller feeds
    it the previews (``dialog.previewed``)."""
    warning = ImportWarning(marks, dialog)
    _insert_before(dialog, warning, before)
    return warning
