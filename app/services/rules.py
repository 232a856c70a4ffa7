"""The rule profile with the buyer's overrides: read, change, reset.

A change re-derives every order's cached status and deadlines (``on_change``), in its own
transaction right after the override is saved, so the list never shows deadlines computed with
the old numbers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.clock import Clock
from app.domain.errors import Refused
from app.domain.profile import RuleProfile, RuleValue, load_profile, validate_value
from app.i18n import translate
from app.store.store import Store

# Values no deadline is computed from: changing them re-derives nothing.
NOT_IN_DEADLINES = frozenset({"reminder_leads"})


class RuleService:
    def __init__(
        self,
        store: Store,
        clock: Clock,
        *,
        profile_id: str = "aliexpress",
        on_change: Callable[[], object] | None = None,
    ) -> None:
        self._store = store
        self._clock = clock
        self._profile_id = profile_id
        self._on_change = on_change
        self._cached: RuleProfile | None = None

    def when_changed(self, callback: Callable[[], object]) -> None:
        """Call ``callback`` after every change (the order service re-derives every order)."""
        self._on_change = callback

    def profile(self) -> RuleProfile:
        if self._cached is None:
            with self._store.read() as tx:
                overrides = tx.rule_overrides(self._profile_id)
            self._cached = load_profile(self._profile_id).with_overrides(overrides)
        return self._cached

    def values(self) -> list[RuleValue]:
        return list(self.profile().values.values())

    def set(self, key: str, value: Any) -> RuleValue:
        saved, failed = self.set_many({key: value})
        if key in failed:
            raise Refused(failed[key])
        return saved[key]

    def set_many(self, values: dict[str, Any]) -> tuple[dict[str, RuleValue], dict[str, str]]:
        """Save several values in one transaction and re-derive the orders once (a re-derive
        takes seconds with tens of thousands of orders). Values that don't fit their rule are
        refused one by one, with the reason, and the others are still saved.
        Setting a value to its default removes the override."""
        base = load_profile(self._profile_id)
        checked: dict[str, Any] = {}
        failed: dict[str, str] = {}
        for key, value in values.items():
            if key not in base.values:
                failed[key] = translate("refusal", 'no rule named "{key}"').format(key=key)
                continue
            try:
                checked[key] = validate_value(base.values[key], value)
            except Refused as exc:
                failed[key] = str(exc)
        if checked:
            now = self._clock.now()
            with self._store.write() as tx:
                for key, value in checked.items():
                    if value == base.values[key].default:
                        tx.remove_rule_override(self._profile_id, key)
                    else:
                        tx.set_rule_override(self._profile_id, key, value, now)
            self._changed(rederive=bool(checked.keys() - NOT_IN_DEADLINES))
        profile = self.profile()
        return {key: profile.values[key] for key in checked}, failed

    def reset(self, key: str) -> RuleValue:
        base = load_profile(self._profile_id)
        if key not in base.values:
            raise Refused(translate("refusal", 'no rule named "{key}"').format(key=key))
        return self.set(key, base.values[key].default)

    def _changed(self, *, rederive: bool = True) -> None:
        self._cached = None
        if rederive and self._on_change is not None:
            self._on_change()
