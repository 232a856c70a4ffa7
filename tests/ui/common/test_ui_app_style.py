"""Standard dialog buttons carry no decorative icons, whatever the desktop asks for."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QMessageBox,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleHintReturn,
    QStyleOption,
    QWidget,
)

from ui.common.app_style import use_plain_dialog_buttons


class IconButtonsDesktop(QProxyStyle):
    """A desktop that asks for icons on dialog buttons (a bare X11 session does)."""

    def styleHint(
        self,
        hint: QStyle.StyleHint,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
        returnData: QStyleHintReturn | None = None,
    ) -> int:
        if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
            return 1
        return super().styleHint(hint, option, widget, returnData)


@pytest.fixture
def icon_buttons_desktop(qapp: QApplication) -> Iterator[QApplication]:
    palette = qapp.palette()
    qapp.setStyle(IconButtonsDesktop("fusion"))
    yield qapp
    qapp.setStyle(QStyleFactory.create("fusion"))
    qapp.setPalette(palette)


def button_icons(box: QDialogButtonBox) -> list[bool]:
    return [not button.icon().isNull() for button in box.buttons()]


def test_dialog_buttons_have_no_icons_even_where_the_desktop_asks_for_them(
    icon_buttons_desktop: QApplication,
) -> None:
    before = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    assert any(button_icons(before)), "the desktop of this test does put icons on them"
    palette = icon_buttons_desktop.palette()
    use_plain_dialog_buttons(icon_buttons_desktop)
    use_plain_dialog_buttons(icon_buttons_desktop)  # once is enough: not a proxy of a proxy
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    assert button_icons(box) == [False, False]
    question = QMessageBox(QMessageBox.Icon.Question, "Remove", "Remove the sample orders?")
    question.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    assert question.buttons() and not any(not b.icon().isNull() for b in question.buttons())
    assert icon_buttons_desktop.palette() == palette  # the look stays the desktop's


def test_sort_arrows_are_turned_under_the_apps_own_style(icon_buttons_desktop: QApplication, qtbot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QTableView

    from tests.ui.common.arrows import sort_arrow_points_down
    from ui.common.sort_arrows import point_sort_arrows

    use_plain_dialog_buttons(icon_buttons_desktop)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(QStandardItemModel(3, 2, view))
    point_sort_arrows(view.horizontalHeader())
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    view.resize(300, 120)
    view.show()
    assert sort_arrow_points_down(view.horizontalHeader())
