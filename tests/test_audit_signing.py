"""Signed audit heads: `bodycam audit keygen`, `audit sign` and `audit verify --signatures`, with
real Ed25519 keys made at test time and the real database, attacked as someone holding the
database file (but not the signing key) would."""

from __future__ import annotations

import base64
import hashlib
import json
import shutil
import stat

import pytest
from accounts_support import admin_cli
from audit_support import rewrite_chain_from
from click.testing import CliRunner
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa

from bodycam.models import audit


@pytest.fixture
def bodycam(data_dir):
    root = admin_cli()

    def invoke(*args):
        return CliRunner().invoke(root, ["--data-dir", str(data_dir), "--user", "op", *args])

    return invoke


@pytest.fixture
def keys(tmp_path, bodycam):
    """A key pair outside the data directory, as an operator would keep it."""
    folder = tmp_path / "keys"
    folder.mkdir()
    made = bodycam("audit", "keygen", str(folder / "audit"))
    assert made.exit_code == 0, made.output
    return folder / "audit", folder / "audit.pub"


def write_entries(store, count: int, start: int = 0) -> None:
    for number in range(start, start + count):
        with store.change("alice", "incident.create") as change:
            change.insert(
                "incidents", {"id": f"24-{number:03d}", "created_at": change.at, "created_by": "a"}
            )


def raw_key_id(public_path) -> str:
    """The key id computed here independently: SHA-256 of the raw 32-byte public key."""
    key = serialization.load_pem_public_key(public_path.read_bytes())
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    assert len(raw) == 32
    return hashlib.sha256(raw).hexdigest()[:16]


def entry_hash(store, entry_id: int) -> str:
    return store.one("SELECT hash FROM audit_log WHERE id = ?", [entry_id])["hash"]


def test_keygen_writes_a_private_key_0600_and_its_public_key(keys, bodycam, tmp_path, data_dir):
    private, public = keys
    assert not data_dir.exists()  # keygen runs as the key's owner: it creates no database
    assert stat.S_IMODE(private.stat().st_mode) == 0o600
    assert private.read_text().startswith("-----BEGIN PRIVATE KEY-----\n")
    assert public.read_text().startswith("-----BEGIN PUBLIC KEY-----\n")
    key = serialization.load_pem_private_key(private.read_bytes(), password=None)
    assert (
        key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        == public.read_bytes()
    )
    again = bodycam("audit", "keygen", str(tmp_path / "keys" / "other"))
    assert again.output == (
        f"key {raw_key_id(tmp_path / 'keys' / 'other.pub')} written: "
        f"{tmp_path / 'keys' / 'other'} (private), {tmp_path / 'keys' / 'other.pub'}\n"
    )


def test_keygen_refuses_to_overwrite_either_file(keys, bodycam, tmp_path):
    private = keys[0]
    before = private.read_bytes()
    result = bodycam("audit", "keygen", str(private))
    assert result.exit_code == 1
    assert result.output == (
        f"Error: {private} already exists: refusing to overwrite a key (signatures made with it "
        "could no longer be checked); choose another path\n"
    )
    assert private.read_bytes() == before
    lone_pub = tmp_path / "keys" / "lone.pub"
    lone_pub.write_text("someone's public key\n")
    result = bodycam("audit", "keygen", str(tmp_path / "keys" / "lone"))
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: {lone_pub} already exists")
    assert not (tmp_path / "keys" / "lone").exists()


def test_keygen_and_sign_refuse_a_key_inside_the_data_directory(bodycam, data_dir, keys, store):
    inside = data_dir / "keys" / "audit"
    message = (
        f"is inside the data directory {data_dir}: keep the signing key where whoever holds "
        "the database cannot read it (another account's home, a token, a separate machine)\n"
    )
    result = bodycam("audit", "keygen", str(inside))
    assert result.exit_code == 1
    assert result.output == f"Error: {inside} {message}"
    assert not inside.exists()
    # A key moved into the data directory later is refused at signing too.
    moved = data_dir / "audit"
    moved.write_bytes(keys[0].read_bytes())
    result = bodycam("audit", "sign", "--key", str(moved))
    assert result.output == f"Error: {moved} {message}"


