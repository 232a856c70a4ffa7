"""Where sources disagree, each source's line is in the buyer's language: its kind and its value
with the unit, not the profile's English codes ("2019 (guide): 48 hours")."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from app.domain.profile import RuleSource, RuleValue
from tests.ui.catalogs import build_catalog, speaking
from ui.settings.rule_sources import RuleSources


def test_each_source_names_its_kind_and_unit_in_the_buyers_language(
    qapp: QApplication, tmp_path: Path
) -> None:
    build_catalog(
        tmp_path,
        "ru",
        {
            ("SettingsDialog", "guide"): "руководство",
            ("SettingsDialog", "help centre"): "справочный центр",
            ("SettingsDialog", "%n hour(s)"): ("%n час", "%n часа", "%n часов"),
        },
    )
    rule = RuleValue(
        key="cancel_auto_approve_hours",
        label="Seller silent: cancellation approved after",
        default=48,
        value=48,
        unit="hours",
        source="",
        confidence="help-centre",
        sources=(
            RuleSource(date="2020-03", confidence="help-centre", value=48, text="Rule change"),
            RuleSource(date="2019", confidence="guide", value=72, text="A guide"),
        ),
    )
    with speaking("ru", tmp_path):
        sources = RuleSources(rule)
        lines = [label.text() for _source, label in sources.lines]
    assert "2020-03 (справочный центр): 48 часов" in lines[0]
    assert "2019 (руководство): 72 часа" in lines[1]
