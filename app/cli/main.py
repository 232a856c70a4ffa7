"""Running one command line: parse it, run the command, map what went wrong to an exit status.

Exit status: 0 done, 2 bad input or a refused action (one line on stderr, nothing written),
1 an unexpected error. ``--json`` prints exactly one JSON document on stdout.

The sentences speak the language ``--lang`` names, else the one ``LC_ALL``/``LC_MESSAGES``/``LANG``
ask for; with ``--json`` the command runs in English, so a script reads the same bytes whatever
the language (the document's sentences and the messages on stderr alike).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable, Sequence
from typing import IO

from app.cli import argparse_words
from app.cli.args import PROG, UsageError, language_asked, option_flags
from app.cli.commands import COMMANDS
from app.cli.context import Context, Notifier
from app.cli.parser import build_parser
from app.clock import Clock, SystemClock
from app.domain.errors import Refused
from app.i18n import language_from_environ, language_scope, set_language, translate

# Opens the window: ``(data_dir or None, environment) -> exit status``.
GuiLauncher = Callable[[str | None, dict[str, str]], int]


def run(
    argv: Sequence[str],
    *,
    clock: Clock | None = None,
    stdout: IO[str] | None = None,
    stderr: IO[str] | None = None,
    env: dict[str, str] | None = None,
    gui: GuiLauncher | None = None,
    notifier: Notifier | None = None,
) -> int:
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    environ = dict(os.environ) if env is None else env
    set_language(language_from_environ(environ))  # the sentences; --json keys and codes stay English
    try:
        asked = language_asked(argv)  # before the parser: its help speaks the language too
        if asked is not None:
            set_language(asked)
        # argparse prints --help and --version to sys.stdout: send them where the caller asked.
        with contextlib.redirect_stdout(out), argparse_words.speaking():
            args = build_parser().parse_args(list(argv))
    except UsageError as exc:
        _fail(err, str(exc))
        return 2
    except SystemExit as exc:  # --help and --version
        return _flushed(out, int(exc.code or 0))
    except BrokenPipeError:  # --help read by a reader that went away
        _quiet_stdout(out)
        return 0
    if args.command is None:
        return _open_gui(args, gui, environ, out)
    from app.services import StoreError

    ctx = Context(args, clock or SystemClock(), environ, out, err, notifier)
    try:
        with language_scope("en" if ctx.json else None):
            code = COMMANDS[args.command](args, ctx)
        out.flush()  # a reader gone away shows here, not as a traceback when Python exits
        return code
    except BrokenPipeError:
        # The reader went away (``dispute-desk orders | head -1``): what it wanted it has.
        _quiet_stdout(out)
        return 0
    except Refused as exc:
        _fail(err, _refusal(exc, args, ctx.json))
        return 2
    except StoreError as exc:
        _fail(err, str(exc))
        return 2
    except Exception as exc:
        _fail(err, _unexpected(exc, ctx.json))
        if environ.get("DISPUTE_DESK_DEBUG"):
            raise
        return 1
    finally:
        ctx.close()


def _flushed(out: IO[str], code: int) -> int:
    try:
        out.flush()
    except BrokenPipeError:
        _quiet_stdout(out)
        return 0
    return code


def _quiet_stdout(out: IO[str]) -> None:
    """After a closed pipe, point the process's stdout at the null device, so that flushing it at
    exit doesn't raise (and print) BrokenPipeError again."""
    if out is not sys.stdout:
        return
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


def _refusal(exc: Refused, args: argparse.Namespace, json: bool) -> str:
    """The refusal's sentence, naming the options it is about where the command has them (the
    services name an input in the buyer's words; the options are the command line's own)."""
    message = str(exc)
    given = vars(args)
    flags = [
        flag
        for field in exc.fields
        if (flag := option_flags().get(field)) is not None and field in given and flag not in message
    ]
    if not flags:
        return message
    with language_scope("en" if json else None):
        return translate("cli", "{message} ({options})").format(message=message, options=", ".join(flags))


def _unexpected(exc: Exception, json: bool) -> str:
    with language_scope("en" if json else None):
        return translate("cli", "unexpected error: {error}").format(error=f"{type(exc).__name__}: {exc}")


def _fail(err: IO[str], message: str) -> None:
    """The one line on stderr the contract promises, whatever line breaks the message has."""
    print(f"{PROG}: {' '.join(message.split())}", file=err)


def _open_gui(args: argparse.Namespace, gui: GuiLauncher | None, env: dict[str, str], out: IO[str]) -> int:
    """No command: open the GUI if the caller (the ``ui`` entry point) provides one, else help."""
    if gui is None:
        with argparse_words.speaking():
            build_parser().print_help(out)
        return 0
    return gui(getattr(args, "data_dir", None), env)
