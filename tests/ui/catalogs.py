"""Small translation catalogs built in a test's folder with ``pyside6-lrelease``, and a way to
make the window speak a language for one test and English again after it."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from html import escape
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from app import i18n
from ui.common.language import Installed, install_language
from ui.common.locale_format import LocaleFormats

# (context, source) → the translation, or its numerus forms.
Messages = Mapping[tuple[str, str], str | tuple[str, ...]]


def lrelease() -> str:
    found = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
    if not Path(found).exists():
        pytest.skip("pyside6-lrelease is not installed")
    return found


def ts_text(code: str, messages: Messages) -> str:
    by_context: dict[str, list[str]] = {}
    for (context, source), translation in messages.items():
        if isinstance(translation, tuple):
            forms = "".join(f"<numerusform>{escape(form)}</numerusform>" for form in translation)
            entry = f'<message numerus="yes"><source>{escape(source)}</source><translation>{forms}</translation></message>'
        else:
            entry = f"<message><source>{escape(source)}</source><translation>{escape(translation)}</translation></message>"
        by_context.setdefault(context, []).append(entry)
    contexts = "".join(
        f"<context><name>{escape(name)}</name>{''.join(entries)}</context>"
        for name, entries in by_context.items()
    )
    return f'<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="{code}">{contexts}</TS>'


def build_catalog(folder: Path, code: str, messages: Messages) -> Path:
    """``folder/dispute_desk_<code>.qm`` holding ``messages``."""
    ts = folder / f"{i18n.CATALOG_PREFIX}{code}.ts"
    ts.write_text(ts_text(code, messages), "utf-8")
    qm = ts.with_suffix(".qm")
    subprocess.run([lrelease(), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    return qm


@contextmanager
def speaking(code: str, folder: Path | None = None) -> Iterator[Installed]:
    """The window speaks ``code`` (its catalog from ``folder``) inside the block; English with
    American formats (the tests' default, see conftest) after it."""
    app = QCoreApplication.instance()
    assert app is not None
    try:
        yield install_language(app, code, folder=folder, system=QLocale("en_US"))
    finally:
        install_language(app, i18n.SOURCE_LANGUAGE, system=QLocale("en_US"))
        QLocale.setDefault(QLocale("en_US"))
        i18n.set_formats(LocaleFormats())
        i18n.reset_catalogs()
