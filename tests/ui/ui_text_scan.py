"""What ``lupdate`` can't see in the GUI's source: text shown to a user that never reaches a
translation, found with ``ast``.

- Text passed to a widget (``setText``, ``setToolTip``, ``QLabel(...)``, ``addAction(...)``,
  ``QMessageBox.warning(...)``…) is a call to ``self.tr`` or ``QCoreApplication.translate``, or
  holds no letters ("…", "⚠", "%1 · %2", digits).
- ``QCoreApplication.translate`` names its context with a literal; its text is a literal, or a
  value from a table marked with ``QT_TRANSLATE_NOOP`` in the same context (only a context that
  has such marks may translate a value).
- ``self.tr`` is called in a class no other GUI class derives from: PySide takes the context
  from the object's own class at run time, ``lupdate`` from the class the call is written in.
- No wrapper: a function that passes its parameter to ``translate``/``tr`` is never called with a
  literal (``lupdate`` files that text under a context that never loads, or not at all).
- A text with ``%n`` passes its count; none builds a plural by hand ("order(s)" without ``%n``).
- ``QT_TRANSLATE_NOOP`` names its context and text with literals.
"""

from __future__ import annotations

import ast
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "ui"
APP = ROOT / "app"

TRANSLATE_OWNERS = {"QCoreApplication", "QApplication", "QGuiApplication"}
# The contexts of the core's tables that the window translates where it shows them (the names of
# statuses, deadlines and events in app/domain/words.py, the sidebar's views, the rule profiles'
# texts): marked with QT_TRANSLATE_NOOP in app/.
CORE_TABLE_CONTEXTS = {"format", "detail", "case", "views", "rules"}

# Methods whose argument (by position) a user reads.
SHOWN_ARGUMENTS: dict[str, tuple[int, ...]] = {
    "setText": (0,),
    "setWindowTitle": (0,),
    "setToolTip": (0,),
    "setStatusTip": (0,),
    "setWhatsThis": (0,),
    "setPlaceholderText": (0,),
    "setAccessibleName": (0,),
    "setAccessibleDescription": (0,),
    "setTitle": (0,),
    "setSubTitle": (0,),
    "setLabelText": (0,),
    "setButtonText": (1,),
    "setInformativeText": (0,),
    "setDetailedText": (0,),
    "setPrefix": (0,),
    "setSuffix": (0,),
    "setSpecialValueText": (0,),
    "setHeaderLabels": (0,),
    "setHorizontalHeaderLabels": (0,),
    "setVerticalHeaderLabels": (0,),
    "setTabText": (1,),
    "setTabToolTip": (1,),
    "setItemText": (1,),
    "setNameFilter": (0,),
    "setNameFilters": (0,),
    "showMessage": (0,),
    "addItem": (0, 1),
    "addItems": (0,),
    "insertItem": (1, 2),
    "addAction": (0, 1),
    "addMenu": (0, 1),
    "addTab": (1, 2),
    "insertTab": (2, 3),
    "addButton": (0,),
    "addRow": (0,),
    "show_message": (0,),
    "show_error": (1, 2),
    "show_info": (1, 2),
    "ask_yes_no": (1, 2),
}
# Classes whose constructor's arguments (by position) a user reads.
SHOWN_CONSTRUCTOR_ARGUMENTS: dict[str, tuple[int, ...]] = {
    "QLabel": (0,),
    "QPushButton": (0, 1),
    "QToolButton": (),
    "QCheckBox": (0,),
    "QRadioButton": (0,),
    "QGroupBox": (0,),
    "QAction": (0, 1),
    "QMenu": (0,),
    "QListWidgetItem": (0, 1),
    "QTableWidgetItem": (0, 1),
    "QTreeWidgetItem": (0,),
    "QStandardItem": (0, 1),
    "QCommandLinkButton": (0, 1),
    "QProgressDialog": (0, 1),
    "QMessageBox": (1, 2),
}
MESSAGE_BOX_FUNCTIONS = {"information", "warning", "critical", "question", "about"}
FILE_DIALOG_FUNCTIONS = {
    "getOpenFileName": (1, 3),
    "getOpenFileNames": (1, 3),
    "getSaveFileName": (1, 3),
    "getExistingDirectory": (1,),
}
SHOWN_KEYWORDS = {"text", "title", "caption", "filter", "toolTip", "statusTip", "placeholderText", "label"}


