"""An order of two items (a lamp and a cable), imported the way a buyer's file brings it, for the
tests of disputes and refunds per item."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from app.clock import Clock
from app.services.importing import ImportService
from app.store.store import Store

NUMBER = "8300000000000001"
LAMP, CABLE = 1, 2  # the items' numbers
HEADER = (
    "Order Date,Order ID,Title,Qty,Price,Store,Product ID,SKU ID,Attributes,Price Info,Currency,Status,"
    "Product Url,Product Image Url,Store Url,Tags"
)


def add_lamp_and_cable(
    store: Store, clock: Clock, folder: Path, ordered: datetime, status: str = "Awaiting delivery"
) -> str:
    """Order NUMBER from "Lamp Store": a desk lamp (22.50 USD) and two USB cables (2.50 USD each),
    27.50 USD in all, imported with ``status`` (paid and shipped on ``ordered`` by default)."""
    day = ordered.strftime("%Y-%m-%d")
    rows = [
        f'"{day}",{NUMBER},"Desk lamp",1,"US $22.50","Lamp Store","1","11","","22.50|22|50",USD,{status},,,,""',
        f'"{day}",{NUMBER},"USB cable",2,"US $2.50","Lamp Store","2","22","","2.50|2|50",USD,{status},,,,""',
    ]
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "two-items.csv"
    path.write_text("\n".join([HEADER, *rows]) + "\n", "utf-8")
    importer = ImportService(store, clock)
    result = importer.apply(importer.preview(path))
    assert result.added == 1, result
    return NUMBER
