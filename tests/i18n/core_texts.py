"""What the core's translation tests read from ``app/``: every ``translate`` /
``translate_marked`` / ``QT_TRANSLATE_NOOP`` call, and every string literal that reads like a
sentence but reaches no translation call (see ``test_core_texts``)."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "app"

TRANSLATE = "translate"
MARKED = "translate_marked"
NOOP = "QT_TRANSLATE_NOOP"
TRANSLATORS = frozenset({TRANSLATE, MARKED, NOOP})

# Text for developers, never shown as a sentence of the app: a programming error's message.
DEVELOPER_EXCEPTIONS = frozenset(
    {
        "ValueError",
        "TypeError",
        "RuntimeError",
        "AssertionError",
        "KeyError",
        "LookupError",
        "IndexError",
        "AttributeError",
        "NotImplementedError",
        "OSError",
        "CatalogError",
    }
)
LOGGERS = frozenset({"log", "logger", "logging", "_log", "LOG"})
# Text that is matched or parsed, not shown: regular expressions, string methods that look
# inside a text, SQL.
MATCHING = frozenset(
    {"startswith", "endswith", "find", "rfind", "index", "count", "split", "rsplit", "partition", "removeprefix",
     "removesuffix", "strip", "lstrip", "rstrip", "replace", "get", "execute", "executemany", "executescript",
     "strftime", "strptime", "fromisoformat", "encode", "decode"}
)  # fmt: skip
_SQL = re.compile(
    r"^\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|PRAGMA|WITH|ALTER|DROP|BEGIN|COMMIT|ROLLBACK|VACUUM)\b"
    r"|\b(FROM|WHERE|JOIN|VALUES|ORDER BY|GROUP BY|IS NULL|IS NOT NULL|COALESCE|CASE WHEN|AND|NOT|IN|DESC|ASC|NULL)\b"
    r"|^\W*[a-z_.]+(, [a-z_.]+){2,}"  # a list of columns
)


def app_files() -> list[Path]:
    return sorted(p for p in APP.rglob("*.py") if "migrations" not in p.parts)


def relative(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def call_name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def receiver(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Attribute):
        value = func.value
        if isinstance(value, ast.Name):
            return value.id
        if isinstance(value, ast.Attribute):
            return value.attr
    return ""


@dataclass(frozen=True)
class TranslationCall:
    path: str
    line: int
    name: str
    call: ast.Call


def translation_calls() -> Iterator[TranslationCall]:
    """Every call of the translation functions in ``app/``, except inside ``app/i18n.py``, which
    defines them."""
    for path in app_files():
        if path == APP / "i18n.py":
            continue
        tree = ast.parse(path.read_text("utf-8"), filename=str(path))
        for node in ast.walk(tree):
            # The functions as ``app.i18n`` names them (not ``str.translate``).
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in TRANSLATORS:
                yield TranslationCall(relative(path), node.lineno, call_name(node), node)


def literal(node: ast.AST | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def messages() -> set[tuple[str, str, str]]:
    """(context, source, disambiguation) of every message ``lupdate`` should find in ``app/``."""
    found: set[tuple[str, str, str]] = set()
    for call in translation_calls():
        if call.name == MARKED:
            continue
        args = call.call.args
        context, text = literal(args[0]) if args else None, literal(args[1]) if len(args) > 1 else None
        comment = literal(args[2]) if len(args) > 2 else None
        if context is not None and text is not None:
            found.add((context, text, comment or ""))
    return found


# -- text that reaches people without a translation -----------------------------------------------


@dataclass(frozen=True)
class Untranslated:
    path: str
    line: int
    text: str
    module_level: bool  # in a module-level constant (a table), not in a function


def _prose(node: ast.Constant | ast.JoinedStr) -> str | None:
    """The text of a literal if it reads like words for people (an f-string with its fields as
    ``{}``), else None."""
    if isinstance(node, ast.Constant):
        text = node.value if isinstance(node.value, str) else ""
        words = re.findall(r"[^\W\d_]{2,}", re.sub(r"\{[^{}]*\}", "", text))
        return text if len(words) >= 2 and " " in text.strip() else None
    parts = [v.value if isinstance(v, ast.Constant) else "{}" for v in node.values]
    text = "".join(str(part) for part in parts)
    constant = "".join(str(v.value) for v in node.values if isinstance(v, ast.Constant))
    words = re.findall(r"[^\W\d_]{3,}", constant)
    return text if words and " " in constant else None


def _exempt_call(call: ast.Call) -> bool:
    name = call_name(call)
    return (
        name in TRANSLATORS
        or name in DEVELOPER_EXCEPTIONS
        or name in MATCHING
        or (receiver(call) in LOGGERS)
        or receiver(call) == "re"
        or name in ("compile", "cast", "TypeVar", "NewType")
    )


def untranslated() -> Iterator[Untranslated]:
    """Literals in ``app/`` that read like sentences and reach no translation call, skipping what
    is never a sentence for people: docstrings, developer errors and logs, regular expressions,
    SQL, comparisons and lookups (text matched, not shown), dictionary keys."""
    for path in app_files():
        tree = ast.parse(path.read_text("utf-8"), filename=str(path))
        parents: dict[ast.AST, ast.AST] = {}
        for node in ast.walk(tree):
            for child in ast.iter_child_nodes(node):
                parents[child] = node
        # Docstrings, and the strings that document an attribute or a constant below it.
        docstrings = {
            id(node.value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
        }
        for node in ast.walk(tree):
            if not isinstance(node, ast.Constant | ast.JoinedStr) or id(node) in docstrings:
                continue
            if isinstance(node, ast.Constant) and isinstance(parents.get(node), ast.JoinedStr):
                continue  # a piece of an f-string: the f-string is looked at whole
            text = _prose(node)
            if text is None or _SQL.search(text):
                continue
            exempt, in_function, child = False, False, node
            ancestor = parents.get(node)
            while ancestor is not None:
                if isinstance(ancestor, ast.Call) and _exempt_call(ancestor):
                    exempt = True
                if isinstance(ancestor, ast.Compare):
                    exempt = True
                if isinstance(ancestor, ast.Subscript) and child is ancestor.slice:
                    exempt = True
                if isinstance(ancestor, ast.Dict) and child in ancestor.keys:
                    exempt = True
                if isinstance(ancestor, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
                    in_function = True
                child, ancestor = ancestor, parents.get(ancestor)
            if not exempt:
                yield Untranslated(relative(path), node.lineno, text, not in_function)
