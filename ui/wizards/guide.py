"""What the cancel and dispute guides share as QWizards: style, buttons and page access."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWizard, QWizardPage

P = TypeVar("P", bound=QWizardPage)


def _tr(text: str) -> str:
    return QCoreApplication.translate("GuideWizard", text)


def set_up_guide(wizard: QWizard, title: str, pages: Sequence[Callable[[QWizard], QWizardPage]]) -> None:
    """Modern style, pages numbered in order from 0 (the first is the start), and a Cancel button
    that reads "Close": in a guide to cancelling or disputing, "Cancel" would read as an action
    on the order."""
    wizard.setWindowTitle(title)
    wizard.setWizardStyle(QWizard.WizardStyle.ModernStyle)
    wizard.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
    wizard.setButtonText(QWizard.WizardButton.CancelButton, _tr("Close"))
    for page_id, page_class in enumerate(pages):
        wizard.setPage(page_id, page_class(wizard))
    wizard.setStartId(0)
    for which, name in (
        (QWizard.WizardButton.BackButton, _tr("Back")),
        (QWizard.WizardButton.NextButton, _tr("Next")),
        (QWizard.WizardButton.FinishButton, _tr("Finish")),
        (QWizard.WizardButton.CancelButton, _tr("Close")),
    ):
        wizard.button(which).setAccessibleName(name)


def page_of(wizard: QWizard, page_id: int, kind: type[P]) -> P:
    page = wizard.page(page_id)
    assert isinstance(page, kind)
    return page
