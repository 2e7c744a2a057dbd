"""Signed audit heads: an Ed25519 signature over the chain's ``COUNT:HASH`` each day.

An anchor written down by hand (``bodycam audit head``) proves the chain up to it unchanged. A
signature does the same without a person: a timer signs the head daily with a private key kept
outside the data directory, so whoever holds the database (and could rewrite the whole chain
consistently) cannot make signatures for a rewritten chain. The signed lines may live next to the
database: they prove nothing without the public key, and an edited line fails its signature.

A line of the signatures file (JSON Lines) is ``{"statement": {...}, "signature": BASE64}``; the
statement is ``{"count", "head", "signed_at", "key_id"}`` and the signature covers its canonical
JSON (sorted keys, no spaces), so it verifies byte for byte whatever wrote the line.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from ..core.errors import InvalidInput
from . import audit
from .filemodes import OTHERS, PRIVATE_FILE

STATEMENT_KEYS = ("count", "head", "key_id", "signed_at")
KEYGEN_HINT = "make a key pair with `bodycam audit keygen PATH` (outside the data directory)"


def key_id(public_key: Ed25519PublicKey) -> str:
    """The first 16 hex digits of the SHA-256 of the raw 32-byte public key."""
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


def public_key_path(private_key: Path) -> Path:
    return private_key.with_name(private_key.name + ".pub")


def refuse_inside(path: Path, data_dir: Path) -> None:
    """The key must be one the database's holder does not have: never under the data directory."""
    resolved = path.expanduser().resolve()
    if resolved.is_relative_to(data_dir.resolve()):
        raise InvalidInput(
            f"{path} is inside the data directory {data_dir}: keep the signing key where "
            "whoever holds the database cannot read it (another account's home, a token, "
            "a separate machine)"
        )


def generate(private_path: Path, data_dir: Path) -> str:
    """Write a new Ed25519 private key (PEM, 0600) and its public key (``PATH.pub``); returns
    the key id. Refuses a path inside ``data_dir`` and never overwrites either file."""
    refuse_inside(private_path, data_dir)
    public_path = public_key_path(private_path)
    for path in (private_path, public_path):
        if path.exists():
            raise InvalidInput(
                f"{path} already exists: refusing to overwrite a key (signatures made with it "
                "could no longer be checked); choose another path"
            )
    if not private_path.parent.is_dir():
        raise InvalidInput(f"{private_path.parent} is not a directory: create it first")
    key = Ed25519PrivateKey.generate()
    private_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),  # read unattended by the daily timer; the file is 0600
    )
    public_pem = key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    # O_EXCL: created here or not at all, 0600 from the first byte (no chmod window).
    _write_new(private_path, private_pem, PRIVATE_FILE)
    _write_new(public_path, public_pem, 0o644)
    return key_id(key.public_key())


def _write_new(path: Path, data: bytes, mode: int) -> None:
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    except FileExistsError as error:
        raise InvalidInput(f"{path} already exists: choose another path") from error
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)


def _read_key_file(path: Path, kind: str) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError as error:
        raise InvalidInput(f"{kind} key {path}: no such file: {KEYGEN_HINT}") from error
    except OSError as error:
        raise InvalidInput(
            f"{kind} key {path} cannot be read ({error.strerror}): run as the account that "
            "owns it, or check its permissions"
        ) from error


def load_private_key(path: Path) -> Ed25519PrivateKey:
    _refuse_shared(path)
    data = _read_key_file(path, "private")
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except TypeError as error:  # encrypted: the timer could not type a passphrase
        raise InvalidInput(
            f"private key {path} is encrypted: the daily timer needs an unencrypted key "
            f"protected by its file mode (0600); {KEYGEN_HINT}"
        ) from error
    except (ValueError, binascii.Error) as error:
        raise InvalidInput(f"private key {path} is not a PEM private key: {KEYGEN_HINT}") from error
    if not isinstance(key, Ed25519PrivateKey):
        raise InvalidInput(f"private key {path} is {_kind(key)}, not Ed25519: {KEYGEN_HINT}")
    return key


