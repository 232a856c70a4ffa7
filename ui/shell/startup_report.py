"""The start-up report: what crossed a deadline or came within 48 hours while the app was closed.

The report itself is computed in ``app/services/report.py``; this dialog only shows it. It works
modal or not (the main window decides); opening an order leaves it open so the buyer can work
through the list.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.domain.attention import asks_to_act
from app.domain.model import Urgency
from app.services.report import InterruptedWork, ReportItem, StartupReport
from ui.common.format import deadline_text, local_time, urgency_mark

# More rows than this per section would make a very long dialog (after months away with
# thousands of orders); the rest are counted and can be found in the "Needs attention" view.
MAX_ROWS = 100


class ReportRow(QFrame):
    """One deadline: mark, order number, what, due time, advice and an "Open" button."""

    activated = Signal(str)

    def __init__(self, item: ReportItem, urgency: Urgency, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.order = item.order
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QGridLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setHorizontalSpacing(10)
        # A waiting period that ran out (the payment check ended) is news, not an alarm.
        acts = asks_to_act(item.kind, -1 if urgency is Urgency.OVERDUE else 1)
        mark = QLabel(urgency_mark(urgency) if acts else "", self)
        mark.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.headline = QLabel(self)
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        self.headline.setWordWrap(True)
        what = deadline_text(item.kind.value)
        self.headline.setText(
            self.tr("Order %1 · %2 · due %3")
            .replace("%1", item.order)
            .replace("%2", what)
            .replace("%3", local_time(item.due))
        )
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.advice = QLabel(item.action, self)
        self.advice.setWordWrap(True)
        self.advice.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.setAccessibleName(self.tr("Open order %1").replace("%1", item.order))
        self.open_button.setToolTip(self.tr("Show order %1 in the main window").replace("%1", item.order))
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(self._open_clicked)
        layout.addWidget(mark, 0, 0, 2, 1)
        layout.addWidget(self.headline, 0, 1)
        layout.addWidget(self.advice, 1, 1)
        layout.addWidget(self.open_button, 0, 2, 2, 1, Qt.AlignmentFlag.AlignVCenter)
        layout.setColumnStretch(1, 1)
        self.setAccessibleName(self.headline.text())
        self.setAccessibleDescription(self.advice.text())

    def _open_clicked(self) -> None:
        self.activated.emit(self.order)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.activated.emit(self.order)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)


class StartupReportDialog(QDialog):
    """Lists what was crossed ("Overdue while you were away") and what came close ("Due within
    48 hours"). ``open_order(number)`` asks the main window to show an order."""

    open_order = Signal(str)

    def __init__(self, report: StartupReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("While you were away"))
        self.setObjectName("startupReport")
        self.rows: list[ReportRow] = []

        intro = QLabel(self)
        intro.setWordWrap(True)
        if not report.crossed and not report.came_close:
            intro.setText(self.tr("Something was left unfinished when Dispute Desk last stopped."))
        elif report.since is not None:
            intro.setText(
                self.tr(
                    "Since you last opened Dispute Desk (%1), these deadlines passed or came close."
                ).replace("%1", local_time(report.since))
            )
        else:
            intro.setText(self.tr("These deadlines passed or came close."))

        content = QWidget(self)
        self._content_layout = QVBoxLayout(content)
        self._content_layout.setContentsMargins(0, 0, 0, 0)
        self.crossed_header = self._section(
            self.tr("Overdue while you were away (%n)", "", len(report.crossed)),
            report.crossed,
            Urgency.OVERDUE,
        )
        self.came_close_header = self._section(
            self.tr("Due within 48 hours (%n)", "", len(report.came_close)),
            report.came_close,
            Urgency.CRITICAL,
        )
        self.interrupted_labels = [self._interrupted(work) for work in report.interrupted]
        self._content_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # rows wrap instead
        scroll.setWidget(content)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setAccessibleName(self.tr("Close the report"))
        buttons.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(720, 480)
        self.ok_button.setFocus()

    def _interrupted(self, work: InterruptedWork) -> QLabel:
        """A sentence for work a killed or crashed run left unfinished (each is all or nothing)."""
        when = local_time(work.started)
        if work.kind == "import":
            text = self.tr(
                "The import of %1 started %2 was stopped before it finished. Nothing of it was "
                "saved: import the file again."
            )
        elif work.kind == "restore":
            text = self.tr(
                "The restore from %1 started %2 was stopped before it finished. The data is either "
                "as it was before or the whole backup, never a mix: check the list, and restore again "
                "if it is not what you expect."
            )
        else:
            text = self.tr(
                "An upgrade of the data (%1) started %2 was stopped; it was made again when the app "
                "started, from the copy kept in the backups folder."
            )
        label = QLabel(text.replace("%1", work.detail or self.tr("a file")).replace("%2", when), self)
        label.setWordWrap(True)
        label.setObjectName("interruptedWork")
        self._content_layout.addWidget(label)
        return label

    def _section(self, title: str, items: Sequence[ReportItem], urgency: Urgency) -> QLabel:
        header = QLabel(title, self)
        font = header.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        header.setFont(font)
        header.setVisible(bool(items))
        self._content_layout.addWidget(header)
        for item in items[:MAX_ROWS]:
            row = ReportRow(item, urgency, self)
            row.activated.connect(self.open_order)
            self._content_layout.addWidget(row)
            self.rows.append(row)
        hidden = len(items) - MAX_ROWS
        if hidden > 0:
            more = QLabel(
                self.tr("…and %n more: see the “Needs attention” view.", "", hidden),
                self,
            )
            self._content_layout.addWidget(more)
        self._content_layout.addSpacing(8)
        return header

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter on a focused "Open" button opens that order instead of closing the dialog.
        focused = self.focusWidget()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and isinstance(focused, QPushButton):
            if focused is not self.ok_button:
                focused.click()
                return
        super().keyPressEvent(event)
