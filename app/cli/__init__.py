"""The ``dispute-desk`` command line (contract: docs/CLI.md): a thin face over the services.

- ``main``: ``run(argv)`` parses, runs one command and maps a refusal to exit 2;
- ``parser``: the argument parser, built from every command module's ``add_parsers``;
- ``commands``: the command table, command name → the function that runs it;
- ``args``: the parser class, the global options and the argument types (times, durations);
- ``context``: ``Context``, what a command works with (arguments, clock, output, services);
- ``output``: times written for people;
- one module per group of commands: ``orders`` (add, record, orders, show, deadlines, trash,
  untrash), ``advise``, ``rules``, ``data_dir`` (demo, doctor), ``evidence`` (attach, pack),
  ``importing`` (import), ``export``, ``backup`` (backup, restore, backups).

Opening the window without a command doesn't import this package at all (see ``ui.entry``).
"""

from app.cli.main import run

__all__ = ["run"]
