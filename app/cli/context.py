"""What a command works with: its arguments, the clock, the environment, where to print, and
the services, opened on first use and released when the command is done."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING

from app.cli.args import time_arg
from app.clock import Clock
from app.domain.errors import Refused

if TYPE_CHECKING:
    from app.services.orders import OrderService


class Context:
    def __init__(self, args: argparse.Namespace, clock: Clock, env: dict[str, str], out: IO[str]) -> None:
        self.args = args
        self.clock = clock
        self.env = env
        self.out = out
        self.json = bool(getattr(args, "json", False))
        self._service: OrderService | None = None

    def data_dir(self) -> Path:
        """The data dir the command works on (``--data-dir``, else the environment, else the
        platform's); nothing is opened or created."""
        from app.store.paths import resolve_data_dir

        return resolve_data_dir(getattr(self.args, "data_dir", None), self.env)

    def orders(self) -> OrderService:
        if self._service is None:
            # Imported here: SQLAlchemy is slow to import and --help needs none of it.
            from app.services.orders import OrderService
            from app.store.database import Database

            data_dir = self.data_dir()
            try:
                database = Database.open(data_dir, clock=self.clock)
            except OSError as exc:  # a file where the dir should be, no permission, ...
                raise Refused(f"can't use the data dir {data_dir}: {exc.strerror or exc}") from None
            self._service = OrderService(database, self.clock)
        return self._service

    def close(self) -> None:
        """Release the database (its pooled connections) once the command is done."""
        if self._service is not None:
            self._service.database.close()
            self._service = None

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
