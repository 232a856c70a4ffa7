"""Rule profiles: the marketplace's numbers, each with its source and confidence.

The numbers change every few years and sources disagree, so none of them is hard-coded: they
live in a JSON file shipped in the package (``app/rules/<id>.json``) and the buyer can
override any of them (the overrides are stored in the database and passed in here).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import timedelta, tzinfo
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from app.domain.errors import Refused
from app.domain.reminders import normalized_leads
from app.i18n import translate, translate_marked

PAYMENT_METHODS = ("card", "paypal", "wallet", "balance", "other")
LOCAL_ZONE = "local"  # ``order_page_timezone``: the computer's own zone
MAX_VALUE = 3650  # the largest number a rule value may be set to


@dataclass(frozen=True)
class RuleSource:
    """One source of a rule value: what it says, when (the year or month it was published, as
    far as known), the value it gives and how sure it is."""

    text: str
    date: str
    value: Any
    confidence: str
    url: str = ""


@dataclass(frozen=True)
class RuleValue:
    key: str
    value: Any
    default: Any
    unit: str
    label: str
    source: str
    confidence: str
    sources: tuple[RuleSource, ...] = ()

    @property
    def overridden(self) -> bool:
        return bool(self.value != self.default)

    @property
    def sources_disagree(self) -> bool:
        """True when the sources give different values (Settings shows each, the chosen one marked)."""
        return len({_hashable(s.value) for s in self.sources}) > 1

    def chosen(self, source: RuleSource) -> bool:
        """Whether ``source`` gives the value in use."""
        return bool(source.value == self.value)


@dataclass(frozen=True)
class DayRange:
    min: int
    max: int


@dataclass(frozen=True)
class RuleProfile:
    """A profile's values with the buyer's overrides applied. Immutable; cheap to pass around."""

    id: str
    name: str
    values: Mapping[str, RuleValue] = field(default_factory=dict)
    reviewed: str = ""  # ISO date the shipped values were last checked against their sources
    # The buyer's own calendar, for business days: None is the computer's zone (tests pass one).
    buyer_zone: tzinfo | None = None
    # The durations asked for so far, by key (the values never change): the deadline engine asks
    # for a few of them for every order it derives or checks.
    _durations: dict[str, timedelta] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __getitem__(self, key: str) -> Any:
        return self.values[key].value

    def days(self, key: str) -> timedelta:
        found = self._durations.get(key)
        if found is None:
            found = self._durations[key] = timedelta(days=int(self[key]))
        return found

    def hours(self, key: str) -> timedelta:
        return timedelta(hours=int(self[key]))

    def flag(self, key: str) -> bool:
        return bool(self[key])

    def day_range(self, key: str) -> DayRange:
        raw = self[key]
        return DayRange(int(raw["min"]), int(raw["max"]))

    def refund_business_days(self, payment_method: str | None) -> DayRange:
        table = self["refund_business_days"]
        raw = table.get(payment_method or "other", table["other"])
        return DayRange(int(raw["min"]), int(raw["max"]))

    def order_page_zone(self) -> tzinfo | None:
        """The zone times copied from the order page are read in; None: the computer's own."""
        return (
            zone_of(str(self.values["order_page_timezone"].value))
            if "order_page_timezone" in self.values
            else None
        )

    def with_buyer_zone(self, zone: tzinfo | None) -> RuleProfile:
        return replace(self, buyer_zone=zone)

    def with_overrides(self, overrides: Mapping[str, Any]) -> RuleProfile:
        merged = dict(self.values)
        for key, value in overrides.items():
            if key not in merged:
                continue  # a value a newer/older profile no longer has: ignore it, keep the rest
            base = merged[key]
            merged[key] = replace(base, value=validate_value(base, value))
        return RuleProfile(self.id, self.name, merged, self.reviewed, self.buyer_zone)


def rule_label(rule: RuleValue) -> str:
    """The rule's label in the buyer's language (the labels are marked in ``rule_texts``)."""
    return translate_marked("rules", rule.label)


def zone_of(name: str) -> tzinfo | None:
    """The zone named by an ``order_page_timezone`` value: None for the computer's own."""
    if name == LOCAL_ZONE:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise Refused(
            translate(
                "refusal", 'unknown time zone "{zone}" (use "local" or a name such as America/Los_Angeles)'
            ).format(zone=name),
            fields=("order_page_timezone",),
        ) from None


