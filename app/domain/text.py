"""Text that comes in (typed, pasted, imported) without control characters.

A NUL byte in a title was stored and written raw into the exported CSV; an escape sequence in a
store name would reach a terminal through ``dispute-desk orders``. Control characters mean
nothing in an order's text, so they are removed on the way in: C0 controls, DEL and the C1
range. Multi-line text (notes) keeps its line breaks and tabs; one-line text (titles, store
names) gets a space for each.
"""

from __future__ import annotations

from typing import Final

_CONTROLS: Final = [*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0)]
_ONE_LINE: Final = {code: None for code in _CONTROLS} | {0x09: " ", 0x0A: " ", 0x0D: " "}
_MULTI_LINE: Final = {code: None for code in _CONTROLS if code not in (0x09, 0x0A)} | {0x0D: None}


def clean_text(text: str, *, multiline: bool = False) -> str:
    """``text`` without control characters (see the module docstring). "\\r\\n" becomes "\\n" in
    multi-line text."""
    if text.isprintable():  # the common case costs one C-level scan
        return text
    if multiline:
        return text.replace("\r\n", "\n").translate(_MULTI_LINE)
    return text.translate(_ONE_LINE)
