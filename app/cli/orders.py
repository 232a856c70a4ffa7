"""The commands about orders: ``add``, ``record``, ``orders``, ``show``, ``deadlines``, ``trash``
and ``untrash`` (contract: docs/CLI.md), their arguments and their JSON shapes."""

from __future__ import annotations

import argparse
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from app.cli.args import CommandFactory, duration_arg, time_arg, whole_number
from app.cli.context import Context
from app.cli.output import local_text, time_left
from app.domain.attention import asks_to_act
from app.domain.currencies import format_amount, normalize_currency
from app.domain.errors import Refused
from app.domain.model import CANCEL_REASONS, DISPUTE_REASONS, OUTCOMES, RECORDABLE_KINDS, Status
from app.domain.parsing import format_utc, parse_amount
from app.domain.profile import PAYMENT_METHODS
from app.i18n import translate

if TYPE_CHECKING:
    from app.services.views import DeadlineView, OrderDetail


def add_parsers(command: CommandFactory) -> None:
    """Register the order commands; ``command(name, help)`` is the CLI's subparser factory."""
    add = command("add", translate("cli help", "add an order"))
    add.add_argument("--order", required=True, help=translate("cli help", "order number (text)"))
    add.add_argument("--store", required=True)
    add.add_argument("--title", required=True)
    add.add_argument(
        "--total", required=True, help=translate("cli help", "amount, e.g. 12.34 or 'US $1,382.11'")
    )
    add.add_argument(
        "--currency",
        required=False,
        help=translate("cli help", "ISO code, e.g. USD (else from the amount's symbol)"),
    )
    add.add_argument("--ordered-at", type=str)
    add.add_argument("--paid-at", type=str)
    add.add_argument("--payment-method", choices=PAYMENT_METHODS)
    ship = add.add_mutually_exclusive_group()
    ship.add_argument("--processing-days", type=str)
    ship.add_argument("--ship-by", type=str)
    add.add_argument("--note", default="")

    record = command("record", translate("cli help", "record an event in an order's timeline"))
    record.add_argument("order")
    record.add_argument("event", metavar="EVENT", help=", ".join(k.value for k in RECORDABLE_KINDS))
    record.add_argument("--at", help=translate("cli help", "when it happened (default: now)"))
    record.add_argument("--note", default="")
    record.add_argument("--processing-days")
    record.add_argument("--ship-by")
    record.add_argument("--tracking")
    record.add_argument("--carrier")
    record.add_argument("--protection-ends")
    record.add_argument(
        "--protection-left",
        help=translate("cli help", "countdown as the order page shows it, e.g. '23d 14:22:10'"),
    )
    record.add_argument(
        "--reason",
        help=translate("cli help", "cancel: {cancel}; dispute: {dispute}").format(
            cancel="|".join(CANCEL_REASONS), dispute="|".join(DISPUTE_REASONS)
        ),
    )
    record.add_argument("--refund")
    record.add_argument("--return", dest="wants_return", action="store_true")
    record.add_argument("--offer")
    record.add_argument("--outcome", choices=OUTCOMES)
    record.add_argument("--amount")
    record.add_argument("--days")
    record.add_argument(
        "--line",
        help=translate(
            "cli help", "the item a dispute or refund is about (1, 2, …; default: the whole order)"
        ),
    )

    orders = command("orders", translate("cli help", "list orders with their status and next deadline"))
    orders.add_argument("--status", choices=[s.value for s in Status])
    orders.add_argument(
        "--trash", action="store_true", help=translate("cli help", "list the orders in the trash")
    )
    orders.add_argument("--at")

    show = command("show", translate("cli help", "one order with its timeline and deadlines"))
    show.add_argument("order")
    show.add_argument("--at")

    deadlines = command("deadlines", translate("cli help", "every open deadline, soonest first"))
    deadlines.add_argument("--at")
    deadlines.add_argument(
        "--within", help=translate("cli help", "only those due within this long, e.g. 48h or 7d")
    )

    trash = command("trash", translate("cli help", "move an order to the trash"))
    trash.add_argument("order")
    untrash = command("untrash", translate("cli help", "restore an order from the trash"))
    untrash.add_argument("order")


def _amount(text: str | None, currency: str | None) -> Decimal | None:
    if text is None:
        return None
    return parse_amount(text, currency).amount


