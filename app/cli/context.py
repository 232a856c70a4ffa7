"""What a command works with: its arguments, the clock, the environment, where to print, and
the services, opened on first use and released when the command is done."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import datetime, tzinfo
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from app.cli.args import PROG, time_arg
from app.clock import Clock

if TYPE_CHECKING:
    from app.services import Services
    from app.services.orders import OrderService


# Shows reminders on the desktop; True when it did (``remind`` prints them otherwise). The
# ``dispute-desk`` program passes one in (ui/reminders/desktop.py); the core has none of its own.
Notifier = Callable[[list[Any]], bool]


class Context:
    def __init__(
        self,
        args: argparse.Namespace,
        clock: Clock,
        env: dict[str, str],
        out: IO[str],
        err: IO[str] | None = None,
        notifier: Notifier | None = None,
    ) -> None:
        self.args = args
        self.clock = clock
        self.env = env
        self.out = out
        self.err = err
        self.notifier = notifier
        self.json = bool(getattr(args, "json", False))
        self._services: Services | None = None

    def data_dir(self) -> Path:
        """The data dir the command works on (``--data-dir``, else the environment, else the
        platform's); nothing is opened or created."""
        from app.services import resolve_data_dir

        return resolve_data_dir(getattr(self.args, "data_dir", None), self.env)

    def services(self) -> Services:
        """The services of the data dir (the file is opened when a service is first used)."""
        if self._services is None:
            # Imported here: the services pull in the store and the rules, which --help needs none of.
            from app.services import open_services

            self._services = open_services(self.data_dir(), self.clock)
            self._services.set_busy_notice(self._busy)
        return self._services

    def _busy(self, text: str) -> None:
        """Another window or command holds the data: say so on stderr while waiting for it."""
        if self.err is not None:
            self.err.write(f"{PROG}: {text}\n")
            self.err.flush()

    def orders(self) -> OrderService:
        return self.services().orders

    def close(self) -> None:
        """Close the data file once the command is done."""
        if self._services is not None:
            self._services.close()
            self._services = None

    def order_page_zone(self) -> tzinfo | None:
        """The zone times copied from the order page are read in (rule ``order_page_timezone``;
        None: the computer's own)."""
        return self.orders().rules.profile().order_page_zone()

    def as_of(self) -> datetime | None:
        """``--at``: the moment a reading command answers for (``None``: now)."""
        text = getattr(self.args, "at", None)
        return time_arg(text) if text else None

    def emit(self, document: object, human: Callable[[], None]) -> int:
        """Print ``document`` as one JSON document with ``--json``, else run ``human``; exit 0."""
        if self.json:
            json.dump(document, self.out, ensure_ascii=False, indent=2)
            self.out.write("\n")
        else:
            human()
        return 0

    def line(self, text: str = "") -> None:
        self.out.write(text + "\n")
