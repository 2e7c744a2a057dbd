"""`bodycam verify` as one report: originals and derived files re-hashed, the audit chain
checked, the database reconciled with the audit log. The last report is kept in the data
directory (0600) for the Admin page, with its time."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from ..models.filemodes import create_private_file
from ..models.reconcile import reconcile
from ..models.store import Store, utc_now
from .verify import verify_derived, verify_originals

RESULT_FILE = "last_verify.json"


@dataclass
class IntegrityReport:
    at: str
    user: str
    originals: int = 0
    derived: int = 0
    audit_entries: int = 0
    rows_checked: int = 0
    problems: list[str] = field(default_factory=list)
    #: The per-file checks, for `bodycam verify --json`.
    checks: list[dict[str, Any]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> dict[str, Any]:
        return {
            "at": self.at,
            "user": self.user,
            "ok": self.ok,
            "originals": self.originals,
            "derived": self.derived,
            "audit_entries": self.audit_entries,
            "rows_checked": self.rows_checked,
            "problems": self.problems,
        }


def run_verify(store: Store, user: str) -> IntegrityReport:
    report = IntegrityReport(at=utc_now(), user=user)
    for check in verify_originals(store):
        report.originals += 1
        report.checks.append({"type": "original", **check.to_dict()})
        if check.status != "ok":
            report.problems.append(
                f"original of footage {check.footage_id} ({check.path}): {check.status}"
            )
    for derived in verify_derived(store):
        report.derived += 1
        report.checks.append({"type": "derived", **derived.to_dict()})
        if derived.status != "ok":
            report.problems.append(str(derived))
    chain = store.verify_audit()
    report.audit_entries = chain.entries
    if not chain.ok:
        report.problems.append(str(chain.problem))
    rows = reconcile(store.conn)
    report.rows_checked = rows.rows_checked + rows.bulk_checked
    report.problems.extend(rows.problems)
    save_result(store, report)
    return report


def save_result(store: Store, report: IntegrityReport) -> None:
    path = store.root / RESULT_FILE
    create_private_file(path)
    path.write_text(json.dumps(report.summary(), indent=2), encoding="utf-8")


def last_result(store: Store) -> dict[str, Any] | None:
    path = store.root / RESULT_FILE
    if not path.is_file():
        return None
    return json.loads(path.read_text(encoding="utf-8"))
