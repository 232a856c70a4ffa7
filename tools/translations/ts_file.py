"""Qt's ``.ts`` translation sources: read, changed and written back the way Qt writes them.

A file written here is byte for byte what ``lupdate`` or Qt Linguist would write for the same
content (same indentation, same escaping), so running ``dev.py tr`` after Linguist saved a file
changes only what it means to change.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
UNFINISHED = "unfinished"
# A message lupdate no longer finds in the code (``-no-obsolete`` drops them).
GONE = ("vanished", "obsolete")
SELF_CLOSING = {"location", "byte"}

Key = tuple[str, str, str]  # context, source text, disambiguation (Qt's "comment")


@dataclass(frozen=True)
class Message:
    """One message as a translator sees it."""

    context: str
    source: str
    comment: str
    numerus: bool
    forms: tuple[str, ...]  # the translation; one form unless numerus
    state: str  # "finished", "unfinished", "vanished" or "obsolete"
    locations: tuple[tuple[str, int], ...]  # (file, line) when the file records absolute lines

    @property
    def key(self) -> Key:
        return (self.context, self.source, self.comment)


def read(path: Path) -> ET.Element:
    """The ``<TS>`` element of a ``.ts`` file."""
    return ET.parse(path).getroot()


def parse(text: str) -> ET.Element:
    return ET.fromstring(text)


def _protect(text: str) -> str:
    """Escape as Qt's TS writer does: the five XML entities, other spaces beyond ASCII and
    control characters (but newline and tab) as numeric references."""
    out = []
    for ch in text:
        code = ord(ch)
        if ch == '"':
            out.append("&quot;")
        elif ch == "&":
            out.append("&amp;")
        elif ch == ">":
            out.append("&gt;")
        elif ch == "<":
            out.append("&lt;")
        elif ch == "'":
            out.append("&apos;")
        elif (code < 0x20 and ch not in "\n\t") or (code > 0x7F and ch.isspace()):
            out.append(f"&#x{code:x};")
        else:
            out.append(ch)
    return "".join(out)


def _tag(element: ET.Element) -> str:
    attributes = "".join(f' {name}="{_protect(value)}"' for name, value in element.attrib.items())
    return f"{element.tag}{attributes}"


def _write(element: ET.Element, depth: int, out: list[str]) -> None:
    indent = " " * (4 * max(depth - 1, 0))  # the contexts sit at the margin like <TS> itself
    children = list(element)
    if children:
        out.append(f"{indent}<{_tag(element)}>\n")
        for child in children:
            _write(child, depth + 1, out)
        out.append(f"{indent}</{element.tag}>\n")
    elif element.tag in SELF_CLOSING and not element.text:
        out.append(f"{indent}<{_tag(element)}/>\n")
    else:
        out.append(f"{indent}<{_tag(element)}>{_protect(element.text or '')}</{element.tag}>\n")


def serialize(root: ET.Element) -> str:
    out = [HEADER]
    _write(root, 0, out)
    return "".join(out)


def write(root: ET.Element, path: Path) -> None:
    path.write_text(serialize(root), encoding="utf-8", newline="\n")


def _text(element: ET.Element | None) -> str:
    return "" if element is None else (element.text or "")


def contexts(root: ET.Element) -> Iterator[tuple[str, ET.Element]]:
    """(context name, ``<message>`` element) for every message."""
    for context in root.iter("context"):
        name = _text(context.find("name"))
        for message in context.iter("message"):
            yield name, message


def _forms(message: ET.Element) -> tuple[str, ...]:
    translation = message.find("translation")
    if translation is None:
        return ("",)
    if message.get("numerus") == "yes":
        return tuple(_text(form) for form in translation.iter("numerusform"))
    return (_text(translation),)


def _state(message: ET.Element) -> str:
    translation = message.find("translation")
    kind = "" if translation is None else translation.get("type", "")
    return kind or "finished"


def messages(root: ET.Element) -> list[Message]:
    found = []
    for context, message in contexts(root):
        locations = tuple(
            (location.get("filename", ""), int(location.get("line", "0")))
            for location in message.iter("location")
            if location.get("line", "").isdigit()
        )
        found.append(
            Message(
                context=context,
                source=_text(message.find("source")),
                comment=_text(message.find("comment")),
                numerus=message.get("numerus") == "yes",
                forms=_forms(message),
                state=_state(message),
                locations=locations,
            )
        )
    return found


# -- plural forms -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Translation:
    forms: tuple[str, ...]
    finished: bool


def plural_translations(root: ET.Element) -> dict[Key, Translation]:
    """The translations of the messages counting with ``%n``, kept before ``lupdate`` runs:
    it turns back into a single form every plural message it doesn't recognise as one (those
    of ``QCoreApplication.translate`` and of the core), and would lose the other forms."""
    kept: dict[Key, Translation] = {}
    for message in messages(root):
        if "%n" in message.source and any(message.forms):
            kept[message.key] = Translation(message.forms, message.state == "finished")
    return kept


def make_plural(root: ET.Element, count: int, kept: Mapping[Key, Translation]) -> int:
    """Every message whose source counts with ``%n`` becomes a numerus message with exactly
    ``count`` forms: the forms it has, else those ``kept`` from before ``lupdate``, padded with
    empty forms (then unfinished). Returns how many messages changed."""
    changed = 0
    for context, message in contexts(root):
        source = _text(message.find("source"))
        if "%n" not in source:
            continue
        before = ET.tostring(message)
        key = (context, source, _text(message.find("comment")))
        was_plural = message.get("numerus") == "yes"
        forms = list(_forms(message))
        finished = _state(message) == "finished"
        if not was_plural and key in kept:
            forms, finished = list(kept[key].forms), kept[key].finished
        forms = (forms + [""] * count)[:count]
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
        if finished and all(forms):
            translation.attrib.pop("type", None)
        elif translation.get("type") not in GONE:
            translation.set("type", UNFINISHED)
        message.set("numerus", "yes")
        changed += before != ET.tostring(message)
    return changed


def set_languages(root: ET.Element, language: str, source_language: str) -> None:
    root.set("language", language)
    root.set("sourcelanguage", source_language)
