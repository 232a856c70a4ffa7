"""The committed translation sources (resources/translations/*.ts) are complete and correct, and
match the code: a new ``tr()`` without a translation, a plural without its forms, a translation
that lost a placeholder or its accelerator, a message Qt can never find, all fail here."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.i18n import PLURAL_FORMS
from tools.translations import catalogs, checks, qt_tools, ts_file
from tools.translations.ts_file import Message

COMMITTED = sorted(catalogs.TRANSLATIONS.glob("dispute_desk_*.ts"))


def code_of(path: Path) -> str:
    return path.stem.removeprefix("dispute_desk_")


def messages_of(path: Path) -> list[Message]:
    return ts_file.messages(ts_file.read(path))


def listed(found: list[str]) -> str:
    return f"{len(found)}:\n" + "\n".join(found)


each_catalog = pytest.mark.parametrize("path", COMMITTED, ids=[code_of(path) for path in COMMITTED])


def test_every_offered_language_has_a_catalog_and_no_other_does() -> None:
    assert [code_of(path) for path in COMMITTED] == sorted(catalogs.TRANSLATED)
    for path in COMMITTED:
        assert ts_file.read(path).get("language") == code_of(path)


@each_catalog
def test_no_message_is_in_the_empty_context(path: Path) -> None:
    """Qt looks a text up by its context; a message lupdate files under no context (a ``tr()``
    outside a class) is never found, whatever its translation."""
    homeless = [repr(m.source) for m in messages_of(path) if not m.context]
    assert not homeless, f"messages in the empty context, {listed(homeless)}"


@each_catalog
def test_no_message_is_obsolete(path: Path) -> None:
    gone = [f"[{m.context}] {m.source!r}" for m in messages_of(path) if m.state in ts_file.GONE]
    assert not gone, f"obsolete messages (run python3 dev.py tr), {listed(gone)}"


@each_catalog
def test_every_plural_has_the_language_s_number_of_forms(path: Path) -> None:
    forms = PLURAL_FORMS[code_of(path)]
    wrong = [
        f"[{m.context}] {m.source!r}: {len(m.forms) if m.numerus else 'not a plural'}"
        for m in messages_of(path)
        if ("%n" in m.source or m.numerus) and (not m.numerus or len(m.forms) != forms)
    ]
    assert not wrong, f"plurals without {forms} forms, {listed(wrong)}"


@each_catalog
def test_translations_keep_placeholders_accelerators_and_tags(path: Path) -> None:
    forms = PLURAL_FORMS[code_of(path)]
    wrong = [
        f"[{m.context}] {m.source!r}: {problem}"
        for m in messages_of(path)
        for problem in checks.problems(m, forms)
    ]
    assert not wrong, f"translations that break what the program reads, {listed(wrong)}"


@each_catalog
def test_every_message_is_translated(path: Path) -> None:
    unfinished = [
        f"[{m.context}] {m.source!r}"
        for m in messages_of(path)
        if m.state == ts_file.UNFINISHED or not all(m.forms)
    ]
    assert not unfinished, f"unfinished translations, {listed(unfinished)}"


def test_the_catalogs_are_up_to_date_with_the_code(tmp_path: Path) -> None:
    """Running lupdate again changes nothing: every text of ui/ and app/ is in the catalogs
    (so a new one fails here until ``python3 dev.py tr`` adds it) and none is left over."""
    try:
        qt_tools.find("lupdate")
    except qt_tools.ToolError:
        pytest.skip("pyside6-lupdate is not installed")
    for path in COMMITTED:
        shutil.copy2(path, tmp_path / path.name)
    catalogs.refresh(catalogs.source_files(), tmp_path)
    stale = [path.name for path in COMMITTED if (tmp_path / path.name).read_bytes() != path.read_bytes()]
    if stale:
        before = {m.key for m in messages_of(COMMITTED[0])}
        after = {m.key for m in messages_of(tmp_path / COMMITTED[0].name)}
        new = sorted(f"[{c}] {s!r}" for c, s, _ in after - before)
        gone = sorted(f"[{c}] {s!r}" for c, s, _ in before - after)
        pytest.fail(
            f"run python3 dev.py tr: {', '.join(stale)} out of date.\n"
            f"New in the code, {listed(new)}\nNo longer in the code, {listed(gone)}"
        )
