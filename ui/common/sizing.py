"""Window sizes that follow their texts, in whatever language.

A dialog given a fixed minimum width (``setMinimumWidth``) no longer takes its minimum from its
layout: when a translation makes a label or a button longer than that width allows, the dialog
stays narrow and the text is cut off. ``open_wide`` gives the comfortable width as the size the
dialog opens at instead, so the layout keeps the last word on the minimum, and makes it tall
enough for its wrapped labels at that width (Qt sizes a window by its size hint, which doesn't
know how many lines a wrapped label takes at the window's real width)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def open_wide(window: QWidget, width: int) -> None:
    """Open ``window`` at least ``width`` px wide, wider when its layout asks for more, and as
    tall as its texts need at that width. Call it once the layout is built."""
    hint = window.sizeHint()
    width = max(width, hint.width())
    height = window.heightForWidth(width) if window.hasHeightForWidth() else -1
    window.resize(width, max(hint.height(), height))
