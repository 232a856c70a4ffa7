"""The dispute wizard's evidence checklist: for each reason, what to collect before opening the
dispute, in plain words. The table holds the English source texts, marked for ``lupdate``
(context "evidence"); :func:`evidence_for` gives them in the buyer's language."""

from __future__ import annotations

from app.i18n import QT_TRANSLATE_NOOP, translate_marked

_TRACKING = QT_TRANSLATE_NOOP(
    "evidence", "Screenshots of the tracking page, with the dates of its last events"
)
_CHAT = QT_TRANSLATE_NOOP("evidence", "Screenshots of your chat with the seller")
_UNBOXING = QT_TRANSLATE_NOOP("evidence", "An unboxing video, from the sealed parcel to its contents")
_LISTING = QT_TRANSLATE_NOOP("evidence", "A screenshot of the listing (description, photos, chosen options)")

EVIDENCE: dict[str, tuple[str, ...]] = {
    "tracking_stalled": (
        QT_TRANSLATE_NOOP(
            "evidence",
            "Screenshots of the tracking page, with the dates of its last events (no update for a long time)",
        ),
        _CHAT,
    ),
    "wrong_destination": (
        QT_TRANSLATE_NOOP(
            "evidence",
            "Screenshots of the tracking page, with the dates of its last events (another destination, "
            "country or post office)",
        ),
        QT_TRANSLATE_NOOP("evidence", "A screenshot of your delivery address on the order page"),
        QT_TRANSLATE_NOOP(
            "evidence", "A statement from your post office that the parcel didn't arrive there"
        ),
        _CHAT,
    ),
    "delivery_period_ending": (
        _TRACKING,
        QT_TRANSLATE_NOOP("evidence", "A screenshot of the buyer protection countdown on the order page"),
        _CHAT,
    ),
    "returned_to_sender": (
        QT_TRANSLATE_NOOP(
            "evidence",
            "Screenshots of the tracking page, with the dates of its last events (the return to the sender)",
        ),
        _CHAT,
    ),
    "customs": (
        QT_TRANSLATE_NOOP(
            "evidence",
            "Screenshots of the tracking page, with the dates of its last events (held at customs)",
        ),
        QT_TRANSLATE_NOOP("evidence", "The customs or post-office statement or notice about the parcel"),
        _CHAT,
    ),
    "not_as_described": (
        QT_TRANSLATE_NOOP("evidence", "Photos of each difference from the listing"),
        QT_TRANSLATE_NOOP(
            "evidence", "For size problems: a photo with a ruler next to the item, and its size label"
        ),
        _LISTING,
        _UNBOXING,
        _CHAT,
    ),
    "defective": (
        QT_TRANSLATE_NOOP("evidence", "A video showing that it doesn't work"),
        QT_TRANSLATE_NOOP("evidence", "Photos of the defect"),
        _UNBOXING,
        _CHAT,
    ),
    "damaged": (
        QT_TRANSLATE_NOOP("evidence", "Photos of each damage"),
        QT_TRANSLATE_NOOP("evidence", "Photos of the parcel and its packaging as it arrived"),
        _UNBOXING,
        QT_TRANSLATE_NOOP("evidence", "A post-office statement if the parcel arrived damaged"),
        _CHAT,
    ),
    "wrong_item": (
        QT_TRANSLATE_NOOP("evidence", "Photos of what arrived, next to the listing's photos"),
        QT_TRANSLATE_NOOP("evidence", "Photos of the labels and markings of what arrived"),
        _LISTING,
        _UNBOXING,
        _CHAT,
    ),
    "quantity_short": (
        QT_TRANSLATE_NOOP("evidence", "A photo of everything that arrived, laid out and counted"),
        QT_TRANSLATE_NOOP("evidence", "A weight photo of the parcel on scales"),
        QT_TRANSLATE_NOOP(
            "evidence",
            "A screenshot of the listing (description, photos, chosen options) showing the quantity",
        ),
        _UNBOXING,
        _CHAT,
    ),
    "counterfeit": (
        QT_TRANSLATE_NOOP(
            "evidence", "Photos of each difference from the genuine product (logos, labels, serial numbers)"
        ),
        QT_TRANSLATE_NOOP(
            "evidence", "A screenshot of the listing (description, photos, chosen options) claiming the brand"
        ),
        _UNBOXING,
        _CHAT,
    ),
    "empty_parcel": (
        QT_TRANSLATE_NOOP("evidence", "A weight photo of the parcel on scales"),
        QT_TRANSLATE_NOOP("evidence", "Photos of the empty parcel and its packaging"),
        _UNBOXING,
        QT_TRANSLATE_NOOP("evidence", "A post-office statement of the parcel's weight on delivery"),
        _CHAT,
    ),
}


def evidence_for(reason: str) -> tuple[str, ...]:
    """The checklist for ``reason`` in the buyer's language."""
    return tuple(translate_marked("evidence", text) for text in EVIDENCE[reason])
