"""The tray icon: the app's icon with the number of orders that need attention, and its menu
(open the window, the five most urgent orders, pause reminders for an hour or until tomorrow,
quit). A click on the icon opens the window; a click on a message opens the order it names."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject, QRect, Qt, Signal, Slot
from PySide6.QtGui import QAction, QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from ui.common.format import countdown, deadline_text, local_time
from ui.common.resources import app_icon

MENU_ORDERS = 5
ICON_SIZE = 64


@dataclass(frozen=True)
class UrgentOrder:
    number: str
    title: str
    kind: str | None
    due: int  # UTC epoch seconds


def badge_icon(base: QIcon, count: int) -> QIcon:
    """``base`` with ``count`` in a red disc in its corner (nothing when zero)."""
    pixmap = base.pixmap(ICON_SIZE, ICON_SIZE)
    if pixmap.isNull():
        pixmap = QPixmap(ICON_SIZE, ICON_SIZE)
        pixmap.fill(QColor("#3b6ea5"))
    if count <= 0:
        return QIcon(pixmap)
    text = str(count) if count < 100 else "99+"
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    size = ICON_SIZE * 3 // 5
    disc = QRect(ICON_SIZE - size, 0, size, size)
    painter.setBrush(QColor("#c62828"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(disc)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(size // 2 if len(text) < 3 else size // 3)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(disc, Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return QIcon(pixmap)


class ReminderTray(QObject):
    """The tray icon and its menu. The owner fills it with :meth:`show_orders` and listens to the
    signals; ``paused`` says whether the menu offers to pause or to resume."""

    open_requested = Signal()
    order_requested = Signal(str)
    pause_requested = Signal(str)  # "hour" or "tomorrow"
    resume_requested = Signal()
    quit_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._base = app_icon()
        self.icon = QSystemTrayIcon(self._base, self)
        self.menu = QMenu()
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.icon.messageClicked.connect(self._message_clicked)
        self.open_action = QAction(QCoreApplication.translate("Reminders", "&Open Dispute Desk"), self)
        self.open_action.triggered.connect(self.open_requested)
        self.pause_hour_action = QAction(
            QCoreApplication.translate("Reminders", "Pause reminders for 1 &hour"), self
        )
        self.pause_hour_action.triggered.connect(self._pause_hour)
        self.pause_tomorrow_action = QAction(
            QCoreApplication.translate("Reminders", "Pause reminders until &tomorrow"), self
        )
        self.pause_tomorrow_action.triggered.connect(self._pause_tomorrow)
        self.resume_action = QAction(QCoreApplication.translate("Reminders", "&Resume reminders"), self)
        self.resume_action.triggered.connect(self.resume_requested)
        self.quit_action = QAction(QCoreApplication.translate("Reminders", "&Quit"), self)
        self.quit_action.triggered.connect(self.quit_requested)
        self.order_actions: list[QAction] = []
        self._count = 0
        self._paused_until: datetime | None = None
        self._message_order: str | None = None
        self._orders: list[UrgentOrder] = []
        self._now = 0
        self._build_menu()
        self.set_count(0)

    def show(self) -> None:
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    def close(self) -> None:
        self.icon.hide()
        self.menu.deleteLater()

    def set_count(self, count: int) -> None:
        """The number of orders that need attention, on the icon and in its tooltip."""
        self._count = count
        self.icon.setIcon(badge_icon(self._base, count))
        tip = (
            QCoreApplication.translate(
                "Reminders", "Dispute Desk: %n order(s) needing attention", None, count
            )
            if count
            else QCoreApplication.translate("Reminders", "Dispute Desk")
        )
        if self._paused_until is not None:
            tip += "\n" + QCoreApplication.translate("Reminders", "Reminders paused until %1").replace(
                "%1", local_time(self._paused_until)
            )
        self.icon.setToolTip(tip)

    def set_paused(self, until: datetime | None) -> None:
        self._paused_until = until
        self._build_menu()
        self.set_count(self._count)

    def show_orders(self, orders: Sequence[UrgentOrder], now: int) -> None:
        """The most urgent orders, soonest deadline first (at most five are listed)."""
        self._orders = list(orders[:MENU_ORDERS])
        self._now = now
        self._build_menu()

    def show_message(self, title: str, body: str, order: str | None) -> None:
        """A notification through the tray; a click on it opens ``order`` (or the window)."""
        self._message_order = order
        self.icon.showMessage(title, body, self._base, 15_000)

    def _build_menu(self) -> None:
        self.menu.clear()
        for action in self.order_actions:
            action.deleteLater()
        self.order_actions = []
        self.menu.addAction(self.open_action)
        self.menu.addSeparator()
        if self._orders:
            for order in self._orders:
                left = countdown(order.due - self._now)
                text = (
                    QCoreApplication.translate("Reminders", "%1 – %2 in %3")
                    .replace("%1", order.number)
                    .replace("%2", deadline_text(order.kind))
                )
                action = QAction(text.replace("%3", left), self)
                action.setData(order.number)
                action.setToolTip(order.title)
                action.triggered.connect(self._order_chosen)
                self.order_actions.append(action)
                self.menu.addAction(action)
        else:
            empty = self.menu.addAction(QCoreApplication.translate("Reminders", "No deadline within a week"))
            empty.setEnabled(False)
        self.menu.addSeparator()
        if self._paused_until is None:
            self.menu.addActions([self.pause_hour_action, self.pause_tomorrow_action])
        else:
            self.resume_action.setText(
                QCoreApplication.translate("Reminders", "&Resume reminders (paused until %1)").replace(
                    "%1", local_time(self._paused_until)
                )
            )
            self.menu.addAction(self.resume_action)
        self.menu.addSeparator()
        self.menu.addAction(self.quit_action)

    @Slot()
    def _order_chosen(self) -> None:
        action = self.sender()
        if isinstance(action, QAction) and isinstance(action.data(), str):
            self.order_requested.emit(action.data())

    @Slot()
    def _pause_hour(self) -> None:
        self.pause_requested.emit("hour")

    @Slot()
    def _pause_tomorrow(self) -> None:
        self.pause_requested.emit("tomorrow")

    @Slot(QSystemTrayIcon.ActivationReason)
    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.open_requested.emit()

    @Slot()
    def _message_clicked(self) -> None:
        if self._message_order is not None:
            self.order_requested.emit(self._message_order)
        else:
            self.open_requested.emit()
