"""Texts marked for translation where they are defined, in tables, and translated where shown."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # Qt's name, so lupdate finds the texts
    """Mark ``source`` for translation in ``context`` and return it unchanged; it is translated
    when shown (``QCoreApplication.translate(context, source)``). The same as PySide6's own, which
    its stubs type as returning ``object``, so tables of these texts would not type-check."""
    return source
