"""The guides ask before going on with ``[…]`` parts left in a draft; the tests answer yes (and
can read what was asked), so no real message box blocks them."""

from __future__ import annotations

import pytest

from ui.common import dialogs


@pytest.fixture(autouse=True)
def asked(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    questions: list[tuple[str, str]] = []

    def ask_yes_no(_parent: object, title: str, text: str) -> bool:
        questions.append((title, text))
        return True

    monkeypatch.setattr(dialogs, "ask_yes_no", ask_yes_no)
    return questions