def _refuse_shared(path: Path) -> None:
    """Like ssh, refuse a private key file other accounts may read: a key they could copy proves
    nothing. Pipes and systemd credentials are not regular files of this kind and pass."""
    try:
        info = path.stat()
    except OSError:
        return  # reading it names the problem
    if stat.S_ISREG(info.st_mode) and info.st_mode & OTHERS:
        raise InvalidInput(
            f"private key {path} may be read by other accounts (mode "
            f"{stat.S_IMODE(info.st_mode):04o}): `chmod 600 {path}`, and make a new key if "
            "anyone else could have copied it"
        )


def load_public_key(path: Path) -> Ed25519PublicKey:
    data = _read_key_file(path, "public")
    try:
        key = serialization.load_pem_public_key(data)
    except (ValueError, binascii.Error) as error:
        raise InvalidInput(
            f"public key {path} is not a PEM public key: give the .pub file "
            "`bodycam audit keygen` wrote next to the private key"
        ) from error
    if not isinstance(key, Ed25519PublicKey):
        raise InvalidInput(
            f"public key {path} is {_kind(key)}, not Ed25519: give the .pub file "
            "`bodycam audit keygen` wrote next to the private key"
        )
    return key


def _kind(key: Any) -> str:
    """The key's algorithm as cryptography names it: RSA, EC, DSA, Ed448, X25519..."""
    name = type(key).__name__.removeprefix("_")
    return name.removesuffix("PrivateKey").removesuffix("PublicKey")


def sign_line(key: Ed25519PrivateKey, count: int, head: str, signed_at: str) -> str:
    """One line of the signatures file (no newline) for the head ``count:head``."""
    statement = {
        "count": count,
        "head": head,
        "key_id": key_id(key.public_key()),
        "signed_at": signed_at,
    }
    signature = key.sign(audit.canonical_json(statement).encode("utf-8"))
    return audit.canonical_json(
        {"signature": base64.b64encode(signature).decode("ascii"), "statement": statement}
    )


def sign_head(store, actor: str, key: Ed25519PrivateKey, out: Path) -> str:
    """Sign the current head, append the line to ``out`` and audit it as ``audit.sign``; returns
    the line. One write transaction: no entry slips in between reading the head and recording
    the signing, and if the line cannot be written nothing is recorded.

    Refuses to sign a chain that does not verify, or one in which this key's latest signed head
    no longer holds: the daily run then fails loudly instead of vouching for a rewritten log."""
    with store.change(actor, "audit.sign") as change:
        report = audit.verify(change.conn)
        problem = str(report.problem) if not report.ok else None
        problem = problem or _latest_own(change.conn, report, out, key)
        if problem is not None:
            raise InvalidInput(
                f"not signing: {problem}; `bodycam audit verify --signatures {out} --public-key "
                "KEY.pub` shows what changed"
            )
        count, _, head = audit.head_token(change.conn).partition(":")
        line = sign_line(key, int(count), head, change.at)
        change.audit(
            "audit_head",  # not a table: reconciliation (models/reconcile.py) skips it
            count,
            {"head": head, "key_id": key_id(key.public_key()), "signatures": str(out)},
        )
        try:
            descriptor = os.open(out, os.O_WRONLY | os.O_APPEND | os.O_CREAT, PRIVATE_FILE)
            with os.fdopen(descriptor, "a", encoding="utf-8") as handle:
                handle.write(line + "\n")
        except OSError as error:
            raise InvalidInput(
                f"cannot append to {out} ({error.strerror}): give a writable file with --out"
            ) from error
    return line


def _latest_own(conn, report: audit.AuditReport, out: Path, key: Ed25519PrivateKey) -> str | None:
    """Why the newest well-formed line of ``out`` signed by ``key`` no longer holds, or None.
    Lines by other keys and malformed lines (a write cut short) are left to `audit verify`."""
    try:
        lines = out.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return None  # a new file; an unwritable one fails at the append with its reason
    public = key.public_key()
    own = {key_id(public): public}
    for number in range(len(lines), 0, -1):
        statement, _ = _parse_line(lines[number - 1])
        if isinstance(statement, dict) and statement["key_id"] in own:
            problem = _line_problem(conn, report, lines[number - 1], own)
            return None if problem is None else f"{out} line {number}: {problem}"
    return None


