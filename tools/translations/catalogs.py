"""The project's catalogs: ``resources/translations/dispute_desk_<code>.ts`` for each language
the app offers, brought up to date with the code, and the ``.qm`` files built from them.

``lupdate`` runs over the Python files of ``ui/`` and ``app/`` without recording source
locations in the committed files (``-locations none``): a ``.ts`` then changes only when a
message does, not whenever a line above a ``tr()`` moves, so its diff shows what a translator
has to do, and "the catalogs are up to date with the code" is a check that fails only for a
reason. The file and line of each message are still found for reports (a second extraction
with absolute locations into a scratch file)."""

from __future__ import annotations

import subprocess
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from app.i18n import CATALOG_PREFIX, LANGUAGES, PLURAL_FORMS, SOURCE_LANGUAGE
from tools.translations import checks, pseudo, qt_tools, ts_file

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
# Built for tests and for looking at layouts; never in resources/, so no wheel or bundle has them.
PSEUDO_DIR = ROOT / "build" / "translations"
SOURCE_FOLDERS = ("ui", "app")
TRANSLATED = tuple(code for code in LANGUAGES if code != SOURCE_LANGUAGE)
# lupdate's word when it turns a plural it doesn't recognise into one form; refresh() puts the
# forms back, so saying it would only alarm.
EXPECTED_WARNINGS = (
    "Removed plural forms as the target language has less forms.",
    "If this sounds wrong, possibly the target language is not set or recognized.",
)


def ts_path(folder: Path, code: str) -> Path:
    return folder / f"{CATALOG_PREFIX}{code}.ts"


def source_files(root: Path = ROOT) -> list[Path]:
    """The Python files of ``ui/`` and ``app/`` that git tracks (or would add: new files not yet
    committed count, ignored ones don't); every ``.py`` file there outside a git checkout."""
    try:
        listed = subprocess.run(
            ["git", "ls-files", "--cached", "--others", "--exclude-standard", "--", *SOURCE_FOLDERS],
            cwd=root,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.splitlines()
        found = {root / name for name in listed if name.endswith(".py")}
    except (OSError, subprocess.CalledProcessError):
        found = {path for folder in SOURCE_FOLDERS for path in (root / folder).rglob("*.py")}
    return sorted(path for path in found if path.is_file())


def extract(sources: Sequence[Path]) -> ET.Element:
    """Every message of ``sources``, with the file and line where it is (a scratch extraction)."""
    with tempfile.TemporaryDirectory(prefix="dispute-desk-tr-") as tmp:
        template = Path(tmp) / "template_en.ts"
        qt_tools.lupdate(sources, [template], locations="absolute")
        root = ts_file.read(template)
        for location in root.iter("location"):  # relative to the scratch file: made absolute
            location.set("filename", str((Path(tmp) / location.get("filename", "")).resolve()))
        return root


def refresh(sources: Sequence[Path], folder: Path, languages: Sequence[str] = TRANSLATED) -> str:
    """Bring the ``.ts`` of ``languages`` in ``folder`` up to date with ``sources``: new
    messages added, those gone from the code dropped, translations kept, and every message
    counting with ``%n`` a plural with the language's number of forms. Returns lupdate's warnings."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = [ts_path(folder, code) for code in languages]
    kept = {path: ts_file.plural_translations(ts_file.read(path)) for path in paths if path.exists()}
    said = qt_tools.lupdate(sources, paths, locations="none")
    for code, path in zip(languages, paths, strict=True):
        root = ts_file.read(path)
        ts_file.make_plural(root, PLURAL_FORMS[code], kept.get(path, {}))
        ts_file.set_languages(root, code, SOURCE_LANGUAGE)
        ts_file.write(root, path)
    return "".join(line for line in said.splitlines(keepends=True) if line.strip() not in EXPECTED_WARNINGS)


def stale(folder: Path = TRANSLATIONS) -> list[Path]:
    """The ``.ts`` files whose ``.qm`` is missing or older."""
    return [
        ts
        for ts in sorted(folder.glob(f"{CATALOG_PREFIX}*.ts"))
        if not ts.with_suffix(".qm").exists() or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime
    ]


def release(paths: Sequence[Path]) -> None:
    for ts in paths:
        qt_tools.lrelease(ts, ts.with_suffix(".qm"))


def build_pseudo(template: ET.Element, folder: Path) -> list[Path]:
    """The ``.qm`` of each pseudo locale, made from an extraction, into ``folder``."""
    built = []
    with tempfile.TemporaryDirectory(prefix="dispute-desk-pseudo-") as tmp:
        for locale in pseudo.PSEUDO_LOCALES:
            ts = Path(tmp) / f"{CATALOG_PREFIX}{locale}.ts"
            ts_file.write(pseudo.catalog(template, locale), ts)
            qm = folder / f"{CATALOG_PREFIX}{locale}.qm"
            qt_tools.lrelease(ts, qm)
            built.append(qm)
    return built


@dataclass
class LanguageReport:
    code: str
    finished: int = 0
    unfinished: int = 0
    problems: list[str] = field(default_factory=list)


def report(folder: Path, code: str) -> LanguageReport:
    """How far the translation of ``code`` is, and what is wrong in what is there."""
    result = LanguageReport(code)
    for message in ts_file.messages(ts_file.read(ts_path(folder, code))):
        if message.state == "finished":
            result.finished += 1
        elif message.state == ts_file.UNFINISHED:
            result.unfinished += 1
        for problem in checks.problems(message, PLURAL_FORMS[code]):
            result.problems.append(f"[{message.context}] {message.source!r}: {problem}")
    return result


def homeless(template: ET.Element, root: Path = ROOT) -> list[str]:
    """``file:line: text`` of every message in the empty context, where no translation can
    reach it (a ``tr()`` outside a class, e.g. a module-level helper)."""
    found = []
    for message in ts_file.messages(template):
        if message.context:
            continue
        for filename, line in message.locations or (("?", 0),):
            path = Path(filename)
            shown = path.relative_to(root).as_posix() if path.is_relative_to(root) else filename
            found.append((shown, line, message.source))
    return [f"{shown}:{line}: {source!r}" for shown, line, source in sorted(found)]
