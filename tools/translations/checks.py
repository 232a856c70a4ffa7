"""What a translation must keep of its source for the program to work: the placeholders the
code fills in, the one ``&`` accelerator, the HTML tags, and the number of plural forms."""

from __future__ import annotations

import re
from collections import Counter

from tools.translations.ts_file import Message

# %1 … %99 (and %L1, the number in the language's digits), %n (the count), {name} fields of
# str.format (not {{ or }}, which are literal braces).
PLACEHOLDER = re.compile(r"%L?\d{1,2}|%n|(?<!\{)\{(?!\{)[^{}\s]*\}")
TAG = re.compile(r"<(/?)([A-Za-z][\w-]*)")
ENTITY = re.compile(r"&(?:[A-Za-z]+|#\d+|#x[0-9A-Fa-f]+);")
ACCELERATOR = re.compile(r"&(?!&)\S")


def placeholders(text: str) -> Counter[str]:
    return Counter(PLACEHOLDER.findall(text.replace("{{", "").replace("}}", "")))


def tags(text: str) -> Counter[str]:
    """HTML tags by name (``b``, ``/b``), attributes aside."""
    return Counter(f"{slash}{name.lower()}" for slash, name in TAG.findall(text))


def accelerators(text: str) -> int:
    """How many ``&`` mark an accelerator (``&&`` is a literal ampersand, ``&amp;`` an entity)."""
    plain = ENTITY.sub("", text).replace("&&", "")
    return len(ACCELERATOR.findall(plain))


def _show(counter: Counter[str]) -> str:
    return " ".join(sorted(counter.elements())) or "none"


def problems(message: Message, plural_forms: int) -> list[str]:
    """What is wrong with ``message``'s translation (an empty form is unfinished, not wrong)."""
    found = []
    if "%n" in message.source:
        if not message.numerus:
            found.append("counts with %n but is not a plural (numerus) message")
        elif len(message.forms) != plural_forms:
            found.append(f"has {len(message.forms)} plural forms, the language has {plural_forms}")
    wanted_fields, wanted_tags = placeholders(message.source), tags(message.source)
    wanted_keys = accelerators(message.source)
    for index, form in enumerate(message.forms):
        if not form:
            continue
        which = f"form {index + 1}" if message.numerus else "the translation"
        if placeholders(form) != wanted_fields:
            found.append(
                f"{which} has placeholders {_show(placeholders(form))}, the source {_show(wanted_fields)}"
            )
        if tags(form) != wanted_tags:
            found.append(f"{which} has HTML tags {_show(tags(form))}, the source {_show(wanted_tags)}")
        if accelerators(form) != wanted_keys:
            found.append(f"{which} has {accelerators(form)} & accelerators, the source {wanted_keys}")
    return found