@dataclass(frozen=True)
class Finding:
    path: Path
    line: int
    problem: str

    def __str__(self) -> str:
        return f"{self.path.relative_to(ROOT)}:{self.line}: {self.problem}"


def has_letters(text: str) -> bool:
    """True when ``text`` holds a letter a translator would translate (not "%1", "…", "⚠")."""
    without_fields = text
    for marker in ("%n", *(f"%{i}" for i in range(1, 10))):
        without_fields = without_fields.replace(marker, "")
    return any(unicodedata.category(ch).startswith("L") for ch in without_fields)


def is_translate_call(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "translate"
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id in TRANSLATE_OWNERS
    )


def is_tr_call(node: ast.AST) -> bool:
    return isinstance(node, ast.Call) and (
        (isinstance(node.func, ast.Attribute) and node.func.attr == "tr")
        or (isinstance(node.func, ast.Name) and node.func.id == "tr")
    )


def is_noop_call(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in ("QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3")
    )


def literal(node: ast.AST | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def python_files(folder: Path) -> list[Path]:
    return sorted(path for path in folder.rglob("*.py") if "__pycache__" not in path.parts)


def noop_contexts(folders: Iterable[Path] = (UI, APP)) -> set[str]:
    """The contexts that have texts marked with ``QT_TRANSLATE_NOOP`` (tables translated where
    they are shown)."""
    found: set[str] = set(CORE_TABLE_CONTEXTS)
    for folder in folders:
        for path in python_files(folder):
            for node in ast.walk(ast.parse(path.read_text("utf-8"))):
                if is_noop_call(node) and isinstance(node, ast.Call) and node.args:
                    context = literal(node.args[0])
                    if context is not None:
                        found.add(context)
    return found


def _classes(trees: dict[Path, ast.Module]) -> tuple[set[str], dict[ast.AST, ast.ClassDef]]:
    """The names of classes another class derives from, and each node's enclosing class."""
    bases: set[str] = set()
    owner: dict[ast.AST, ast.ClassDef] = {}
    for tree in trees.values():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                for base in node.bases:
                    name = base.id if isinstance(base, ast.Name) else getattr(base, "attr", None)
                    if name:
                        bases.add(name)
                for child in ast.walk(node):
                    if child is not node:
                        owner.setdefault(child, node)
    # ast.walk is breadth first: the outermost class was recorded first; nested classes win.
    for tree in trees.values():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                for child in ast.walk(node):
                    if child is not node:
                        owner[child] = node
    return bases, owner


def _wrappers(trees: dict[Path, ast.Module]) -> set[str]:
    """Functions that hand their own parameter to ``translate``/``tr`` as the text."""
    names: set[str] = set()
    for tree in trees.values():
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef):
                continue
            params = {a.arg for a in [*function.args.posonlyargs, *function.args.args]}
            for node in ast.walk(function):
                if not isinstance(node, ast.Call):
                    continue
                text = _text_argument(node)
                if isinstance(text, ast.Name) and text.id in params:
                    names.add(function.name)
    return names


def _text_argument(call: ast.Call) -> ast.AST | None:
    if is_translate_call(call):
        return call.args[1] if len(call.args) > 1 else None
    if is_tr_call(call):
        return call.args[0] if call.args else None
    return None


def _count_given(call: ast.Call) -> bool:
    position = 3 if is_translate_call(call) else 2
    return len(call.args) > position or any(k.arg == "n" for k in call.keywords)