def cmd_add(args: argparse.Namespace, ctx: Context) -> int:
    from app.services.views import NewOrder  # the services load only once a command needs them

    page = ctx.order_page_zone()
    currency = normalize_currency(args.currency) if args.currency else None
    parsed = parse_amount(args.total, currency)
    if parsed.currency is None:
        raise Refused(translate("cli", "which currency? add --currency (e.g. USD)"))
    new = NewOrder(
        number=args.order,
        store=args.store,
        title=args.title,
        total=parsed.amount,
        currency=parsed.currency,
        ordered_at=time_arg(args.ordered_at, page) if args.ordered_at else None,
        paid_at=time_arg(args.paid_at, page) if args.paid_at else None,
        payment_method=args.payment_method,
        processing_days=whole_number(args.processing_days) if args.processing_days else None,
        ship_by=time_arg(args.ship_by, page) if args.ship_by else None,
        note=args.note,
    )
    detail = ctx.orders().add_order(new)
    return ctx.emit(
        _detail_json(detail),
        lambda: ctx.line(
            translate("cli", "added order {order} ({status})").format(
                order=detail.order, status=detail.status.value
            )
        ),
    )


def cmd_record(args: argparse.Namespace, ctx: Context) -> int:
    from app.services.views import NewEvent  # the services load only once a command needs them

    service = ctx.orders()
    page = ctx.order_page_zone() if args.protection_ends or args.ship_by else None
    currency = None
    if any(v is not None for v in (args.refund, args.offer, args.amount)):
        currency = service.show(args.order).currency
    new = NewEvent(
        kind=args.event,
        at=time_arg(args.at) if args.at else None,
        note=args.note,
        tracking=args.tracking,
        carrier=args.carrier,
        protection_ends=time_arg(args.protection_ends, page) if args.protection_ends else None,
        protection_left=duration_arg(args.protection_left) if args.protection_left else None,
        reason=args.reason,
        refund=_amount(args.refund, currency),
        wants_return=args.wants_return,
        offer=_amount(args.offer, currency),
        outcome=args.outcome,
        amount=_amount(args.amount, currency),
        days=whole_number(args.days) if args.days else None,
        processing_days=whole_number(args.processing_days) if args.processing_days else None,
        ship_by=time_arg(args.ship_by, page) if args.ship_by else None,
        line=whole_number(args.line) if args.line else None,
    )
    detail = service.record_event(args.order, new)
    return ctx.emit(
        _detail_json(detail),
        lambda: ctx.line(
            translate("cli", "recorded {event} on {order}: now {status}").format(
                event=args.event, order=detail.order, status=detail.status.value
            )
        ),
    )


def cmd_orders(args: argparse.Namespace, ctx: Context) -> int:
    items = ctx.orders().list_orders(status=args.status, at=ctx.as_of(), trash=args.trash)
    document = [
        {
            "order": i.order,
            "store": i.store,
            "title": i.title,
            "total": format_amount(i.total, i.currency),
            "currency": i.currency,
            "status": i.status.value,
            "next_deadline": _deadline_json(i.next_deadline) if i.next_deadline else None,
        }
        for i in items
    ]

    def human() -> None:
        if not items:
            ctx.line(
                translate("cli", "no orders") if not args.trash else translate("cli", "the trash is empty")
            )
            return
        for i in items:
            nxt = i.next_deadline
            when = (
                translate("cli", "{deadline} in {countdown}").format(
                    deadline=nxt.kind.value, countdown=time_left(nxt.left)
                )
                if nxt
                else "-"
            )
            ctx.line(
                f"{i.order:<20} {i.status.value:<18} {format_amount(i.total, i.currency):>10} {i.currency}  "
                f"{when:<36} {i.store[:30]} - {i.title[:40]}"
            )

    return ctx.emit(document, human)