def _hashable(value: Any) -> Any:
    return json.dumps(value, sort_keys=True)


def validate_value(rule: RuleValue, value: Any) -> Any:
    """Check that an override has the shape and a sane range for its rule; return it normalized."""
    default = rule.default
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise _refused(rule, translate("refusal", "{rule}: expected yes or no"))
        return value
    if isinstance(default, str):
        # The only text value is a time zone: "local" or an IANA name.
        if not isinstance(value, str) or not value.strip():
            raise _refused(
                rule,
                translate(
                    "refusal", '{rule}: expected "local" or a time zone name such as America/Los_Angeles'
                ),
            )
        zone_of(value.strip())
        return value.strip()
    if isinstance(default, int):
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_VALUE:
            raise _refused(rule, _whole_number_words(rule.unit), limits=(0, MAX_VALUE), unit=rule.unit)
        return value
    if isinstance(default, list):  # the reminders' lead times, the one list of the profile
        return normalized_leads(value)
    if isinstance(default, dict) and {"min", "max"} <= default.keys():
        return _validate_range(rule, value)
    if isinstance(default, dict):
        if not isinstance(value, dict) or set(value) != set(default):
            raise _refused(
                rule,
                translate("refusal", "{rule}: expected a range for each of {names}"),
                names=", ".join(sorted(default)),
            )
        return {name: _validate_range(rule, part, name) for name, part in value.items()}
    raise _refused(rule, translate("refusal", "{rule}: this value can't be changed"))


def _refused(rule: RuleValue, sentence: str, limits: tuple[int, int] | None = None, **fields: str) -> Refused:
    """A refused value of ``rule``: ``sentence`` (translated, with ``{rule}``) names the rule by its
    label in the buyer's language."""
    return Refused(sentence.format(rule=rule_label(rule), **fields), fields=(rule.key,), limits=limits)


def _whole_number_words(unit: str) -> str:
    if unit == "days":
        return translate("refusal", "{rule}: expected a whole number of days from 0 to 3650")
    if unit == "hours":
        return translate("refusal", "{rule}: expected a whole number of hours from 0 to 3650")
    return translate("refusal", "{rule}: expected a whole number of {unit} from 0 to 3650")


def _validate_range(rule: RuleValue, value: Any, name: str | None = None) -> dict[str, int]:
    label = rule_label(rule) if name is None else f"{rule_label(rule)} ({name})"
    limits = (0, MAX_VALUE)
    if not isinstance(value, dict) or set(value) != {"min", "max"}:
        raise Refused(
            translate("refusal", "{rule}: expected a range with min and max").format(rule=label),
            fields=(rule.key,),
        )
    low, high = value["min"], value["max"]
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in (low, high)):
        raise Refused(
            translate("refusal", "{rule}: min and max must be whole numbers").format(rule=label),
            fields=(rule.key,),
            limits=limits,
        )
    if not 0 <= low <= high <= MAX_VALUE:
        raise Refused(
            translate("refusal", "{rule}: min must not exceed max (0 to 3650)").format(rule=label),
            fields=(rule.key,),
            limits=limits,
        )
    return {"min": low, "max": high}


@cache
def load_profile(profile_id: str = "aliexpress") -> RuleProfile:
    """The shipped profile, without overrides. Cached: the file never changes at run time."""
    from importlib import resources  # only when a profile is first loaded: slow to import

    import app.rules  # a plain import: a frozen build bundles the package (its .json files as data)

    try:
        text = resources.files(app.rules).joinpath(f"{profile_id}.json").read_text("utf-8")
    except FileNotFoundError:
        raise Refused(
            translate("refusal", 'no rule profile named "{profile}"').format(profile=profile_id)
        ) from None
    data = json.loads(text)
    values = {
        key: RuleValue(
            key,
            raw["value"],
            raw["value"],
            raw["unit"],
            raw["label"],
            raw["source"],
            raw["confidence"],
            tuple(
                RuleSource(s["text"], str(s["date"]), s["value"], s["confidence"], s.get("url", ""))
                for s in raw.get("sources", ())
            ),
        )
        for key, raw in data["values"].items()
    }
    return RuleProfile(data["id"], data["name"], values, str(data.get("reviewed", "")))