def _untranslated_pieces(node: ast.AST) -> Iterator[tuple[int, str]]:
    """Literal text with letters in an expression a widget shows, outside any translation."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        if has_letters(node.value):
            yield node.lineno, node.value
    elif isinstance(node, ast.JoinedStr):
        for part in node.values:
            yield from _untranslated_pieces(part)
    elif isinstance(node, ast.BinOp):
        yield from _untranslated_pieces(node.left)
        yield from _untranslated_pieces(node.right)
    elif isinstance(node, ast.IfExp):
        yield from _untranslated_pieces(node.body)
        yield from _untranslated_pieces(node.orelse)
    elif isinstance(node, ast.BoolOp):
        for value in node.values:
            yield from _untranslated_pieces(value)
    elif isinstance(node, ast.List | ast.Tuple):
        for element in node.elts:
            yield from _untranslated_pieces(element)
    elif (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in ("format", "replace", "join", "strip", "upper", "lower", "capitalize")
        and not is_translate_call(node.func.value)
        and not is_tr_call(node.func.value)
    ):
        yield from _untranslated_pieces(node.func.value)
        if node.func.attr in ("replace", "format", "join"):
            for arg in node.args:
                yield from _untranslated_pieces(arg)


def _shown_arguments(call: ast.Call) -> list[ast.AST]:
    func = call.func
    positions: tuple[int, ...] = ()
    if isinstance(func, ast.Attribute):
        if func.attr in SHOWN_ARGUMENTS:
            positions = SHOWN_ARGUMENTS[func.attr]
        if isinstance(func.value, ast.Name) and func.value.id == "QMessageBox":
            positions = (1, 2) if func.attr in MESSAGE_BOX_FUNCTIONS else positions
        if isinstance(func.value, ast.Name) and func.value.id == "QFileDialog":
            positions = FILE_DIALOG_FUNCTIONS.get(func.attr, positions)
        if isinstance(func.value, ast.Name) and func.value.id == "QInputDialog":
            positions = (1, 2)
    elif isinstance(func, ast.Name) and func.id in SHOWN_CONSTRUCTOR_ARGUMENTS:
        positions = SHOWN_CONSTRUCTOR_ARGUMENTS[func.id]
    shown = [call.args[i] for i in positions if i < len(call.args)]
    if positions or (isinstance(func, ast.Name) and func.id in SHOWN_CONSTRUCTOR_ARGUMENTS):
        shown += [k.value for k in call.keywords if k.arg in SHOWN_KEYWORDS]
    return shown


def scan(folder: Path = UI, contexts: set[str] | None = None) -> list[Finding]:
    """Every place in ``folder`` where text shown to a user escapes translation."""
    known = noop_contexts() if contexts is None else contexts
    trees = {path: ast.parse(path.read_text("utf-8"), filename=str(path)) for path in python_files(folder)}
    derived_from, owner = _classes(trees)
    wrappers = _wrappers(trees)
    findings: list[Finding] = []
    for path, tree in trees.items():

        def found(node: ast.AST, problem: str, path: Path = path) -> None:
            findings.append(Finding(path, getattr(node, "lineno", 0), problem))

        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            if is_noop_call(node):
                if len(node.args) < 2 or literal(node.args[0]) is None or literal(node.args[1]) is None:
                    found(node, "QT_TRANSLATE_NOOP without a literal context and text: lupdate skips it")
                continue
            text = _text_argument(node)
            if is_translate_call(node):
                context = literal(node.args[0]) if node.args else None
                if context is None:
                    found(node, "translate() without a literal context")
                    continue
            elif is_tr_call(node):
                if isinstance(node.func, ast.Name):
                    found(node, "tr() outside a class: lupdate files it under no context")
                    continue
                receiver = node.func.value  # type: ignore[attr-defined]
                if not (isinstance(receiver, ast.Name) and receiver.id == "self"):
                    found(node, "tr() of another object: its class at run time decides the context")
                    continue
                cls = owner.get(node)
                if cls is None:
                    found(node, "self.tr() outside a class")
                    continue
                if cls.name in derived_from:
                    found(
                        node,
                        f"self.tr() in {cls.name}, which other classes derive from: at run time the "
                        "context is the subclass's name; use QCoreApplication.translate",
                    )
                    continue
                context = cls.name
            else:
                name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
                if name in wrappers and node.args and literal(node.args[0]) is not None:
                    found(node, f"literal text passed to {name}(), which lupdate can't read")
                for shown in _shown_arguments(node):
                    for line, piece in _untranslated_pieces(shown):
                        found(ast.Constant(lineno=line), f"untranslated text shown to a user: {piece!r}")
                continue
            # A call to translate or self.tr.
            if text is None:
                found(node, "translation without a text")
            elif isinstance(text, ast.JoinedStr | ast.BinOp) or (
                isinstance(text, ast.Call)
                and isinstance(text.func, ast.Attribute)
                and text.func.attr == "format"
            ):
                found(node, "text built before translation: lupdate sees no text")
            elif literal(text) is None and context not in known:
                found(node, f"a value translated in context {context!r}, which marks no table")
            source = literal(text)
            if source is not None:
                if "%n" in source and not _count_given(node):
                    found(node, f"{source!r} has %n but no count is passed")
                if "(s)" in source and "%n" not in source:
                    found(node, f"{source!r} builds a plural without %n")
    return sorted(findings, key=lambda f: (str(f.path), f.line))


if __name__ == "__main__":
    for finding in scan():
        print(finding)
