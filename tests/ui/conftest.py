"""GUI tests run offscreen; the clock, database and service fixtures come from tests/conftest.py."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
