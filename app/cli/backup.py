"""``dispute-desk backup``, ``restore`` and ``backups``.

- ``backup --out FILE.zip``: database snapshot + evidence + manifest; never overwrites ``FILE``.
  ``backup --auto``: an automatic backup into ``backups/auto/`` only if the data changed since
  the last one, then thins them by the retention policy (for cron jobs).
- ``restore FILE.zip``: checks all of it, keeps a safety copy of the current data in
  ``backups/before-restore-<UTC>.zip``, then replaces the data. ``--check`` only checks.
  Close the app first: a restore is refused while the data is open elsewhere.
- ``backups``: the backups in the data dir, newest first.

Anything wrong: exit 2, one line on stderr, nothing changed.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli.args import CommandFactory
from app.cli.context import Context
from app.domain.parsing import format_utc
from app.i18n import translate

if TYPE_CHECKING:
    from app.services.backup import BackupInfo, BackupService


def add_parsers(command: CommandFactory) -> None:
    """Register ``backup``, ``restore`` and ``backups``."""
    backup = command("backup", translate("cli help", "back up the database and the evidence into a zip file"))
    where = backup.add_mutually_exclusive_group(required=True)
    where.add_argument(
        "--out", metavar="FILE.zip", help=translate("cli help", "the archive to write (must not exist)")
    )
    where.add_argument(
        "--auto",
        action="store_true",
        help=translate("cli help", "an automatic backup into backups/auto/, only if the data changed"),
    )
    restore = command(
        "restore", translate("cli help", "replace the data with a backup, after checking all of it")
    )
    restore.add_argument("archive", metavar="FILE.zip")
    restore.add_argument(
        "--check", action="store_true", help=translate("cli help", "only check the archive; change nothing")
    )
    command("backups", translate("cli help", "list the backups kept in the data dir, newest first"))


def _service(ctx: Context) -> BackupService:
    from app.services.backup import BackupService  # the services load only once a command needs them

    return BackupService(ctx.data_dir(), ctx.clock)


def _info(info: BackupInfo) -> dict[str, Any]:
    return {
        "path": str(info.path),
        "created_at": format_utc(info.created_at),
        "kind": info.kind,
        "size": info.size,
    }


def cmd_backup(args: argparse.Namespace, ctx: Context) -> int:
    service = _service(ctx)
    if args.auto:
        made = service.auto_backup("command line")
        document = {"made": made is not None, "backup": _info(made) if made else None}
        message = (
            translate("cli", "backed up to {path}").format(path=made.path)
            if made
            else translate("cli", "no change since the last automatic backup")
        )
        return ctx.emit(document, lambda: ctx.line(message))
    info = service.backup(Path(args.out).expanduser())
    count = info.size
    return ctx.emit(
        _info(info),
        lambda: ctx.line(
            translate("cli", "backed up to {path} (%n byte(s))", None, count).format(path=info.path)
        ),
    )


def cmd_restore(args: argparse.Namespace, ctx: Context) -> int:
    service = _service(ctx)
    archive = Path(args.archive).expanduser()
    if args.check:
        manifest = service.verify(archive)
        document = {
            "ok": True,
            "created_at": format_utc(manifest.created_at),
            "schema": manifest.schema,
            "app_version": manifest.app_version,
            "evidence_files": len(manifest.evidence),
            "size": manifest.total_size,
        }
        return ctx.emit(
            document,
            lambda: ctx.line(
                translate("cli", "{name} is a complete, undamaged backup").format(name=archive.name)
            ),
        )
    result = service.restore(archive)
    document = {
        "archive": str(result.archive),
        "created_at": format_utc(result.created_at),
        "schema": result.schema,
        "migrated": result.migrated,
        "orders": result.orders,
        "events": result.events,
        "evidence_files": result.evidence_files,
        "safety": _info(result.safety) if result.safety else None,
    }

    def human() -> None:
        count = result.orders
        count2 = result.evidence_files
        ctx.line(
            translate(
                "cli", "restored %n order(s) and {files} from the backup of {time}", None, count
            ).format(
                files=translate("cli", "%n evidence file(s)", "restored … and this", count2),
                time=format_utc(result.created_at),
            )
        )
        if result.safety is not None:
            ctx.line(
                translate("cli", "the data it replaced is kept in {path}").format(path=result.safety.path)
            )

    return ctx.emit(document, human)


def cmd_backups(args: argparse.Namespace, ctx: Context) -> int:
    found = _service(ctx).list_backups()

    def human() -> None:
        if not found:
            ctx.line(translate("cli", "no backups in the data dir"))
        for info in found:
            ctx.line(f"{format_utc(info.created_at)}  {info.kind:<7} {info.size:>12}  {info.path}")

    return ctx.emit([_info(i) for i in found], human)
