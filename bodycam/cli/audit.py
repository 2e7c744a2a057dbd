"""`bodycam audit`: the hash-chained audit log."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ..core.errors import InvalidInput
from ..models import audit as audit_chain
from .context import Context
from .output import emit_json, plain

if TYPE_CHECKING:
    from ..models.store import Store


@click.group()
def audit() -> None:
    """The hash-chained audit log."""


@audit.command("head")
@click.pass_obj
def audit_head(obj) -> None:
    """Print the entry count and head hash as one COUNT:HASH token.

    Record it outside the data directory (a ticket, a signed e-mail, syslog); later
    `bodycam audit verify --anchor COUNT:HASH` proves that entry and all before it unchanged.
    """
    click.echo(audit_chain.head_token(obj.store.conn))


def verify_chain(store: Store, anchor: str | None) -> audit_chain.AuditReport:
    if anchor is None:
        return audit_chain.verify(store.conn)
    try:
        return audit_chain.verify_anchor(store.conn, anchor)
    except ValueError as error:
        raise InvalidInput(f"--anchor: {error}") from error


@audit.command("verify")
@click.option("--anchor", metavar="COUNT:HASH", help="A token printed by `bodycam audit head`.")
@click.option(
    "--signatures",
    type=click.Path(dir_okay=False, path_type=Path),
    help="A file of signed heads written by `bodycam audit sign`.",
)
@click.option(
    "--public-key",
    "public_keys",
    multiple=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="The .pub of the signing key; repeat for keys used in turn.",
)
@click.pass_obj
def audit_verify(obj, anchor: str | None, signatures: Path | None, public_keys) -> None:
    """Check the hash chain; exit 1 and name the first bad entry.

    With --anchor, also prove that the anchored entry is still in the chain unchanged: this
    catches a chain rewritten consistently by someone who could edit the database file.
    With --signatures and --public-key, check every signed head the same way, and its signature.
    """
    if (signatures is None) != (not public_keys):
        raise InvalidInput(
            "--signatures and --public-key go together: give the signatures file and the "
            ".pub of the key that signed it"
        )
    report = verify_chain(obj.store, anchor)
    if not report.ok:
        click.echo(f"Error: {report.problem}", err=True)
        sys.exit(1)
    if signatures is not None:
        from ..models import audit_signing as signing  # cryptography: only when signing

        keys = {}
        for path in public_keys:
            key = signing.load_public_key(path)
            keys[signing.key_id(key)] = key
        signed = signing.verify_file(obj.store.conn, signatures, keys, report)
        if not signed.ok:
            click.echo(f"Error: {signed.problem}", err=True)
            sys.exit(1)
    click.echo(f"audit log intact: {report.entries} entries, head {report.head}")
    if anchor:
        click.echo(f"anchor {anchor.split(':')[0]} holds")
    if signatures is not None:
        click.echo(f"{signed.checked} signed heads hold ({signatures})")


@audit.command("keygen")
@click.argument("private_key", type=click.Path(dir_okay=False, path_type=Path))
@click.pass_obj
def audit_keygen(obj: Context, private_key: Path) -> None:
    """Make an Ed25519 key pair for signing audit heads: PRIVATE_KEY (0600) and PRIVATE_KEY.pub.

    Keep the private key outside the data directory, readable only by its owner (root: the
    daily timer in docs/ACCOUNTS.md hands it to the signing run alone); give the .pub to
    whoever checks the signatures.
    """
    from ..models import audit_signing as signing
    from ..models.settings import resolve_data_dir

    # Only the path: keygen runs as the key's owner (root), who must not create database files.
    key = signing.generate(private_key, resolve_data_dir(obj.data_dir))
    click.echo(
        f"key {key} written: {private_key} (private), {signing.public_key_path(private_key)}"
    )


@audit.command("sign")
@click.option(
    "--key",
    "private_key",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="The private key from `bodycam audit keygen`.",
)
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Append the signed head here [default: DATA/audit-signatures.jsonl].",
)
@click.pass_obj
def audit_sign(obj: Context, private_key: Path, out: Path | None) -> None:
    """Sign the current head (COUNT:HASH) and append it as one JSON line; run it daily.

    `bodycam audit verify --signatures FILE --public-key KEY.pub` later proves every signed head
    still in the chain. The signing is itself an audit entry (audit.sign). Refuses a chain that
    does not verify, or one where this key's previous signed head no longer holds.
    """
    from ..models import audit_signing as signing

    signing.refuse_inside(private_key, obj.store.root)
    key = signing.load_private_key(private_key)
    line = signing.sign_head(obj.store, obj.user, key, out or obj.store.layout.audit_signatures)
    click.echo(line)


@audit.command("log")
@click.option("--limit", default=50, show_default=True)
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def audit_log(obj: Context, limit: int, as_json: bool) -> None:
    """Show the newest audit entries."""
    rows = obj.store.query(
        "SELECT id, at, actor, action, entity, entity_id, details FROM audit_log"
        " ORDER BY id DESC LIMIT ?",
        [limit],
    )
    for row in reversed(rows):
        if as_json:
            emit_json(row)
        else:
            click.echo(
                f"{row['id']:>6} {row['at']} {plain(row['actor']):<12} {row['action']:<22} "
                f"{row['entity']} {row['entity_id']}"
            )


COMMANDS = (audit,)