@dataclass(frozen=True)
class SignatureReport:
    checked: int
    problem: str | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None


def verify_file(
    conn,
    path: Path,
    public_keys: dict[str, Ed25519PublicKey],
    report: audit.AuditReport | None = None,
) -> SignatureReport:
    """Check every line of ``path``: its signature by one of ``public_keys`` (by key id), and
    that the signed (count, head) is still in the chain unchanged. Stops at the first bad line.
    The chain itself is checked first: a broken chain is named as ``bodycam audit verify`` names
    it, before any signature (pass ``report`` when the caller has just verified it)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError as error:
        raise InvalidInput(
            f"signatures file {path}: no such file: `bodycam audit sign` writes it"
        ) from error
    except (OSError, UnicodeDecodeError) as error:
        raise InvalidInput(f"signatures file {path} cannot be read: {error}") from error
    report = report or audit.verify(conn)
    if not report.ok:
        return SignatureReport(0, str(report.problem))
    checked = 0
    for number, text in enumerate(lines, start=1):
        if not text.strip():
            continue
        problem = _line_problem(conn, report, text, public_keys)
        if problem is not None:
            return SignatureReport(checked, f"{path} line {number}: {problem}")
        checked += 1
    if checked == 0:
        return SignatureReport(0, f"{path} holds no signatures: `bodycam audit sign` adds them")
    return SignatureReport(checked)


def _line_problem(
    conn, report: audit.AuditReport, text: str, public_keys: dict[str, Ed25519PublicKey]
) -> str | None:
    statement, signature = _parse_line(text)
    if isinstance(statement, str):
        return statement
    key = public_keys.get(statement["key_id"])
    if key is None:
        return (
            f"signed by key {statement['key_id']}, not by the public key given "
            f"({', '.join(public_keys)}): give the .pub of the key that signed it"
        )
    try:
        key.verify(signature, audit.canonical_json(statement).encode("utf-8"))
    except InvalidSignature:
        return "the signature does not match the statement: the line was altered"
    count = statement["count"]
    anchored = audit.anchor_problem(conn, report, count, statement["head"])
    if anchored is not None:
        where = audit.AuditProblem(count, anchored)
        return f"the head signed at {statement['signed_at']} no longer holds: {where}"
    return None


def _parse_line(text: str) -> tuple[dict[str, Any] | str, bytes]:
    """The statement and the signature bytes, or a message saying what is malformed."""
    fix = "each line must be as `bodycam audit sign` writes it"
    try:
        record = json.loads(text)
    except json.JSONDecodeError as error:
        return f"not JSON ({error.msg} at column {error.colno}): {fix}", b""
    if not isinstance(record, dict) or set(record) != {"statement", "signature"}:
        return f"not a signed statement (keys 'statement' and 'signature'): {fix}", b""
    statement = record["statement"]
    if not isinstance(statement, dict) or tuple(sorted(statement)) != STATEMENT_KEYS:
        return f"the statement must have exactly the keys {', '.join(STATEMENT_KEYS)}: {fix}", b""
    try:  # the same form as a COUNT:HASH anchor (bool is an int to Python, not here)
        if isinstance(statement["count"], bool) or not isinstance(statement["count"], int):
            raise ValueError
        audit.parse_anchor(f"{statement['count']}:{statement['head']}")
    except ValueError:
        return f"count must be an entry count and head 64 hex digits: {fix}", b""
    if not isinstance(statement["key_id"], str) or not isinstance(statement["signed_at"], str):
        return f"key_id and signed_at must be strings: {fix}", b""
    try:
        signature = base64.b64decode(str(record["signature"]), validate=True)
    except binascii.Error:
        return f"the signature is not base64: {fix}", b""
    return statement, signature
