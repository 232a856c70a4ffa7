"""Every text a person reads that comes from ``app/`` is one ``lupdate`` extracts: a
``translate`` / ``QT_TRANSLATE_NOOP`` call with a literal context and text (never the empty
context), found by ``lupdate`` exactly as Python reads it; and no sentence reaches people
without one. The few literals that read like words but are data are listed below, each with
the reason it stays as it is."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from app.domain.profile import load_profile
from app.domain.rule_texts import RULE_TEXTS, RULE_UNITS
from tests.i18n.core_texts import (
    MARKED,
    NOOP,
    ROOT,
    TRANSLATE,
    app_files,
    literal,
    messages,
    relative,
    translation_calls,
    untranslated,
)

TABLES = "module-level tables"

# (file, the literal or TABLES for the module's constants, why it is not translated)
ALLOWED: tuple[tuple[str, str, str], ...] = (
    # Words matched in what comes in, never shown.
    (
        "app/importers/page_words.py",
        TABLES,
        "the words of order pages in eight languages, matched in pasted text",
    ),
    ("app/importers/statuses.py", TABLES, "the status words of import files, matched"),
    (
        "app/importers/email_notices.py",
        TABLES,
        "phrases of AliExpress's e-mails in several languages, matched",
    ),
    ("app/domain/parsing.py", TABLES, 'the words for "free" matched in a typed amount'),
    ("app/importers/common.py", TABLES, "payment methods' names matched in import files"),
    ("app/domain/carriers.py", TABLES, "carriers' own names, and the words matched to find them"),
    # File formats: column and sheet names, vocabularies and properties of files read or written.
    ("app/importers/exporters.py", "*", "the browser extensions' column names (a file format)"),
    ("app/importers/detect.py", TABLES, "column names that identify a file format"),
    ("app/importers/shopper.py", "Order Date", "a Shopper Inventory column (a file format)"),
    ("app/importers/aliexpress_xlsx.py", "Order Information", "the data backup's sheet name (a file format)"),
    ("app/services/exporting.py", TABLES, "Shopper Inventory CSV's status vocabulary (a file format)"),
    ("app/services/export_items.py", "*", "the CSV's Tags column, which import reads back (a file format)"),
    ("app/services/export_ics.py", "PRODID:-//Dispute Desk//dispute-desk {}//EN", "an iCalendar property"),
    ("app/services/export_ics.py", "X-WR-CALNAME:Dispute Desk deadlines", "an iCalendar property"),
    ("app/services/export_ics.py", "Dispute Desk", "the calendar's category: the app's name"),
    ("app/evidence/pdf.py", "*", "font files' paths, and the app's name as the PDF's creator"),
    ("app/cli/importing.py", "progress {}/{}", "a line for scripts to read (import --progress)"),
    # Stored data: read back later, in whatever language the reader speaks then.
    ("app/importers/timeline.py", "*", "the notes an import stores in a timeline"),
    ("app/services/import_apply.py", "{} line{}", "the line counts an edited event stores"),
    ("app/importers/aliexpress_xlsx.py", "(store not in the file)", "a placeholder stored as the store"),
    ("app/importers/order_export.py", "(store not in the file)", "a placeholder stored as the store"),
    ("app/importers/shopper.py", "(unknown store)", "a placeholder stored as the store"),
    ("app/services/evidence.py", "clipboard image", "the file name stored for a pasted image"),
    ("app/services/evidence.py", "{} file(s) for order {}", "a lock file's detail, read by another process"),
    ("app/cli/backup.py", "command line", "who made an automatic backup, stored in its manifest"),
    ("app/services/demo.py", "*", "made-up sample orders: stores, titles and options in several languages"),
    # Keys of a table marked for translation, translated where shown.
    ("app/importers/common.py", "order id", "a key of common._FIELD_WORDS"),
    ("app/importers/common.py", "order date", "a key of common._FIELD_WORDS"),
    ("app/importers/exporters.py", "order number", "a key of common._FIELD_WORDS"),
    ("app/importers/paste.py", "order time", "a key of common._FIELD_WORDS"),
    ("app/importers/paste.py", "payment time", "a key of common._FIELD_WORDS"),
    # Neither words nor sentences.
    ("app/i18n.py", TABLES, "each language's own name, the same in every language"),
    ("app/importers/text_files.py", "\ue002 line too long \ue002", "a private-use marker inside the reader"),
    ("app/store/files.py", "\x00table {} {}\x00", "what a backup's fingerprint hashes"),
)


def _allowed(path: str, text: str, module_level: bool) -> bool:
    return any(
        where == path and (what == "*" or what == text or (what == TABLES and module_level))
        for where, what, _why in ALLOWED
    )


def test_no_sentence_reaches_people_without_a_translation() -> None:
    found = [
        f"{u.path}:{u.line}: {u.text[:90]!r}"
        for u in untranslated()
        if not _allowed(u.path, u.text, u.module_level)
    ]
    assert found == [], "text for people without translate()/QT_TRANSLATE_NOOP():\n" + "\n".join(found)


def test_the_allowlist_names_only_what_is_still_there() -> None:
    """An entry whose literal went away (translated, or removed) goes too."""
    present = {(u.path, u.text) for u in untranslated()}
    paths = {u.path for u in untranslated()}
    stale = [
        (where, what)
        for where, what, _why in ALLOWED
        if where not in paths or (what not in ("*", TABLES) and (where, what) not in present)
    ]
    assert stale == []


def test_every_translation_names_a_literal_context_and_text() -> None:
    """``lupdate`` reads the source, not the values: a context or a text in a variable, an
    f-string, a keyword argument or more than four arguments hide the message from it."""
    wrong = []
    for call in translation_calls():
        args, where = call.call.args, f"{call.path}:{call.line}"
        if not args or literal(args[0]) is None or not literal(args[0]):
            wrong.append(f"{where}: the context is not a literal")
        if call.name == MARKED:
            continue  # translates a text marked with QT_TRANSLATE_NOOP where it was written
        if len(args) < 2 or literal(args[1]) is None:
            wrong.append(f"{where}: the text is not a literal")
        if call.name == NOOP and len(args) != 2:
            wrong.append(f"{where}: QT_TRANSLATE_NOOP takes a context and a text")
        if call.name == TRANSLATE:
            if len(args) > 2 and not (literal(args[2]) is not None or _is_none(args[2])):
                wrong.append(f"{where}: the disambiguation is not a literal")
            if len(args) > 4 or call.call.keywords:
                wrong.append(f"{where}: lupdate misses translate() with keywords (use language_scope)")
            text = (literal(args[1]) if len(args) > 1 else None) or ""
            if "%n" in text and len(args) < 4:
                wrong.append(f"{where}: a %n text needs its count")
            if "%n" not in text and len(args) == 4:
                wrong.append(f"{where}: a count without %n in the text")
            if len(args) == 4 and not isinstance(args[3], ast.Name | ast.Constant):
                wrong.append(f"{where}: lupdate misses a count that is not a plain name")
    assert wrong == []


def _is_none(node: object) -> bool:
    return isinstance(node, ast.Constant) and node.value is None


def _lupdate() -> str:
    found = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent / "pyside6-lupdate")
    if not Path(found).exists():
        pytest.skip("pyside6-lupdate is not installed")
    return found


def test_lupdate_finds_every_message_in_its_context(tmp_path: Path) -> None:
    ts = tmp_path / "core.ts"
    files = [relative(path) for path in app_files()]
    subprocess.run([_lupdate(), *files, "-ts", str(ts)], cwd=ROOT, check=True, capture_output=True)
    extracted = set()
    for context in ElementTree.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            extracted.add((name, message.findtext("source") or "", message.findtext("comment") or ""))
    assert not [m for m in extracted if not m[0]], "messages in the empty context"
    expected = messages()
    assert sorted(expected - extracted) == [], "lupdate misses these"
    assert sorted(extracted - expected) == [], "lupdate finds these, which the code doesn't say so"


def test_every_rule_text_of_the_shipped_profile_is_marked() -> None:
    profile = load_profile()
    texts = {value.label for value in profile.values.values()} | {
        value.source for value in profile.values.values()
    }
    texts |= {source.text for value in profile.values.values() for source in value.sources}
    assert texts <= set(RULE_TEXTS)
    assert {value.unit for value in profile.values.values()} <= set(RULE_UNITS)
