"""``dispute-desk rules [list|set KEY VALUE|reset KEY]``: the rule profile's values, and the
buyer's own overrides of them."""

from __future__ import annotations

import argparse
import json

from app.cli.args import CommandFactory
from app.cli.context import Context
from app.domain.errors import Refused
from app.domain.profile import RuleValue
from app.domain.rule_texts import RULE_UNITS
from app.i18n import translate, translate_marked


def add_parsers(command: CommandFactory) -> None:
    """Register ``rules``; ``command(name, help)`` is the CLI's subparser factory."""
    rules = command("rules", translate("cli help", "show or change the rule profile's values"))
    rules.add_argument("action", nargs="?", choices=["list", "set", "reset"], default="list")
    rules.add_argument("key", nargs="?")
    rules.add_argument(
        "value",
        nargs="?",
        help=translate("cli help", 'JSON value, e.g. 72 or true or \'{"min": 2, "max": 5}\''),
    )


def cmd_rules(args: argparse.Namespace, ctx: Context) -> int:
    rules = ctx.orders().rules
    if args.action in ("set", "reset") and not args.key:
        raise Refused(translate("cli", "rules {action} needs the rule's name").format(action=args.action))
    if args.action == "set":
        if args.value is None:
            raise Refused(translate("cli", "rules set needs a value"))
        try:
            value = json.loads(args.value)
        except json.JSONDecodeError:
            if not _takes_text(rules.values(), args.key):
                raise Refused(
                    translate("cli", 'can\'t read "{value}" as a value (try 72, true or {example})').format(
                        value=args.value, example='{"min": 2, "max": 5}'
                    )
                ) from None
            value = args.value  # a time zone name, as typed
        rules.set(args.key, value)
    elif args.action == "reset":
        rules.reset(args.key)
    values = rules.values()
    document = [
        {
            "key": v.key,
            "value": v.value,
            "default": v.default,
            "unit": v.unit,
            "label": v.label,
            "source": v.source,
            "confidence": v.confidence,
            "sources": [
                {
                    "text": s.text,
                    "date": s.date,
                    "value": s.value,
                    "confidence": s.confidence,
                    "url": s.url or None,
                    "chosen": v.chosen(s),
                }
                for s in v.sources
            ],
        }
        for v in values
    ]

    def human() -> None:
        for v in values:
            unit = translate_marked("rules", RULE_UNITS[v.unit]) if v.unit in RULE_UNITS else v.unit
            if v.overridden:
                unit = translate("cli", "{unit} (changed)").format(unit=unit)
            ctx.line(f"{v.key:<32} {json.dumps(v.value):<24} {unit}")
            ctx.line(f"    {translate_marked('rules', v.source)} [{v.confidence}]")
            if v.sources_disagree:
                for source in v.sources:
                    mark = "*" if v.chosen(source) else " "
                    text = translate_marked("rules", source.text)
                    ctx.line(
                        f"   {mark} {source.date}: {json.dumps(source.value)} — {text} [{source.confidence}]"
                    )

    return ctx.emit(document, human)


def _takes_text(values: list[RuleValue], key: str) -> bool:
    return any(v.key == key and isinstance(v.default, str) for v in values)
