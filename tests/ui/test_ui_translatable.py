"""Every text the window shows reaches a translation ``lupdate`` can extract: checked in the
source (``tests/ui/ui_text_scan.py``) and with ``lupdate`` itself."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.ui.ui_text_scan import ROOT, UI, has_letters, python_files, scan


def findings_in(tmp_path: Path, source: str) -> list[str]:
    folder = tmp_path / "sample"
    folder.mkdir(exist_ok=True)
    (folder / "sample.py").write_text(textwrap.dedent(source), "utf-8")
    return [f.problem for f in scan(folder, contexts={"format"})]


def test_the_window_shows_no_text_that_escapes_translation() -> None:
    assert [str(f) for f in scan()] == []


@pytest.mark.parametrize(
    ("source", "problem"),
    [
        ("label.setText('Saved')\n", "untranslated text shown to a user: 'Saved'"),
        ("box = QLabel(f'{n} orders', self)\n", "untranslated text shown to a user: ' orders'"),
        ("menu.addAction('&Quit')\n", "untranslated text shown to a user: '&Quit'"),
        ("QMessageBox.warning(self, 'Oops', text)\n", "untranslated text shown to a user: 'Oops'"),
        ("table.setHorizontalHeaderLabels(['Order', x])\n", "untranslated text shown to a user: 'Order'"),
        (
            "def tr(text):\n    return QCoreApplication.translate('X', text)\ntr('Hello')\n",
            "tr() outside a class",
        ),
        (
            "def t(text):\n    return QCoreApplication.translate('format', text)\nt('Hello')\n",
            "literal text passed to t(), which lupdate can't read",
        ),
        ("QCoreApplication.translate(CONTEXT, 'Hello')\n", "translate() without a literal context"),
        (
            "QCoreApplication.translate('Mine', word)\n",
            "a value translated in context 'Mine', which marks no table",
        ),
        ("QCoreApplication.translate('format', f'{n} days')\n", "text built before translation"),
        ("QCoreApplication.translate('X', 'Hello ' + name)\n", "text built before translation"),
        ("QCoreApplication.translate('X', '%n day(s)')\n", "has %n but no count is passed"),
        ("QCoreApplication.translate('X', '%1 order(s)')\n", "builds a plural without %n"),
        ("QT_TRANSLATE_NOOP(C, 'Paid')\n", "QT_TRANSLATE_NOOP without a literal context"),
        (
            "class Base(QWidget):\n    def f(self):\n        return self.tr('Hi')\nclass Page(Base):\n    pass\n",
            "self.tr() in Base, which other classes derive from",
        ),
        ("def f(window):\n    return window.tr('&Help')\n", "tr() of another object"),
    ],
)
def test_the_scan_finds_each_kind_of_escape(tmp_path: Path, source: str, problem: str) -> None:
    found = findings_in(tmp_path, source)
    assert any(problem in f for f in found), found


@pytest.mark.parametrize(
    "source",
    [
        "class A(QWidget):\n    def f(self):\n        self.label.setText(self.tr('Saved'))\n",
        "label.setText('…')\nlabel.setText('⚠ ' + warning)\nlabel.setText(f'{a} · {b}')\n",
        "label.setText(QCoreApplication.translate('X', 'Saved %1').replace('%1', name))\n",
        "QCoreApplication.translate('format', STATUS[code])\n",  # a table marked in its context
        "self.tr('%n order(s)', '', n)\nQCoreApplication.translate('X', '%n day(s)', None, n)\n",
        "class Page(QWidget):\n    def f(self):\n        return self.tr('Hi')\n",
    ],
)
def test_what_the_scan_lets_through(tmp_path: Path, source: str) -> None:
    if source.startswith("self.tr"):
        source = "class A(QObject):\n    def f(self, n):\n" + textwrap.indent(source, "        ")
    assert findings_in(tmp_path, source) == []


def test_symbols_digits_and_placeholders_need_no_translation() -> None:
    assert not has_letters("… ⚠ → %1 · %2 (%n) 12:00 ✖")
    assert has_letters("%1 items") and has_letters("Русский")


def test_lupdate_files_every_text_of_the_window_under_a_context(tmp_path: Path) -> None:
    lupdate = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent / "pyside6-lupdate")
    if not Path(lupdate).exists():
        pytest.skip("pyside6-lupdate is not installed")
    ts = tmp_path / "ui.ts"
    files = [str(path.relative_to(ROOT)) for path in python_files(UI)]
    subprocess.run([lupdate, *files, "-ts", str(ts)], cwd=ROOT, check=True, capture_output=True)
    contexts = {
        (context.findtext("name") or ""): len(context.findall("message"))
        for context in ET.parse(ts).getroot().iter("context")
    }
    assert contexts.get("", 0) == 0
    assert not [name for name in contexts if "." in name or " " in name]  # a wrapper's odd context
    assert sum(contexts.values()) > 900
