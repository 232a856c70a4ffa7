"""The .ts files: written back exactly as Qt writes them, and plural messages that keep their
forms through lupdate, which would otherwise reduce them to one."""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tools.translations import catalogs, qt_tools, ts_file

SOURCE = """
from PySide6.QtCore import QCoreApplication, QObject

from app.i18n import translate


class Window(QObject):
    def texts(self, n: int) -> None:
        self.tr("%n day(s)", "", n)
        self.tr("&Open")
        QCoreApplication.translate("Orders", "%n order(s)", None, n)
        QCoreApplication.translate("Orders", "Open", "a dispute's state")
        translate("advice", "%n hour(s) left for order {order}", None, n)
"""

RU_BEFORE = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>Orders</name>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n заказ</numerusform>
            <numerusform>%n заказа</numerusform>
            <numerusform>%n заказов</numerusform>
        </translation>
    </message>
    <message>
        <source>Gone from the code</source>
        <translation>Больше нет в коде</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть&#xa0;«это»</translation>
    </message>
</context>
</TS>
"""


def lupdate_available() -> None:
    try:
        qt_tools.find("lupdate")
    except qt_tools.ToolError:
        pytest.skip("pyside6-lupdate is not installed")


@pytest.fixture
def project(tmp_path: Path) -> Path:
    lupdate_available()
    (tmp_path / "window.py").write_text(SOURCE, encoding="utf-8")
    return tmp_path


def by_source(root: ET.Element) -> dict[str, ts_file.Message]:
    return {message.source: message for message in ts_file.messages(root)}


def test_what_lupdate_writes_is_written_back_byte_for_byte(project: Path) -> None:
    target = project / "dispute_desk_ru.ts"
    target.write_text(RU_BEFORE, encoding="utf-8")
    qt_tools.lupdate([project / "window.py"], [target], locations="absolute")
    qt_written = target.read_text(encoding="utf-8")
    assert "&#xa0;" in qt_written and "<location" in qt_written  # the cases that need care
    assert ts_file.serialize(ts_file.read(target)) == qt_written


def test_refresh_keeps_every_plural_form_and_gives_each_language_its_number_of_forms(project: Path) -> None:
    folder = project / "translations"
    folder.mkdir()
    (folder / "dispute_desk_ru.ts").write_text(RU_BEFORE, encoding="utf-8")
    catalogs.refresh([project / "window.py"], folder, ["ru", "fr"])

    ru = by_source(ts_file.read(folder / "dispute_desk_ru.ts"))
    assert ru["%n order(s)"].forms == ("%n заказ", "%n заказа", "%n заказов")
    assert ru["%n order(s)"].numerus and ru["%n order(s)"].state == "finished"
    assert ru["&Open"].forms == ("&Открыть\u00a0«это»",)
    assert "Gone from the code" not in ru  # -no-obsolete
    for counted in ("%n day(s)", "%n hour(s) left for order {order}"):
        assert ru[counted].numerus and ru[counted].forms == ("", "", "")
        assert ru[counted].state == "unfinished"
    assert ru["Open"].comment == "a dispute's state"

    fr = ts_file.read(folder / "dispute_desk_fr.ts")
    assert (fr.get("language"), fr.get("sourcelanguage")) == ("fr", "en")
    assert all(len(m.forms) == 2 for m in ts_file.messages(fr) if m.numerus)

    before = (folder / "dispute_desk_ru.ts").read_bytes()
    catalogs.refresh([project / "window.py"], folder, ["ru", "fr"])
    assert (folder / "dispute_desk_ru.ts").read_bytes() == before  # a second run changes nothing


def test_a_finished_plural_missing_a_form_becomes_unfinished() -> None:
    root = ts_file.parse(
        '<TS version="2.1" language="ru"><context><name>C</name><message><source>%n file(s)</source>'
        "<translation>%n файл</translation></message></context></TS>"
    )
    assert ts_file.make_plural(root, 3, {}) == 1
    [message] = ts_file.messages(root)
    assert message.numerus and message.forms == ("%n файл", "", "")
    assert message.state == "unfinished"
    assert ts_file.make_plural(root, 3, {}) == 0


def test_extra_forms_are_cut_to_the_language_s_number() -> None:
    root = ts_file.parse(
        '<TS version="2.1" language="fr"><context><name>C</name><message numerus="yes">'
        "<source>%n file(s)</source><translation><numerusform>%n fichier</numerusform>"
        "<numerusform>%n fichiers</numerusform><numerusform>%n fichiers</numerusform>"
        "</translation></message></context></TS>"
    )
    ts_file.make_plural(root, 2, {})
    [message] = ts_file.messages(root)
    assert message.forms == ("%n fichier", "%n fichiers") and message.state == "finished"


def test_messages_in_the_empty_context_are_listed_with_file_and_line(project: Path) -> None:
    (project / "helpers.py").write_text(
        "from PySide6.QtCore import QCoreApplication\n\n\n"
        "def tr(text):\n"
        '    return QCoreApplication.translate("Somewhere", text)\n\n\n'
        'LABEL = tr("Lost text")\n',
        encoding="utf-8",
    )
    template = catalogs.extract([project / "window.py", project / "helpers.py"])
    assert catalogs.homeless(template, root=project) == ["helpers.py:8: 'Lost text'"]


def test_a_qm_is_stale_when_missing_or_older_than_its_ts(tmp_path: Path) -> None:
    ts = tmp_path / "dispute_desk_ru.ts"
    ts.write_text(RU_BEFORE, encoding="utf-8")
    assert catalogs.stale(tmp_path) == [ts]
    try:
        catalogs.release([ts])
    except qt_tools.ToolError:
        pytest.skip("pyside6-lrelease is not installed")
    assert catalogs.stale(tmp_path) == []
    later = ts.with_suffix(".qm").stat().st_mtime + 10
    os.utime(ts, (later, later))
    assert catalogs.stale(tmp_path) == [ts]
