"""The ``session`` fixture (a buyer's session with the real main window) for the shell's tests."""

from __future__ import annotations

from .session import session

__all__ = ["session"]