def test_sign_then_verify(bodycam, keys, store, data_dir):
    private, public = keys
    write_entries(store, 3)
    head_3 = audit.head_token(store.conn)
    signed = bodycam("audit", "sign", "--key", str(private))
    assert signed.exit_code == 0, signed.output
    signatures = data_dir / "audit-signatures.jsonl"
    [line] = signatures.read_text().splitlines()
    assert signed.output == line + "\n"
    record = json.loads(line)
    entry = store.one("SELECT * FROM audit_log ORDER BY id DESC LIMIT 1")
    assert record["statement"] == {
        "count": 3,
        "head": head_3.split(":")[1],
        "key_id": raw_key_id(public),
        "signed_at": entry["at"],
    }
    # The signature covers the canonical JSON of the statement.
    key = serialization.load_pem_public_key(public.read_bytes())
    message = json.dumps(record["statement"], sort_keys=True, separators=(",", ":"))
    key.verify(base64.b64decode(record["signature"]), message.encode())
    # The signing is audited, naming the head it signed.
    assert (entry["id"], entry["actor"], entry["action"], entry["entity"], entry["entity_id"]) == (
        4,
        "op",
        "audit.sign",
        "audit_head",
        "3",
    )
    assert json.loads(entry["details"]) == {
        "head": head_3.split(":")[1],
        "key_id": raw_key_id(public),
        "signatures": str(signatures),
    }
    write_entries(store, 2, start=3)
    assert bodycam("audit", "sign", "--key", str(private)).exit_code == 0
    assert [json.loads(x)["statement"]["count"] for x in signatures.read_text().splitlines()] == [
        3,
        6,
    ]
    assert stat.S_IMODE(signatures.stat().st_mode) == 0o600

    result = bodycam(
        "audit", "verify", "--signatures", str(signatures), "--public-key", str(public)
    )
    assert result.exit_code == 0, result.output
    assert result.output == (
        f"audit log intact: 7 entries, head {entry_hash(store, 7)}\n"
        f"2 signed heads hold ({signatures})\n"
    )


def test_sign_to_another_file(bodycam, keys, tmp_path, data_dir):
    out = tmp_path / "heads.jsonl"
    result = bodycam("audit", "sign", "--key", str(keys[0]), "--out", str(out))
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_text())["statement"]["count"] == 0
    assert not (data_dir / "audit-signatures.jsonl").exists()
    verified = bodycam("audit", "verify", "--signatures", str(out), "--public-key", str(keys[1]))
    assert verified.output.endswith(f"1 signed heads hold ({out})\n")


def test_an_unwritable_signatures_file_records_nothing(bodycam, keys, tmp_path, store):
    out = tmp_path / "missing-folder" / "heads.jsonl"
    result = bodycam("audit", "sign", "--key", str(keys[0]), "--out", str(out))
    assert result.exit_code == 1
    assert result.output == (
        f"Error: cannot append to {out} (No such file or directory): give a writable file with "
        "--out\n"
    )
    assert store.one("SELECT count(*) AS n FROM audit_log")["n"] == 0


@pytest.fixture
def two_signed_heads(bodycam, keys, store, data_dir):
    """Heads signed at entry 3 (line 1) and entry 6 (line 2); the log then holds 8 entries."""
    write_entries(store, 3)
    assert bodycam("audit", "sign", "--key", str(keys[0])).exit_code == 0
    write_entries(store, 2, start=3)
    assert bodycam("audit", "sign", "--key", str(keys[0])).exit_code == 0
    write_entries(store, 1, start=5)
    return data_dir / "audit-signatures.jsonl"


def verify(bodycam, signatures, public):
    return bodycam("audit", "verify", "--signatures", str(signatures), "--public-key", str(public))


@pytest.mark.parametrize(("rewritten", "bad_line", "count"), [(2, 1, 3), (5, 2, 6)])
def test_a_consistently_rewritten_chain_fails_at_the_first_line_it_breaks(
    bodycam, keys, store, two_signed_heads, rewritten, bad_line, count
):
    lines = [json.loads(x) for x in two_signed_heads.read_text().splitlines()]
    signed_hash = lines[bad_line - 1]["statement"]["head"]
    forged = json.dumps({"insert": {"id": "24-001", "created_by": "someone-else"}})
    rewrite_chain_from(store.conn, rewritten, forged)
    assert bodycam("audit", "verify").exit_code == 0  # the attack signatures exist for
    result = verify(bodycam, two_signed_heads, keys[1])
    assert result.exit_code == 1
    signed_at = lines[bad_line - 1]["statement"]["signed_at"]
    assert result.output == (
        f"Error: {two_signed_heads} line {bad_line}: the head signed at {signed_at} no longer "
        f"holds: audit entry {count}: does not match the anchor (hash now "
        f"{entry_hash(store, count)[:12]}..., anchored {signed_hash[:12]}...): the log was "
        f"rewritten at or before entry {count}\n"
    )


