"""The dispute wizard's evidence checklist: for each reason, what to collect before opening the
dispute, in plain words (English source strings; the GUI translates them)."""

from __future__ import annotations

_EVIDENCE_TRACKING = "Screenshots of the tracking page, with the dates of its last events"
_EVIDENCE_CHAT = "Screenshots of your chat with the seller"
_EVIDENCE_UNBOXING = "An unboxing video, from the sealed parcel to its contents"
_EVIDENCE_LISTING = "A screenshot of the listing (description, photos, chosen options)"

EVIDENCE: dict[str, tuple[str, ...]] = {
    "tracking_stalled": (_EVIDENCE_TRACKING + " (no update for a long time)", _EVIDENCE_CHAT),
    "wrong_destination": (
        _EVIDENCE_TRACKING + " (another destination, country or post office)",
        "A screenshot of your delivery address on the order page",
        "A statement from your post office that the parcel didn't arrive there",
        _EVIDENCE_CHAT,
    ),
    "delivery_period_ending": (
        _EVIDENCE_TRACKING,
        "A screenshot of the buyer protection countdown on the order page",
        _EVIDENCE_CHAT,
    ),
    "returned_to_sender": (_EVIDENCE_TRACKING + " (the return to the sender)", _EVIDENCE_CHAT),
    "customs": (
        _EVIDENCE_TRACKING + " (held at customs)",
        "The customs or post-office statement or notice about the parcel",
        _EVIDENCE_CHAT,
    ),
    "not_as_described": (
        "Photos of each difference from the listing",
        "For size problems: a photo with a ruler next to the item, and its size label",
        _EVIDENCE_LISTING,
        _EVIDENCE_UNBOXING,
        _EVIDENCE_CHAT,
    ),
    "defective": (
        "A video showing that it doesn't work",
        "Photos of the defect",
        _EVIDENCE_UNBOXING,
        _EVIDENCE_CHAT,
    ),
    "damaged": (
        "Photos of each damage",
        "Photos of the parcel and its packaging as it arrived",
        _EVIDENCE_UNBOXING,
        "A post-office statement if the parcel arrived damaged",
        _EVIDENCE_CHAT,
    ),
    "wrong_item": (
        "Photos of what arrived, next to the listing's photos",
        "Photos of the labels and markings of what arrived",
        _EVIDENCE_LISTING,
        _EVIDENCE_UNBOXING,
        _EVIDENCE_CHAT,
    ),
    "quantity_short": (
        "A photo of everything that arrived, laid out and counted",
        "A weight photo of the parcel on scales",
        _EVIDENCE_LISTING + " showing the quantity",
        _EVIDENCE_UNBOXING,
        _EVIDENCE_CHAT,
    ),
    "counterfeit": (
        "Photos of each difference from the genuine product (logos, labels, serial numbers)",
        _EVIDENCE_LISTING + " claiming the brand",
        _EVIDENCE_UNBOXING,
        _EVIDENCE_CHAT,
    ),
    "empty_parcel": (
        "A weight photo of the parcel on scales",
        "Photos of the empty parcel and its packaging",
        _EVIDENCE_UNBOXING,
        "A post-office statement of the parcel's weight on delivery",
        _EVIDENCE_CHAT,
    ),
}
