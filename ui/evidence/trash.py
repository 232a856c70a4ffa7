"""The order's photos and videos in the trash, with "Restore". Removing evidence moves it to the
trash (the gallery's Delete, undone with Ctrl+Z while the app runs); this dialog brings items
back later too. Files stay on disk while any item, trashed or not, refers to them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.common import dialogs
from ui.common.format import local_time
from ui.evidence.desk import EvidenceDesk

if TYPE_CHECKING:  # the service module imports SQLAlchemy: not before the first paint
    from app.services.evidence import EvidenceView

_ID_ROLE = int(Qt.ItemDataRole.UserRole)


class EvidenceTrashDialog(QDialog):
    def __init__(self, desk: EvidenceDesk, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._number = number
        self._views: dict[int, EvidenceView] = {}
        self.setWindowTitle(self.tr("Removed photos and videos of %1").replace("%1", number))
        self.resize(520, 320)
        self.intro = QLabel(self.tr("Choose what to bring back to the order."), self)
        self.items = QListWidget(self)
        self.items.setAccessibleName(self.tr("Photos and videos in the trash"))
        self.items.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.items.itemSelectionChanged.connect(self._selection_changed)
        self.items.itemDoubleClicked.connect(self.restore_selected)
        self.empty = QLabel(self.tr("Nothing of this order is in the trash."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = QPushButton(self.tr("&Restore"), self)
        self.restore_button.setAccessibleName(self.tr("Restore the chosen photos and videos"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self.restore_selected)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.items, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(buttons)
        self._fill()

    def _fill(self) -> None:
        self.items.clear()
        self._views = {view.id: view for view in self._desk.trashed(self._number)}
        for view in self._views.values():
            text = view.original_name
            if view.caption:
                text += f" — {view.caption}"
            if view.deleted_at is not None:
                text += "  " + self.tr("(removed %1)").replace("%1", local_time(view.deleted_at))
            item = QListWidgetItem(text, self.items)
            item.setData(_ID_ROLE, view.id)
        has_items = bool(self._views)
        self.items.setVisible(has_items)
        self.intro.setVisible(has_items)
        self.empty.setVisible(not has_items)
        if has_items:
            self.items.setCurrentRow(0)
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(bool(self.items.selectedItems()))

    def restore_selected(self) -> None:
        chosen = [self._views[int(item.data(_ID_ROLE))] for item in self.items.selectedItems()]
        try:
            for view in chosen:
                self._desk.restore(self._number, view)
        except Exception as exc:  # the order went away meanwhile, the file system failed…
            dialogs.show_error(self, self.windowTitle(), dialogs.refusal_text(exc))
        self._fill()
