"""The command table and the parser agree: every command the parser offers runs, and every
function in the table is reachable by a name the parser accepts."""

from __future__ import annotations

import argparse

from app.cli.commands import COMMANDS
from app.cli.parser import build_parser


def _command_names(parser: argparse.ArgumentParser) -> list[str]:
    [sub] = [action for action in parser._actions if isinstance(action, argparse._SubParsersAction)]
    return list(sub.choices)


def test_every_command_of_the_parser_has_a_handler_and_no_handler_is_left_over() -> None:
    assert _command_names(build_parser()) == list(COMMANDS)


def test_the_table_holds_functions_not_names() -> None:
    """A frozen build sees what is imported, so the table maps names to functions it imported."""
    assert all(callable(handler) for handler in COMMANDS.values())
    assert {handler.__module__ for handler in COMMANDS.values()} <= {
        f"app.cli.{name}"
        for name in (
            "orders",
            "rules",
            "data_dir",
            "advise",
            "evidence",
            "importing",
            "export",
            "backup",
            "remind",
            "insights",
        )
    }
