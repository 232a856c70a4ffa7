"""The evidence commands: ``attach`` photos and videos to an order, ``pack`` its case (contract:
docs/CLI.md)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli.args import CommandFactory
from app.cli.context import Context
from app.domain.parsing import format_utc
from app.i18n import translate

if TYPE_CHECKING:
    from app.services.evidence import EvidenceService, EvidenceView


def add_parsers(command: CommandFactory) -> None:
    """Register the subcommands; ``command(name, help)`` is the CLI's subparser factory."""
    attach = command("attach", translate("cli help", "attach photos or videos to an order as evidence"))
    attach.add_argument("order")
    attach.add_argument("files", nargs="+", metavar="FILE")
    attach.add_argument(
        "--caption", default="", help=translate("cli help", "a caption for every file attached")
    )
    pack = command("pack", translate("cli help", "write the case pack: DIR/case.pdf and DIR/photos/"))
    pack.add_argument("order")
    pack.add_argument("--out", required=True, metavar="DIR")


def _service(ctx: Context) -> EvidenceService:
    return ctx.services().evidence


def evidence_json(view: EvidenceView) -> dict[str, Any]:
    return {
        "id": view.id,
        "order": view.order,
        "sha256": view.sha256,
        "kind": view.kind,
        "mime": view.mime,
        "ext": view.ext,
        "file": view.original_name,
        "size": view.size,
        "width": view.width,
        "height": view.height,
        "duration_ms": view.duration_ms,
        "captured_at": format_utc(view.captured_at) if view.captured_at else None,
        "caption": view.caption,
        "added_at": format_utc(view.added_at),
        "in_trash": view.deleted_at is not None,
    }


def cmd_attach(args: argparse.Namespace, ctx: Context) -> int:
    service = _service(ctx)
    views = service.attach(args.order, [Path(f) for f in args.files], caption=args.caption)

    def human() -> None:
        for view in views:
            size = f" {view.width}×{view.height}" if view.width and view.height else ""
            ctx.line(f"#{view.id} {view.kind}{size} {view.original_name} ({view.sha256[:12]})")
        count = service.count(args.order)
        ctx.line(translate("cli", "{order}: %n evidence item(s)", None, count).format(order=args.order))

    return ctx.emit([evidence_json(v) for v in views], human)


def cmd_pack(args: argparse.Namespace, ctx: Context) -> int:
    result = _service(ctx).pack(args.order, Path(args.out))
    document = {
        "order": args.order,
        "pdf": str(result.pdf),
        "pages": result.pages,
        "photos": [str(p) for p in result.photos],
    }

    def human() -> None:
        count = result.pages
        count2 = len(result.photos)
        ctx.line(
            translate("cli", "wrote {pdf} (%n page(s)) and {photos}", None, count).format(
                pdf=result.pdf,
                photos=translate("cli", "%n photo(s)", "wrote the case pack (…) and this", count2),
            )
        )

    return ctx.emit(document, human)
