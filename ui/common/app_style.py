"""The application's style: the platform's own, with plain dialog buttons.

Some desktops (a bare X11 session, KDE) ask Qt to put icons on standard dialog buttons: a tag
on OK, a red cross on Cancel, coloured dots on Yes and No. They say nothing the words don't and
look dated beside the app's own icons, so the platform's style is wrapped in a proxy that
answers "no icons" to that one question and passes everything else on.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleHintReturn, QStyleOption, QWidget


class PlainButtonsStyle(QProxyStyle):
    def styleHint(
        self,
        hint: QStyle.StyleHint,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
        returnData: QStyleHintReturn | None = None,  # Qt's name
    ) -> int:
        if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
            return 0
        return super().styleHint(hint, option, widget, returnData)


def use_plain_dialog_buttons(app: QApplication) -> None:
    """Wrap the application's style (once). Done right after the first paint, before any dialog
    can open: the window looks the same, and its first paint doesn't pay for the proxy."""
    current = app.style()
    if isinstance(current, PlainButtonsStyle):
        return
    # The proxy takes the current style over (it becomes its parent), so the application, which
    # deletes the style it replaces only when it owns it, leaves it alone.
    app.setStyle(PlainButtonsStyle(current))