def test_a_truncated_chain_loses_the_signed_entry(bodycam, keys, store, two_signed_heads):
    conn = store.conn
    conn.execute("DROP TRIGGER audit_log_no_delete")
    conn.execute("DELETE FROM audit_log WHERE id > 5")
    conn.execute("UPDATE sqlite_sequence SET seq = 5 WHERE name = 'audit_log'")
    result = verify(bodycam, two_signed_heads, keys[1])
    signed_at = json.loads(two_signed_heads.read_text().splitlines()[1])["statement"]["signed_at"]
    assert result.output == (
        f"Error: {two_signed_heads} line 2: the head signed at {signed_at} no longer holds: "
        "audit entry 6: anchored entry is gone: the log now holds 5 entries\n"
    )


def _set_count(record):
    record["statement"]["count"] = 1  # an older, genuine head would still be in the chain


def _flip_signature(record):
    raw = bytearray(base64.b64decode(record["signature"]))
    raw[0] ^= 1
    record["signature"] = base64.b64encode(bytes(raw)).decode()


def _set_time(record):
    record["statement"]["signed_at"] = "2020-01-01T00:00:00.000000+00:00"


@pytest.mark.parametrize("tamper", [_set_count, _flip_signature, _set_time])
def test_a_tampered_line_fails_its_signature(bodycam, keys, store, two_signed_heads, tamper):
    lines = two_signed_heads.read_text().splitlines()
    record = json.loads(lines[1])
    if tamper is _set_count:  # make the forged statement a true one, so only the signature fails
        record["statement"]["head"] = entry_hash(store, 1)
    tamper(record)
    two_signed_heads.write_text(lines[0] + "\n" + json.dumps(record) + "\n")
    result = verify(bodycam, two_signed_heads, keys[1])
    assert result.exit_code == 1
    assert result.output == (
        f"Error: {two_signed_heads} line 2: the signature does not match the statement: the "
        "line was altered\n"
    )


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ("{not json", "not JSON (Expecting property name enclosed in double quotes at column 2)"),
        ('["a", "b"]', "not a signed statement (keys 'statement' and 'signature')"),
        (
            '{"statement": {"count": 1}, "signature": ""}',
            "the statement must have exactly the keys count, head, key_id, signed_at",
        ),
        (
            '{"statement": {"count": true, "head": "' + "a" * 64 + '", "key_id": "k", '
            '"signed_at": "t"}, "signature": ""}',
            "count must be an entry count and head 64 hex digits",
        ),
        (
            '{"statement": {"count": 1, "head": "' + "a" * 64 + '", "key_id": "k", '
            '"signed_at": "t"}, "signature": "***"}',
            "the signature is not base64",
        ),
    ],
)
def test_a_malformed_line_is_named(bodycam, keys, two_signed_heads, line, problem):
    with two_signed_heads.open("a") as handle:
        handle.write("\n" + line + "\n")  # a blank line is skipped, and not counted
    result = verify(bodycam, two_signed_heads, keys[1])
    assert result.exit_code == 1
    assert result.output == (
        f"Error: {two_signed_heads} line 4: {problem}: each line must be as `bodycam audit "
        "sign` writes it\n"
    )


