"""Use cases: what the CLI and the GUI may do. Each runs in one transaction and validates inside.

Both faces get their services from one factory, :func:`open_services` (see
:mod:`app.services.factory`); what they need to know about the data dir comes from here too, so
neither imports the store. Importing this package is cheap: every service is imported when it
is first built.
"""

from app.services.factory import Services, open_services
from app.store.errors import DiskFull, StoreBusy, StoreError
from app.store.paths import APP_NAME, DataDir, ensure_data_dir, resolve_data_dir

__all__ = [
    "APP_NAME",
    "DataDir",
    "DiskFull",
    "Services",
    "StoreBusy",
    "StoreError",
    "ensure_data_dir",
    "open_services",
    "resolve_data_dir",
]