def cmd_show(args: argparse.Namespace, ctx: Context) -> int:
    detail = ctx.orders().show(args.order, at=ctx.as_of())

    def human() -> None:
        total = f"{format_amount(detail.total, detail.currency)} {detail.currency}"
        ctx.line(translate("cli", "Order {order}  {store}").format(order=detail.order, store=detail.store))
        ctx.line(f"  {detail.title}")
        if detail.in_trash:
            ctx.line(
                translate("cli", "  total {total}   status {status}   (in the trash)").format(
                    total=total, status=detail.status.value
                )
            )
        else:
            ctx.line(
                translate("cli", "  total {total}   status {status}").format(
                    total=total, status=detail.status.value
                )
            )
        if detail.tracking:
            ctx.line(translate("cli", "  tracking {numbers}").format(numbers=", ".join(detail.tracking)))
        if detail.refunded:
            refunded = f"{format_amount(detail.refunded, detail.currency)} {detail.currency}"
            ctx.line(translate("cli", "  refunded {amount}").format(amount=refunded))
        if len(detail.lines) > 1 or any(ln.dispute or ln.refunded for ln in detail.lines):
            ctx.line(translate("cli", "Items:"))
            for ln in detail.lines:
                state = (
                    translate("cli", "  dispute: {reason}, {state}").format(
                        reason=ln.dispute.reason, state=ln.dispute.state
                    )
                    if ln.dispute
                    else ""
                )
                back = (
                    translate("cli", "  refunded {amount}").format(
                        amount=format_amount(ln.refunded, detail.currency)
                    )
                    if ln.refunded
                    else ""
                )
                ctx.line(f"  {ln.line}. {ln.quantity} × {ln.title[:50]}{back}{state}")
        ctx.line(
            translate("cli", "Deadlines:") if detail.deadlines else translate("cli", "No open deadlines.")
        )
        for d in detail.deadlines:
            ctx.line(
                f"  {local_text(d.due)}  {d.kind.value:<28} {time_left(d.left):>14}  {_urgency_text(d)} ({d.basis.value})"
            )
            if d.missing:
                ctx.line(translate("cli", "      missing: {fact}").format(fact=_missing_words(d.missing)))
            ctx.line(f"      {d.action}")
        ctx.line(translate("cli", "Timeline:"))
        for e in detail.timeline:
            extra = ", ".join(f"{k}={v}" for k, v in e.data.items())
            ctx.line(f"  {local_text(e.at)}  {e.kind}" + (f"  ({extra})" if extra else ""))

    return ctx.emit(_detail_json(detail), human)


def cmd_deadlines(args: argparse.Namespace, ctx: Context) -> int:
    within = duration_arg(args.within) if args.within else None
    views = ctx.orders().deadlines(at=ctx.as_of(), within=within)

    def human() -> None:
        if not views:
            ctx.line(translate("cli", "no open deadlines"))
        for d in views:
            ctx.line(
                f"{local_text(d.due)}  {time_left(d.left):>14}  {_urgency_text(d):<8} {d.order:<20} {d.kind.value} ({d.basis.value})"
            )

    return ctx.emit([_deadline_json(d) for d in views], human)


def cmd_trash(args: argparse.Namespace, ctx: Context) -> int:
    ctx.orders().trash(args.order)
    return ctx.emit(
        {"order": args.order, "in_trash": True},
        lambda: ctx.line(translate("cli", "moved {order} to the trash").format(order=args.order)),
    )


def cmd_untrash(args: argparse.Namespace, ctx: Context) -> int:
    ctx.orders().restore(args.order)
    return ctx.emit(
        {"order": args.order, "in_trash": False},
        lambda: ctx.line(translate("cli", "restored {order}").format(order=args.order)),
    )


def _urgency_text(d: DeadlineView) -> str:
    """The urgency for people: a waiting period (nothing for the buyer to do) reads "waiting"
    rather than "critical". The JSON keeps the time-based urgency of the contract."""
    return d.urgency.value if asks_to_act(d.kind, int(d.left.total_seconds())) else "waiting"


def _missing_words(fact: str) -> str:
    """A fact an estimated deadline lacks, in words."""
    if fact == "processing_time":
        return translate("cli", "the processing time (or the ship-by countdown) from the order page")
    return fact


def _deadline_json(d: DeadlineView) -> dict[str, Any]:
    document = {
        "order": d.order,
        "kind": d.kind.value,
        "due": format_utc(d.due),
        "left_seconds": int(d.left.total_seconds()),
        "urgency": d.urgency.value,
        "basis": d.basis.value,
        "action": d.action,
    }
    if d.missing:
        document["missing"] = d.missing  # an estimate for want of this fact
    return document


def _detail_json(detail: OrderDetail) -> dict[str, Any]:
    return {
        "order": detail.order,
        "store": detail.store,
        "title": detail.title,
        "total": format_amount(detail.total, detail.currency),
        "currency": detail.currency,
        "payment_method": detail.payment_method,
        "ordered_at": format_utc(detail.ordered_at),
        "note": detail.note,
        "status": detail.status.value,
        "in_trash": detail.in_trash,
        "lines": [
            {
                "line": ln.line,
                "title": ln.title,
                "quantity": ln.quantity,
                "options": ln.options,
                "unit_price": format_amount(ln.unit_price, detail.currency)
                if ln.unit_price is not None
                else None,
                "refunded": format_amount(ln.refunded, detail.currency),
                "dispute": {"reason": ln.dispute.reason, "state": ln.dispute.state} if ln.dispute else None,
            }
            for ln in detail.lines
        ],
        "refunded": format_amount(detail.refunded, detail.currency),
        "tracking": list(detail.tracking),
        "timeline": [
            {"kind": e.kind, "at": format_utc(e.at), "recorded_at": format_utc(e.recorded_at), **e.data}
            for e in detail.timeline
        ],
        "deadlines": [_deadline_json(d) for d in detail.deadlines],
    }
