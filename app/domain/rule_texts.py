"""The rule profiles' texts (``app/rules/*.json``: labels, sources, confidence levels, the
profile's description), marked here for ``lupdate``, which can't read the JSON files: context
"rules". The window and the command line show them translated where shown
(``translate_marked("rules", text)``); ``tests/i18n/test_core_texts.py`` checks that every text of
every shipped profile is here.
"""

from __future__ import annotations

from app.i18n import QT_TRANSLATE_NOOP

RULE_TEXTS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP(
        "rules",
        "Buyer rules of AliExpress as published by the platform, its help centre and buyers' guides. Every value can be changed in Settings.",
    ),
    QT_TRANSLATE_NOOP("rules", "published by the platform in its rules"),
    QT_TRANSLATE_NOOP("rules", "copied from the platform's help centre or its support answers"),
    QT_TRANSLATE_NOOP("rules", "from a buyer's guide or forum; not confirmed by the platform"),
    QT_TRANSLATE_NOOP("rules", "Dispute Desk's own choice, not a platform rule"),
    QT_TRANSLATE_NOOP("rules", "Unpaid order closes after"),
    QT_TRANSLATE_NOOP("rules", "Buyer's guide: an unpaid order expires by itself, with no penalty"),
    QT_TRANSLATE_NOOP("rules", "Payment check lasts"),
    QT_TRANSLATE_NOOP(
        "rules", 'Buyer\'s guide: "payment being verified"; Cancel becomes available a day after paying'
    ),
    QT_TRANSLATE_NOOP("rules", "Seller's processing time when none is entered"),
    QT_TRANSLATE_NOOP(
        "rules",
        "Typical processing time on listings: 3 to 7 days, some sellers up to 15; the order page shows the real one",
    ),
    QT_TRANSLATE_NOOP(
        "rules", "Typical processing time shown on listings: 3 to 7 days (some sellers up to 15)"
    ),
    QT_TRANSLATE_NOOP("rules", "Cancelling is possible during the payment check"),
    QT_TRANSLATE_NOOP("rules", "Buyer's guide says no; some help-centre answers say yes"),
    QT_TRANSLATE_NOOP("rules", "Buyer's guide: Cancel is not offered while the payment is verified"),
    QT_TRANSLATE_NOOP("rules", "Some help-centre answers: an order can be cancelled during verification"),
    QT_TRANSLATE_NOOP("rules", "Silent seller: cancel request approved after"),
    QT_TRANSLATE_NOOP("rules", "AliExpress rule change of March 2020 (some sources say 72 hours)"),
    QT_TRANSLATE_NOOP(
        "rules",
        "AliExpress rule change: a silent seller's cancellation is approved automatically after 48 hours",
    ),
    QT_TRANSLATE_NOOP("rules", "Some buyers' forums: 72 hours"),
    QT_TRANSLATE_NOOP("rules", "Buyer protection when none is entered"),
    QT_TRANSLATE_NOOP(
        "rules",
        "Order page countdown from shipment, typically 60 days (90 for Russia, 120 for Brazil); an entered countdown always wins",
    ),
    QT_TRANSLATE_NOOP("rules", "Ask for a protection extension this early"),
    QT_TRANSLATE_NOOP("rules", "Buyer's guide: sellers answer slowly, ask a week before protection ends"),
    QT_TRANSLATE_NOOP("rules", "Protection left once tracking says delivered"),
    QT_TRANSLATE_NOOP(
        "rules", "Older official rule: remaining protection is cut when tracking shows delivered"
    ),
    QT_TRANSLATE_NOOP(
        "rules", "Older official rule: remaining protection is cut to 5 days when tracking shows delivered"
    ),
    QT_TRANSLATE_NOOP("rules", "Dispute window after confirming receipt"),
    QT_TRANSLATE_NOOP("rules", "AliExpress buyer protection: 15 days after Confirm receipt or completion"),
    QT_TRANSLATE_NOOP(
        "rules",
        "AliExpress buyer protection: a dispute can be opened until 15 days after Confirm receipt or after the order completed",
    ),
    QT_TRANSLATE_NOOP("rules", 'Earliest "not received" dispute after shipment'),
    QT_TRANSLATE_NOOP("rules", "Buyer's guide: while tracking moves normally"),
    QT_TRANSLATE_NOOP(
        "rules",
        "Buyer's guide and help-centre copies: from the 11th day after shipment while tracking moves normally",
    ),
    QT_TRANSLATE_NOOP(
        "rules", "Seller-side rule summary: a refund can be requested 10 days after the seller shipped"
    ),
    QT_TRANSLATE_NOOP("rules", "Seller must answer a dispute within"),
    QT_TRANSLATE_NOOP(
        "rules", "AliExpress dispute rules: silence means the buyer's requested refund goes through"
    ),
    QT_TRANSLATE_NOOP("rules", "Unresolved dispute escalates after"),
    QT_TRANSLATE_NOOP(
        "rules", "Buyer's guide: 16 days, then a claim; newer secondary sources say about 7 days"
    ),
    QT_TRANSLATE_NOOP(
        "rules",
        "Buyer's guide and help-centre copies: unresolved on the 16th day, the dispute goes to the platform automatically",
    ),
    QT_TRANSLATE_NOOP(
        "rules", "Newer secondary sources: the platform's dispute officer steps in within 7 days"
    ),
    QT_TRANSLATE_NOOP("rules", "The platform decides an escalated dispute within"),
    QT_TRANSLATE_NOOP(
        "rules",
        "Help-centre copies: a case-management specialist reviews the escalated dispute; an appeal is usually handled within 10 days",
    ),
    QT_TRANSLATE_NOOP("rules", "Help-centre copy: the platform usually answers within 10 days"),
    QT_TRANSLATE_NOOP("rules", "Ship an agreed return within"),
    QT_TRANSLATE_NOOP("rules", "AliExpress dispute rules"),
    QT_TRANSLATE_NOOP(
        "rules",
        "AliExpress dispute rules: after an agreed return the buyer ships within 10 days, or the money goes to the seller",
    ),
    QT_TRANSLATE_NOOP("rules", "Appeal the platform's decision within"),
    QT_TRANSLATE_NOOP("rules", "Help-centre copy: one appeal per dispute, within 7 days after the decision"),
    QT_TRANSLATE_NOOP(
        "rules", "Help-centre copy: one appeal per dispute, within 7 days after the dispute ends"
    ),
    QT_TRANSLATE_NOOP("rules", "Refund arrives, by payment method"),
    QT_TRANSLATE_NOOP(
        "rules", 'AliExpress help centre; banks may add 7-15 business days after "refund completed"'
    ),
    QT_TRANSLATE_NOOP("rules", "PayPal dispute window from payment"),
    QT_TRANSLATE_NOOP(
        "rules", "PayPal Buyer Protection: 180 days from payment; escalate to a claim within 20 days"
    ),
    QT_TRANSLATE_NOOP("rules", "Card chargeback window from expected delivery"),
    QT_TRANSLATE_NOOP("rules", "Card network rules (Visa/Mastercard): typically 120 days; ask your bank"),
    QT_TRANSLATE_NOOP("rules", "Times copied from the order page are in"),
    QT_TRANSLATE_NOOP(
        "rules",
        "Older order pages and guides show US Pacific time; newer pages may show the buyer's local time. Countdowns are exact in any zone",
    ),
    QT_TRANSLATE_NOOP("rules", "Older order pages and buyers' guides: times in US Pacific time"),
    QT_TRANSLATE_NOOP("rules", "Newer order pages: the buyer's local time"),
    QT_TRANSLATE_NOOP("rules", "Remind me of a deadline"),
    QT_TRANSLATE_NOOP(
        "rules",
        "Dispute Desk's choice: a week ahead to plan, two days ahead (sellers answer slowly), a day ahead, and two hours for the last moment; when several are crossed at once, only the shortest is sent",
    ),
    QT_TRANSLATE_NOOP(
        "rules", "Dispute Desk's choice: a week, two days, a day and two hours before a deadline"
    ),
)

# The units of the rule values, as a list of the rules shows them.
RULE_UNITS: dict[str, str] = {
    "before a deadline": QT_TRANSLATE_NOOP("rules", "before a deadline"),
    "business days": QT_TRANSLATE_NOOP("rules", "business days"),
    "days": QT_TRANSLATE_NOOP("rules", "days"),
    "flag": QT_TRANSLATE_NOOP("rules", "flag"),
    "hours": QT_TRANSLATE_NOOP("rules", "hours"),
    "zone": QT_TRANSLATE_NOOP("rules", "zone"),
}
