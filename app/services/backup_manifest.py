"""The manifest of a backup archive: what is inside, with each member's size and SHA-256.

``manifest.json`` (format ``dispute-desk-backup`` version 1)::

    {"format": "dispute-desk-backup", "version": 1, "app_version": "0.1.0", "schema": "0003",
     "created_at": "2026-03-10T12:00:00Z", "kind": "manual|auto|safety", "reason": "...",
     "fingerprint": "<sha256 of the data, automatic backups>",
     "members": [{"name": "dispute-desk.sqlite3", "size": 123, "sha256": "..."}, ...]}

Parsing trusts nothing: every field is checked, and an evidence file must be named by the
SHA-256 of its content.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from app.domain.errors import Refused
from app.domain.parsing import format_utc, parse_time
from app.i18n import translate
from app.store.paths import DATABASE_FILENAME

FORMAT = "dispute-desk-backup"
FORMAT_VERSION = 1
MANIFEST_NAME = "manifest.json"
DATABASE_MEMBER = DATABASE_FILENAME
EVIDENCE_PREFIX = "evidence/"
KINDS = ("manual", "auto", "safety")

# evidence/ab/ab<62 more hex>.ext: the folder is the first two characters of the hash.
EVIDENCE_NAME = re.compile(r"evidence/([0-9a-f]{2})/\1[0-9a-f]{62}(\.[a-z0-9]{1,16})?")
_SHA256 = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class Member:
    name: str
    size: int
    sha256: str


@dataclass(frozen=True)
class Manifest:
    app_version: str
    schema: str
    created_at: datetime
    kind: str
    reason: str
    fingerprint: str
    members: tuple[Member, ...]

    @property
    def total_size(self) -> int:
        return sum(m.size for m in self.members)

    @property
    def evidence(self) -> tuple[Member, ...]:
        return tuple(m for m in self.members if m.name.startswith(EVIDENCE_PREFIX))

    def to_json(self) -> bytes:
        document = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "app_version": self.app_version,
            "schema": self.schema,
            "created_at": format_utc(self.created_at),
            "kind": self.kind,
            "reason": self.reason,
            "fingerprint": self.fingerprint,
            "members": [{"name": m.name, "size": m.size, "sha256": m.sha256} for m in self.members],
        }
        return json.dumps(document, indent=1, ensure_ascii=False).encode("utf-8")


def is_member_name(name: str) -> bool:
    """Only these names may be in a backup: the manifest, the database, evidence files."""
    return name in (MANIFEST_NAME, DATABASE_MEMBER) or EVIDENCE_NAME.fullmatch(name) is not None


def parse_manifest(document: Any, label: str) -> Manifest:
    def bad(what: str) -> Refused:
        return Refused(
            translate("backup", "{file}: {manifest} is not valid ({what})").format(
                file=label, manifest=MANIFEST_NAME, what=what
            )
        )

    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise bad(translate("backup", "not a Dispute Desk backup manifest"))
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise bad(translate("backup", "no format version"))
    if version > FORMAT_VERSION:
        raise Refused(
            translate(
                "backup", "{file} was made by a newer Dispute Desk (backup format {version}); update the app"
            ).format(file=label, version=version)
        )
    texts = {}
    for key in ("app_version", "schema", "created_at", "kind"):
        value = document.get(key)
        if not isinstance(value, str) or not value:
            raise bad(translate("backup", "no {key}").format(key=key))
        texts[key] = value
    if texts["kind"] not in KINDS:
        raise bad(translate("backup", "unknown kind {kind}").format(kind=repr(texts["kind"])))
    try:
        created_at = parse_time(texts["created_at"])
    except Refused:
        raise bad(translate("backup", "created_at is not a time")) from None
    members = document.get("members")
    if not isinstance(members, list):
        raise bad(translate("backup", "no member list"))
    parsed: list[Member] = []
    names: set[str] = set()
    for item in members:
        if not isinstance(item, dict):
            raise bad(translate("backup", "a member entry is not an object"))
        name, size, sha = item.get("name"), item.get("size"), item.get("sha256")
        if not isinstance(name, str) or not is_member_name(name) or name == MANIFEST_NAME or name in names:
            raise bad(translate("backup", "member name {name}").format(name=repr(name)))
        if not isinstance(size, int) or isinstance(size, bool) or size < 0:
            raise bad(translate("backup", "size of {name}").format(name=name))
        if not isinstance(sha, str) or not _SHA256.fullmatch(sha):
            raise bad(translate("backup", "hash of {name}").format(name=name))
        if name.startswith(EVIDENCE_PREFIX) and name.split("/")[-1].split(".")[0] != sha:
            # Evidence is named by its content: another content under that name is a forgery.
            raise Refused(
                translate("backup", "{file}: {name} holds other content than its name says").format(
                    file=label, name=name
                )
            )
        names.add(name)
        parsed.append(Member(name, size, sha))
    reason, fingerprint = document.get("reason", ""), document.get("fingerprint", "")
    return Manifest(
        texts["app_version"],
        texts["schema"],
        created_at,
        texts["kind"],
        reason if isinstance(reason, str) else "",
        fingerprint if isinstance(fingerprint, str) else "",
        tuple(parsed),
    )
