"""The ``dispute-desk`` argument parser: the program's own options, then every command's
arguments, registered by the module that runs the command."""

from __future__ import annotations

from app import __version__
from app.cli.args import PROG, CliParser, global_options
from app.cli.commands import PARSER_MODULES
from app.i18n import translate


def build_parser() -> CliParser:
    common = global_options()
    parser = CliParser(
        prog=PROG,
        description=translate(
            "cli help",
            "Dispute Desk: your orders, their deadlines, cancellations and disputes. Without a command it "
            "opens the app.",
        ),
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=CliParser)

    def command(name: str, help_text: str) -> CliParser:
        return sub.add_parser(name, help=help_text, description=help_text, parents=[common])

    for module in PARSER_MODULES:
        module.add_parsers(command)
    return parser
