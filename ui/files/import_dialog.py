"""File → Import…: pick a file (or get one by drop), see what would be added, updated or
skipped and why (and which encoding a text file was read in, which the buyer can change),
import it with a progress bar that can be cancelled (nothing is written then), read the summary
in the same words as the preview.

The preview and the import run in the task runner's writer thread (both compare with the
database inside a transaction); progress comes back through a queued signal. The service is
made by a factory the window passes in, so the dialog never imports SQLAlchemy itself and a
test can hand it one on a temporary database.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import Refused
from app.importers.model import FILE_FORMAT_CHOICES, FORMAT_NAMES, Format
from app.importers.text_files import ENCODINGS
from ui.common import dialogs, locale_format
from ui.common.tasks import TaskRunner
from ui.files.import_model import COLUMNS, ImportPlanModel

if TYPE_CHECKING:  # the service module imports SQLAlchemy: not before the first paint
    from app.services.importing import ImportPlan, ImportResult, ImportService

# Files the window hands to this dialog when dropped (images go elsewhere).


def ask_import_paths(parent: QWidget | None, title: str, file_filter: str) -> list[Path]:
    """The open dialog (tests replace it); empty when the user cancelled."""
    chosen, _selected = QFileDialog.getOpenFileNames(parent, title, "", file_filter)
    return [Path(p) for p in chosen]


class _Progress(QObject):
    """Carries progress from the writer thread to the dialog (a queued connection)."""

    moved = Signal(int, int)


class ImportDialog(QDialog):
    imported = Signal(object)  # the ImportResult, after a successful import
    previewed = Signal(object)  # the ImportPlan, each time a preview is shown

    def __init__(
        self,
        service_factory: Callable[[], ImportService],
        tasks: TaskRunner,
        paths: Sequence[Path] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._factory = service_factory
        self._service: ImportService | None = None
        self._tasks = tasks
        self._paths: list[Path] = list(paths)
        self._plan: ImportPlan | None = None
        self._busy = False
        self._cancel = threading.Event()  # set by Cancel while an import runs
        self.setWindowTitle(self.tr("Import orders"))
        self.resize(860, 560)
        self._progress_relay = _Progress(self)
        self._progress_relay.moved.connect(self._on_progress)
        self._build()
        if self._paths:
            self.start_preview()

    # -- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        self.file_label = QLabel(self.tr("No file chosen"), self)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.file_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("&Choose file…"), self)
        self.choose_button.setAccessibleName(self.tr("Choose the file to import"))
        self.choose_button.clicked.connect(self.choose_files)
        self.format_combo = QComboBox(self)
        for name in FILE_FORMAT_CHOICES:
            label = self.tr("Detect from the content") if name == "auto" else FORMAT_NAMES[Format(name)]
            self.format_combo.addItem(label, name)
        self.format_combo.setAccessibleName(self.tr("File format"))
        self.format_combo.currentIndexChanged.connect(self.start_preview)
        self.encoding_combo = QComboBox(self)
        self.encoding_combo.addItem(self.tr("Detect from the content"), None)
        for name in ENCODINGS:
            self.encoding_combo.addItem(name, name)
        self.encoding_combo.setAccessibleName(self.tr("Text encoding of the file"))
        self.encoding_combo.setToolTip(
            self.tr("If the titles look garbled in the preview, choose the encoding the file was saved in")
        )
        self.encoding_combo.currentIndexChanged.connect(self.start_preview)
        self.currency_edit = QLineEdit(self)
        self.currency_edit.setMaxLength(3)
        self.currency_edit.setAccessibleName(self.tr("Currency for prices that name none"))
        self.currency_edit.editingFinished.connect(self.start_preview)
        self.currency_edit.textChanged.connect(self._on_currency_text)
        self.remember_currency = QCheckBox(self.tr("&Remember as my default"), self)
        self.remember_currency.setToolTip(
            self.tr("Use this currency for prices that name none in later imports too")
        )
        self.remember_currency.setEnabled(False)
        self._show_default_currency()

        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.choose_button)
        form = QFormLayout()
        form.addRow(self.tr("File:"), file_row)
        form.addRow(self.tr("&Format:"), self.format_combo)
        form.addRow(self.tr("&Encoding:"), self.encoding_combo)
        currency_row = QHBoxLayout()
        currency_row.addWidget(self.currency_edit, 1)
        currency_row.addWidget(self.remember_currency)
        # A label of its own with a buddy: a row whose field is a layout would show the "&".
        self.currency_label = QLabel(self.tr("C&urrency:"), self)
        self.currency_label.setBuddy(self.currency_edit)
        form.addRow(self.currency_label, currency_row)

        self.summary_label = QLabel(self.tr("Choose a file to see what it holds."), self)
        self.summary_label.setWordWrap(True)
        self.summary_label.setAccessibleName(self.tr("Summary"))
        self.model = ImportPlanModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setWordWrap(False)
        self.table.setAccessibleName(self.tr("What the import will do"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for name, width in (("store", 190), ("title", 210)):
            header.setSectionResizeMode(COLUMNS.index(name), QHeaderView.ResizeMode.Interactive)
            header.resizeSection(COLUMNS.index(name), width)
        header.setSectionResizeMode(COLUMNS.index("why"), QHeaderView.ResizeMode.Stretch)
        self.errors_label = QLabel(self.tr("Rows that can't be imported:"), self)
        self.errors_list = QListWidget(self)
        self.errors_list.setAccessibleName(self.tr("Rows that can't be imported, with their line numbers"))
        self.errors_list.setMaximumHeight(120)
        self.errors_label.setBuddy(self.errors_list)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.progress.setTextVisible(True)
        self.progress.hide()

        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setAccessibleName(self.tr("Import the orders"))
        self.import_button.setEnabled(False)
        self.import_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(
            self.tr("&Cancel import"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.cancel_button.setAccessibleName(self.tr("Stop the import; nothing is imported"))
        self.cancel_button.hide()
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button.clicked.connect(self.cancel_import)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.errors_label)
        layout.addWidget(self.errors_list)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self._show_errors([])

    # -- flow -----------------------------------------------------------------------------------

    def choose_files(self) -> None:
        paths = ask_import_paths(
            self,
            self.tr("Import orders"),
            self.tr("Order files (*.csv *.json *.xlsx *.tsv *.txt *.eml *.mbox);;All files (*)"),
        )
        if paths:
            self.set_paths(paths)

    def set_paths(self, paths: Sequence[Path]) -> None:
        self._paths = list(paths)
        self.start_preview()

    def service(self) -> ImportService:
        if self._service is None:
            self._service = self._factory()
        return self._service

    def start_preview(self) -> None:
        if not self._paths or self._busy:
            return
        self.file_label.setText(", ".join(p.name for p in self._paths))
        self.file_label.setToolTip("\n".join(str(p) for p in self._paths))
        self._plan = None
        self.import_button.setEnabled(False)
        self.summary_label.setText(self.tr("Reading the file…"))
        self._set_busy(True)
        paths, fmt, currency = (
            list(self._paths),
            str(self.format_combo.currentData()),
            self.currency_edit.text(),
        )
        encoding = self.encoding_combo.currentData()

        def work() -> ImportPlan:
            return self.service().preview(
                paths, format=fmt, currency=currency.strip() or None, encoding=encoding
            )

        self._tasks.run(work, self._show_plan, self._failed, writes=True)

    def start_import(self) -> None:
        plan = self._plan
        if plan is None or self._busy:
            return
        self._set_busy(True)
        self._cancel.clear()
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        self.progress.setRange(0, max(1, len(plan.entries)))
        self.progress.setValue(0)
        self.progress.show()
        self.summary_label.setText(self.tr("Importing…"))
        relay = self._progress_relay
        cancel = self._cancel

        remember = self.currency_edit.text().strip() if self.remember_currency.isChecked() else ""

        def work() -> ImportResult:
            result = self.service().apply(plan, progress=relay.moved.emit, cancel=cancel.is_set)
            if remember:  # after the import: a refused import changes no setting either
                self.service().set_default_currency(remember)
            return result

        self._tasks.run(work, self._show_result, self._failed, writes=True)

    def _show_default_currency(self) -> None:
        try:
            default = self.service().default_currency()
        except Exception:  # no data yet or unreadable: the preview will say what is wrong
            default = "USD"
        self.currency_edit.setPlaceholderText(self.tr("from the settings (%1)").replace("%1", default))

    def _on_currency_text(self, text: str) -> None:
        self.remember_currency.setEnabled(bool(text.strip()))
        if not text.strip():
            self.remember_currency.setChecked(False)

    # -- results --------------------------------------------------------------------------------

    def cancel_import(self) -> None:
        """Stop the running import; its transaction is rolled back, nothing is written."""
        self._cancel.set()
        self.cancel_button.setEnabled(False)
        self.summary_label.setText(self.tr("Cancelling… nothing of this import will be saved."))

    def _show_plan(self, plan: ImportPlan) -> None:
        self._set_busy(False)
        self._plan = plan
        self._fill_table(plan.entries)
        self._show_errors(plan.errors)
        added, updated = plan.count("add"), plan.count("update")
        unchanged, skipped = plan.count("unchanged"), plan.count("skip")
        name = plan.format_name
        if plan.encoding and self.encoding_combo.currentData() is None:
            self.encoding_combo.setItemText(
                0, self.tr("Detect from the content (found: %1)").replace("%1", plan.encoding)
            )
        if plan.encoding:
            name = self.tr("%1, read as %2").replace("%1", name).replace("%2", plan.encoding)
        self.summary_label.setText(
            self.tr("%1: %2 to add, %3 to update, %4 unchanged, %5 skipped.")
            .replace("%1", name)
            .replace("%2", locale_format.number(added))
            .replace("%3", locale_format.number(updated))
            .replace("%4", locale_format.number(unchanged))
            .replace("%5", locale_format.number(skipped))
            + self._unreadable_text(plan.unreadable)
        )
        self.import_button.setEnabled(added + updated > 0)
        self.previewed.emit(plan)

    def _unreadable_text(self, count: int) -> str:
        return (
            " " + self.tr("%n row(s) of the file can't be read (listed below).", "", count) if count else ""
        )

    def _show_result(self, result: ImportResult) -> None:
        self._set_busy(False)
        self.progress.setValue(self.progress.maximum())
        self._plan = None
        self.import_button.setEnabled(False)
        self._fill_table(result.entries)
        self._show_errors(result.errors)
        # The same words as the preview: what was skipped, and the rows that can't be read.
        self.summary_label.setText(
            self.tr("Done: %1 added, %2 updated, %3 unchanged, %4 skipped.")
            .replace("%1", locale_format.number(result.added))
            .replace("%2", locale_format.number(result.updated))
            .replace("%3", locale_format.number(result.unchanged))
            .replace("%4", locale_format.number(result.skipped))
            + self._unreadable_text(result.unreadable)
        )
        self.imported.emit(result)

    def _failed(self, error: Exception) -> None:
        self._set_busy(False)
        self.progress.hide()
        if isinstance(error, Refused):
            self.summary_label.setText(dialogs.refusal_text(error))
        else:
            self.summary_label.setText(self.tr("The import failed: %1").replace("%1", str(error)))
        self.import_button.setEnabled(False)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        if busy:
            self.import_button.setEnabled(False)  # one import at a time; enabled again by a plan
        else:
            self.cancel_button.hide()
        self.choose_button.setEnabled(not busy)
        self.format_combo.setEnabled(not busy)
        self.encoding_combo.setEnabled(not busy)
        self.currency_edit.setEnabled(not busy)
        self.remember_currency.setEnabled(not busy and bool(self.currency_edit.text().strip()))
        self.close_button.setEnabled(not busy)

    def _fill_table(self, entries: Sequence[Any]) -> None:
        self.model.set_entries(entries)

    def _show_errors(self, errors: Sequence[Any]) -> None:
        self.errors_list.clear()
        for error in errors:
            self.errors_list.addItem(
                self.tr("Line %1: %2").replace("%1", str(error.line)).replace("%2", error.message)
            )
        self.errors_label.setVisible(bool(errors))
        self.errors_list.setVisible(bool(errors))

    def reject(self) -> None:
        if self._busy:
            if self.cancel_button.isVisible():  # Escape during an import: the same as Cancel
                self.cancel_import()
            return  # it stops (or finishes) on its own; the dialog closes after
        super().reject()