def test_another_keys_public_key_fails(bodycam, keys, tmp_path, two_signed_heads):
    other = tmp_path / "keys" / "other"
    assert bodycam("audit", "keygen", str(other)).exit_code == 0
    other_pub = tmp_path / "keys" / "other.pub"
    result = verify(bodycam, two_signed_heads, other_pub)
    assert result.exit_code == 1
    assert result.output == (
        f"Error: {two_signed_heads} line 1: signed by key {raw_key_id(keys[1])}, not by the "
        f"public key given ({raw_key_id(other_pub)}): give the .pub of the key that signed it\n"
    )
    # A line signed by the other key but claiming the real key's id fails its signature.
    assert bodycam("audit", "sign", "--key", str(other)).exit_code == 0
    lines = two_signed_heads.read_text().splitlines()
    forged = json.loads(lines[2])
    forged["statement"]["key_id"] = raw_key_id(keys[1])
    two_signed_heads.write_text("\n".join([*lines[:2], json.dumps(forged)]) + "\n")
    result = verify(bodycam, two_signed_heads, keys[1])
    assert result.output.startswith(f"Error: {two_signed_heads} line 3: the signature does not")
    # Keys used in turn: both public keys given, every line checks.
    two_signed_heads.write_text("\n".join([*lines[:3]]) + "\n")
    result = bodycam(
        "audit",
        "verify",
        "--signatures",
        str(two_signed_heads),
        "--public-key",
        str(keys[1]),
        "--public-key",
        str(other_pub),
    )
    assert result.exit_code == 0, result.output
    assert result.output.endswith(f"3 signed heads hold ({two_signed_heads})\n")


def _pem(key, private: bool, password: bytes | None = None) -> bytes:
    if private:
        encryption = (
            serialization.BestAvailableEncryption(password)
            if password
            else serialization.NoEncryption()
        )
        return key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption
        )
    return key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


HINT = "make a key pair with `bodycam audit keygen PATH` (outside the data directory)"
PUB_HINT = "give the .pub file `bodycam audit keygen` wrote next to the private key"


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (None, f": no such file: {HINT}"),
        (b"hello\n", f" is not a PEM private key: {HINT}"),
        (
            lambda: _pem(rsa.generate_private_key(65537, 2048), True),
            f" is RSA, not Ed25519: {HINT}",
        ),
        (
            lambda: _pem(ec.generate_private_key(ec.SECP256R1()), True),
            f" is EC, not Ed25519: {HINT}",
        ),
        (
            lambda: _pem(rsa.generate_private_key(65537, 2048), True, b"secret"),
            " is encrypted: the daily timer needs an unencrypted key protected by its file mode "
            f"(0600); {HINT}",
        ),
    ],
)
def test_a_bad_private_key_is_named_with_the_fix(bodycam, tmp_path, store, content, problem):
    path = tmp_path / "key.pem"
    if content is not None:
        path.write_bytes(content() if callable(content) else content)
        path.chmod(0o600)
    result = bodycam("audit", "sign", "--key", str(path))
    assert result.exit_code == 1
    assert result.output == f"Error: private key {path}{problem}\n"
    assert store.one("SELECT count(*) AS n FROM audit_log")["n"] == 0


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (None, f"public key {{path}}: no such file: {HINT}"),
        (b"hello\n", f"public key {{path}} is not a PEM public key: {PUB_HINT}"),
        (
            lambda: _pem(rsa.generate_private_key(65537, 2048), False),
            f"public key {{path}} is RSA, not Ed25519: {PUB_HINT}",
        ),
    ],
)
def test_a_bad_public_key_is_named_with_the_fix(
    bodycam, tmp_path, two_signed_heads, content, problem
):
    path = tmp_path / "key.pub"
    if content is not None:
        path.write_bytes(content() if callable(content) else content)
    result = verify(bodycam, two_signed_heads, path)
    assert result.exit_code == 1
    assert result.output == f"Error: {problem.format(path=path)}\n"


def test_a_private_key_others_may_read_is_refused(bodycam, keys, store):
    keys[0].chmod(0o640)
    result = bodycam("audit", "sign", "--key", str(keys[0]))
    assert result.exit_code == 1
    assert result.output == (
        f"Error: private key {keys[0]} may be read by other accounts (mode 0640): `chmod 600 "
        f"{keys[0]}`, and make a new key if anyone else could have copied it\n"
    )
    assert store.one("SELECT count(*) AS n FROM audit_log")["n"] == 0


def test_signatures_and_public_key_go_together(bodycam, keys, tmp_path):
    result = bodycam("audit", "verify", "--public-key", str(keys[1]))
    assert result.exit_code == 1
    assert result.output == (
        "Error: --signatures and --public-key go together: give the signatures file and the "
        ".pub of the key that signed it\n"
    )
    missing = tmp_path / "none.jsonl"
    result = verify(bodycam, missing, keys[1])
    assert result.output == (
        f"Error: signatures file {missing}: no such file: `bodycam audit sign` writes it\n"
    )
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n")
    result = verify(bodycam, empty, keys[1])
    assert result.output == (
        f"Error: {empty} holds no signatures: `bodycam audit sign` adds them\n"
    )


