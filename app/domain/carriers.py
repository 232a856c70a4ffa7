"""Which carrier a tracking number belongs to, and the page that tracks it.

The table is small and deliberately conservative: a number is matched by its shape (the
carriers' own formats, the UPU S10 international format with its check digit and the country
of the postal operator that issued it); a carrier name the buyer recorded with the number
("YunExpress") is used when it names one of ours. Anything else goes to a universal tracker.
Only addresses are built here: the app opens them in the buyer's browser and never connects
to them itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote

UNIVERSAL_TRACKER = "https://parcelsapp.com/en/tracking/{number}"
_S10 = re.compile(r"([A-Z]{2})(\d{8})(\d)([A-Z]{2})")
_S10_WEIGHTS = (8, 6, 4, 2, 3, 5, 9, 7)


@dataclass(frozen=True)
class Carrier:
    key: str
    name: str
    url: str  # with "{number}" where the tracking number goes
    aliases: tuple[str, ...] = ()  # other names buyers and shops use, lower case


CARRIERS: tuple[Carrier, ...] = (
    Carrier(
        "cainiao",
        "AliExpress Standard Shipping (Cainiao)",
        "https://global.cainiao.com/detail.htm?mailNoList={number}",
        ("cainiao", "aliexpress standard shipping", "aliexpress standard", "aliexpress shipping"),
    ),
    Carrier("yunexpress", "YunExpress", "https://www.yuntrack.com/parcelTracking?id={number}", ("yunexpress", "yun express")),
    Carrier("4px", "4PX", "https://track.4px.com/#/result/0/{number}", ("4px",)),
    Carrier("yanwen", "Yanwen", "https://track.yw56.com.cn/en/querydel?nums={number}", ("yanwen",)),
    Carrier("china_post", "China Post", "https://t.17track.net/en#nums={number}", ("china post", "chinapost", "china ems")),
    Carrier("russian_post", "Russian Post", "https://www.pochta.ru/tracking?barcode={number}", ("russian post", "почта россии", "pochta")),
    Carrier(
        "correos",
        "Correos",
        "https://www.correos.es/es/en/tools/tracker/items/details?tracking-number={number}",
        ("correos",),
    ),
    Carrier(
        "ctt",
        "CTT",
        "https://appserver.ctt.pt/CustomerArea/PublicArea_Detail?ObjectCodeInput={number}&SearchInput={number}",
        ("ctt", "ctt expresso"),
    ),
    Carrier("la_poste", "La Poste / Colissimo", "https://www.laposte.fr/outils/suivre-vos-envois?code={number}", ("la poste", "colissimo")),
    Carrier("poczta_polska", "Poczta Polska", "https://emonitoring.poczta-polska.pl/?numer={number}", ("poczta polska", "pocztex")),
    Carrier("usps", "USPS", "https://tools.usps.com/go/TrackConfirmAction?tLabels={number}", ("usps", "us postal service")),
    Carrier("royal_mail", "Royal Mail", "https://www.royalmail.com/track-your-item#/tracking-results/{number}", ("royal mail",)),
    Carrier(
        "deutsche_post",
        "Deutsche Post / DHL",
        "https://www.dhl.de/en/privatkunden/pakete-empfangen/verfolgen.html?piececode={number}",
        ("deutsche post", "dhl"),
    ),
    Carrier("canada_post", "Canada Post", "https://www.canadapost-postescanada.ca/track-reperez/en#/details/{number}", ("canada post",)),
    Carrier("australia_post", "Australia Post", "https://auspost.com.au/mypost/track/details/{number}", ("australia post", "auspost")),
)  # fmt: skip
_BY_KEY = {carrier.key: carrier for carrier in CARRIERS}

# The postal operator of an S10 number, by the country code at its end.
_S10_COUNTRY = {
    "CN": "china_post",
    "RU": "russian_post",
    "ES": "correos",
    "PT": "ctt",
    "FR": "la_poste",
    "PL": "poczta_polska",
    "US": "usps",
    "GB": "royal_mail",
    "DE": "deutsche_post",
    "CA": "canada_post",
    "AU": "australia_post",
}

# Carriers' own formats, tried before the S10 country (in this order).
_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"LP\d{11,14}(CN)?"), "cainiao"),
    (re.compile(r"(CAINIAO|CNG|AEL)[A-Z0-9]{8,20}"), "cainiao"),
    (re.compile(r"YT\d{16}"), "yunexpress"),
    (re.compile(r"4PX\d{10,16}CN"), "4px"),
    (re.compile(r"[A-Z]{2}\d{9}YP"), "yanwen"),  # "YP" is Yanwen's, not a country
    (re.compile(r"(420\d{5})?9[2-5]\d{20}"), "usps"),  # IMpb, with or without the ZIP prefix
    (re.compile(r"00\d{18}"), "poczta_polska"),  # 20-digit domestic parcel number
    (re.compile(r"\d{14}"), "russian_post"),  # 14-digit domestic barcode
    (re.compile(r"\d[A-Z]\d{11}"), "la_poste"),  # Colissimo
)


@dataclass(frozen=True)
class TrackingLink:
    number: str  # as the buyer recorded it
    carrier: Carrier | None  # None: not recognised, ``url`` is the universal tracker
    url: str


def normalize_number(number: str) -> str:
    """The number as carriers print it: spaces and dashes out, letters upper case."""
    return re.sub(r"[\s\-]+", "", number).upper()


def s10_check_digit(serial: str) -> int:
    """The check digit of an S10 number's eight serial digits (UPU S10 standard)."""
    total = sum(int(digit) * weight for digit, weight in zip(serial, _S10_WEIGHTS, strict=True))
    check = 11 - total % 11
    return 0 if check == 10 else 5 if check == 11 else check


def recognise(number: str, carrier_name: str | None = None) -> Carrier | None:
    """The carrier of a tracking number, or None. A carrier name recorded with the number wins
    when it names one of ours; then the carriers' own formats; then the S10 country."""
    if carrier_name:
        named = _by_name(carrier_name)
        if named is not None:
            return named
    cleaned = normalize_number(number)
    for pattern, key in _PATTERNS:
        if pattern.fullmatch(cleaned):
            return _BY_KEY[key]
    match = _S10.fullmatch(cleaned)
    if match and s10_check_digit(match[2]) == int(match[3]):
        operator = _S10_COUNTRY.get(match[4])
        return _BY_KEY[operator] if operator else None
    return None


def _by_name(name: str) -> Carrier | None:
    wanted = " ".join(name.split()).casefold()
    for carrier in CARRIERS:
        if wanted == carrier.name.casefold() or wanted in carrier.aliases:
            return carrier
    return None


def tracking_link(number: str, carrier_name: str | None = None) -> TrackingLink:
    """The page that tracks ``number``: its carrier's, else the universal tracker's."""
    carrier = recognise(number, carrier_name)
    template = carrier.url if carrier is not None else UNIVERSAL_TRACKER
    return TrackingLink(
        number, carrier, template.replace("{number}", quote(normalize_number(number), safe=""))
    )