def test_signed_heads_survive_a_backup_and_restore(bodycam, keys, store, data_dir, tmp_path):
    write_entries(store, 2)
    assert bodycam("audit", "sign", "--key", str(keys[0])).exit_code == 0
    signatures = data_dir / "audit-signatures.jsonl"
    signed = signatures.read_bytes()
    before = verify(bodycam, signatures, keys[1]).output  # the backup itself is audited after
    backup_dir = tmp_path / "backup"
    assert bodycam("backup", str(backup_dir)).exit_code == 0
    manifest = json.loads((backup_dir / "manifest.json").read_text())
    assert manifest["signatures"] == {
        "file": "audit-signatures.jsonl",
        "sha256": hashlib.sha256(signed).hexdigest(),
        "size": len(signed),
    }
    store.close()
    shutil.rmtree(data_dir)
    restored = bodycam("restore", str(backup_dir))
    assert restored.exit_code == 0, restored.output
    assert signatures.read_bytes() == signed
    assert stat.S_IMODE(signatures.stat().st_mode) == 0o600
    assert verify(bodycam, signatures, keys[1]).output == before

    # An altered copy in the backup is refused on restore, naming it.
    (backup_dir / "audit-signatures.jsonl").write_bytes(signed.replace(b'"count":2', b'"count":1'))
    result = bodycam("restore", str(backup_dir), "--force")
    assert result.exit_code == 1
    assert result.output.startswith(
        f"Error: the backup's files do not match its manifest: {backup_dir}/audit-signatures.jsonl"
        ": sha256 "
    )
    assert result.output.endswith(
        " differs from the manifest's signatures.sha256; restore another backup\n"
    )


def test_a_backup_without_signed_heads_records_none(bodycam, store, tmp_path):
    assert bodycam("backup", str(tmp_path / "backup")).exit_code == 0
    manifest = json.loads((tmp_path / "backup" / "manifest.json").read_text())
    assert manifest["signatures"] is None
    assert not (tmp_path / "backup" / "audit-signatures.jsonl").exists()


def test_sign_refuses_a_log_rewritten_under_its_last_signature(bodycam, keys, store, data_dir):
    write_entries(store, 3)
    assert bodycam("audit", "sign", "--key", str(keys[0])).exit_code == 0
    signatures = data_dir / "audit-signatures.jsonl"
    signed = signatures.read_text()
    statement = json.loads(signed)["statement"]
    rewrite_chain_from(store.conn, 2, "{}")
    result = bodycam("audit", "sign", "--key", str(keys[0]))
    assert result.exit_code == 1
    assert result.output == (
        f"Error: not signing: {signatures} line 1: the head signed at {statement['signed_at']} "
        f"no longer holds: audit entry 3: does not match the anchor (hash now "
        f"{entry_hash(store, 3)[:12]}..., anchored {statement['head'][:12]}...): the log was "
        f"rewritten at or before entry 3; `bodycam audit verify --signatures {signatures} "
        "--public-key KEY.pub` shows what changed\n"
    )
    assert signatures.read_text() == signed
    assert store.one("SELECT count(*) AS n FROM audit_log")["n"] == 4
    # Another key's file lines are not this key's business: a fresh key still signs.
    other = keys[0].with_name("other")
    assert bodycam("audit", "keygen", str(other)).exit_code == 0
    assert bodycam("audit", "sign", "--key", str(other)).exit_code == 0


def test_sign_refuses_a_broken_chain(bodycam, keys, store, data_dir):
    write_entries(store, 2)
    store.conn.execute("DROP TRIGGER audit_log_no_update")
    store.conn.execute("UPDATE audit_log SET actor = 'mallory' WHERE id = 1")
    result = bodycam("audit", "sign", "--key", str(keys[0]))
    assert result.exit_code == 1
    assert result.output == (
        "Error: not signing: audit entry 1: content was altered after it was written; `bodycam "
        f"audit verify --signatures {data_dir / 'audit-signatures.jsonl'} --public-key KEY.pub` "
        "shows what changed\n"
    )
    assert not (data_dir / "audit-signatures.jsonl").exists()
