"""Team files: a laptop's store as one file that travels, and merging such files back in.

Format (``.nulmeting``). By default the file is encrypted::

    header  = MAGIC (16 bytes) | format version (2) | cipher (1) | scrypt log2 n, r, p (1+1+1)
              | chunk size (4) | salt (16) | nonce prefix (8) | password check (16)
    chunks  = (length (4) | AES-256-GCM ciphertext+tag) ...

The key comes from scrypt over the team password with the random salt. Every chunk (1 MiB of the
SQLite snapshot) is sealed on its own with nonce ``prefix | chunk number`` and the header, the
chunk number and a "last chunk" flag as associated data, so a reordered, shortened or altered
file is detected, and neither writing nor reading holds more than one chunk in memory. The
password check is an empty message sealed with the key: a wrong password is told apart from a
damaged file. ``--onversleuteld`` writes the plain SQLite snapshot; merge accepts both.

The snapshot is SQLite's online backup of the store (consistent even while the app runs).
Before merging, every file is checked completely (readable, a Nulmeting store, schema version,
not this laptop's own store, every change row valid); only then is the store backed up and
changed, so bad input leaves the store byte-identical.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import secrets
import shutil
import sqlite3
import struct
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from nulmeting.domain.errors import UserError
from nulmeting.domain.fields import fields
from nulmeting.domain.progress import Progress, report
from nulmeting.store.files import backup_copy, is_sqlite_file
from nulmeting.store.meta import read_meta
from nulmeting.store.models import ENTITIES
from nulmeting.store.schema import HEAD, REVISIONS
from nulmeting.store.store import Store
from nulmeting.team.merge import MergeSummary, TeamSource, merge_sources
from nulmeting.team.passwords import TEAM_PASSWORD_ENV as PASSWORD_ENV

MAGIC = b"NULMETING-TEAM\x00\x01"
FORMAT_VERSION = 1
CIPHER_AES_GCM = 1
CHUNK_SIZE = 1 << 20
SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P = 15, 8, 1
_FIXED = struct.Struct(">HBBBBI")
HEADER_SIZE = len(MAGIC) + _FIXED.size + 16 + 8 + 16
BACKUPS_KEPT = 5
SUFFIX = ".nulmeting"


# --------------------------------------------------------------------------- writing


def write_teamfile(store: Store, out: Path, password: str | None) -> Path:
    """Write a snapshot of ``store`` to ``out`` (encrypted unless ``password`` is None)."""
    out = Path(out)
    if out.resolve() == store.path.resolve():
        raise UserError("Het teambestand mag niet het gegevensbestand zelf zijn.")
    if password is not None and not password:
        raise UserError("Het teamwachtwoord is leeg; kies een wachtwoord.")
    if out.parent and not out.parent.exists():
        raise UserError(f"De map {out.parent} bestaat niet.")
    partial = out.with_name(out.name + ".deel")
    with _scratch_dir() as scratch:
        try:
            snapshot = backup_copy(store.path, scratch / "snapshot.sqlite")
            if password is None:
                shutil.copyfile(snapshot, partial)
            else:
                _encrypt_file(snapshot, partial, password)
            os.replace(partial, out)
        except (OSError, sqlite3.Error) as exc:
            partial.unlink(missing_ok=True)
            reason = getattr(exc, "strerror", None) or str(exc)
            raise UserError(f"Het teambestand kan niet geschreven worden: {reason}.") from None
    return out


def _derive_key(password: str, salt: bytes, log2_n: int, r: int, p: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=32, n=1 << log2_n, r=r, p=p).derive(password.encode("utf-8"))


def _aad(fixed: bytes, index: int, last: bool) -> bytes:
    return fixed + struct.pack(">I?", index, last)


def _nonce(prefix: bytes, index: int) -> bytes:
    return prefix + struct.pack(">I", index)


def _encrypt_file(source: Path, target: Path, password: str) -> None:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, prefix = secrets.token_bytes(16), secrets.token_bytes(8)
    fixed = MAGIC + _FIXED.pack(FORMAT_VERSION, CIPHER_AES_GCM, SCRYPT_LOG2_N, SCRYPT_R,
                                SCRYPT_P, CHUNK_SIZE) + salt + prefix
    aead = AESGCM(_derive_key(password, salt, SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P))
    check = aead.encrypt(_nonce(prefix, 0xFFFFFFFF), b"", fixed)
    with source.open("rb") as src, target.open("wb") as dst:
        dst.write(fixed + check)
        index, chunk = 0, src.read(CHUNK_SIZE)
        while True:
            following = src.read(CHUNK_SIZE)
            last = not following
            sealed = aead.encrypt(_nonce(prefix, index), chunk, _aad(fixed, index, last))
            dst.write(struct.pack(">I", len(sealed)) + sealed)
            if last:
                break
            index, chunk = index + 1, following


# --------------------------------------------------------------------------- reading


def is_encrypted(path: Path) -> bool:
    """Whether ``path`` starts like an encrypted team file (an unreadable file is not: the
    checks that follow say in Dutch what is wrong with it)."""
    try:
        with Path(path).open("rb") as f:
            return f.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def _decrypt_file(source: Path, target: Path, password: str | None) -> None:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    name = source.name
    damaged = UserError(f"{name} is beschadigd of onvolledig (afgebroken kopie?). Vraag om een "
                        "nieuw teambestand; uw gegevens zijn niet veranderd.")
    with source.open("rb") as src:
        header = src.read(HEADER_SIZE)
        if len(header) < HEADER_SIZE:
            raise damaged
        version, cipher, log2_n, r, p, chunk_size = _FIXED.unpack_from(header, len(MAGIC))
        if version > FORMAT_VERSION or cipher != CIPHER_AES_GCM:
            raise UserError(f"{name} is gemaakt met een nieuwere versie van Nulmeting "
                            f"(teambestandsformaat {version}). Werk de app bij; uw gegevens "
                            "zijn niet veranderd.")
        if not (10 <= log2_n <= 22 and 1 <= r <= 32 and 1 <= p <= 16
                and 1 <= chunk_size <= 64 << 20):
            raise damaged
        if password is None:
            raise UserError(f"{name} is versleuteld: geef het teamwachtwoord (in de omgevings"
                            f"variabele {PASSWORD_ENV} of als de vraag komt).")
        fixed, check = header[:-16], header[-16:]
        salt, prefix = fixed[-24:-8], fixed[-8:]
        aead = AESGCM(_derive_key(password, salt, log2_n, r, p))
        try:
            aead.decrypt(_nonce(prefix, 0xFFFFFFFF), check, fixed)
        except InvalidTag:
            raise UserError(f"Verkeerd teamwachtwoord voor {name} (of het bestand is "
                            "beschadigd). Probeer het opnieuw; uw gegevens zijn niet "
                            "veranderd.") from None
        with target.open("wb") as dst:
            index = 0
            while True:
                size = src.read(4)
                if len(size) < 4:
                    raise damaged
                (length,) = struct.unpack(">I", size)
                if length > chunk_size + 16:
                    raise damaged
                sealed = src.read(length)
                if len(sealed) < length:
                    raise damaged
                at_end = not src.peek(1) if hasattr(src, "peek") else False
                try:
                    dst.write(aead.decrypt(_nonce(prefix, index), sealed,
                                           _aad(fixed, index, at_end)))
                except InvalidTag:
                    raise damaged from None
                if at_end:
                    break
                index += 1


@dataclass
class _Checked:
    source: Path
    db: Path
    laptop: str
    area: str


def _open_plain(path: Path, name: str) -> sqlite3.Connection:
    try:
        is_sqlite = is_sqlite_file(path)
    except OSError as exc:
        raise UserError(f"{name} kan niet gelezen worden: {exc.strerror}.") from None
    if not is_sqlite:
        raise UserError(f"{name} is geen Nulmeting-teambestand. Kies een bestand dat met "
                        "'Teambestand maken' is gemaakt; uw gegevens zijn niet veranderd.")
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def _check_db(source: Path, db: Path, store: Store, scratch: Path) -> _Checked:
    """Check a plain team store completely (read-only); migrate an older one on a copy."""
    name = source.name
    not_team = UserError(f"{name} is geen Nulmeting-teambestand (wel een SQLite-database). "
                         "Uw gegevens zijn niet veranderd.")
    damaged = UserError(f"{name} is beschadigd en kan niet gelezen worden. Vraag om een nieuw "
                        "teambestand; uw gegevens zijn niet veranderd.")
    con = _open_plain(db, name)
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not {"alembic_version", "change", "store_meta"} <= tables:
            raise not_team
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = str(row[0]) if row else None
        if revision not in REVISIONS:
            raise UserError(f"{name} is gemaakt met een nieuwere versie van Nulmeting (schema "
                            f"{revision}). Werk eerst de app bij; uw gegevens zijn niet "
                            "veranderd.")
        if con.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise damaged
    except sqlite3.DatabaseError:
        raise damaged from None
    finally:
        con.close()
    if revision != HEAD:
        db = migrate_copy(db, scratch)
    con = _open_plain(db, name)
    try:
        meta = read_meta(con)
        _validate_changes(con, name)
    except sqlite3.DatabaseError:
        raise damaged from None
    finally:
        con.close()
    if meta.get("laptop_id") == store.laptop_id:
        raise UserError(f"{name} is het teambestand van deze laptop zelf; samenvoegen met uzelf "
                        "heeft geen zin. Kies de bestanden van de andere laptops.")
    return _Checked(source, db, meta.get("laptop_id", ""), meta.get("area", ""))


def migrate_copy(db: Path, scratch: Path) -> Path:
    """Upgrade an older team store to the current schema, on a copy (never the original)."""
    from sqlalchemy import create_engine

    from nulmeting.store.connection import migrate

    copy = scratch / f"gemigreerd-{secrets.token_hex(4)}.sqlite"
    backup_copy(db, copy)
    engine = create_engine(f"sqlite:///{copy}")
    try:
        migrate(engine)
    finally:
        engine.dispose()
    return copy


def _validate_changes(con: sqlite3.Connection, name: str) -> None:
    """Every change row names a known entity and field and holds valid JSON (checked in SQL)."""
    known = [(e, f) for e in ENTITIES for f in fields(e)]
    con.execute("CREATE TEMP TABLE known_field (entity TEXT, field TEXT, "
                "PRIMARY KEY (entity, field)) WITHOUT ROWID")
    con.executemany("INSERT INTO temp.known_field VALUES (?, ?)", known)
    bad, example = con.execute("""
        SELECT COUNT(*), MIN(COALESCE(c.entity, '?') || '.' || COALESCE(c.field, '?'))
        FROM change c
        WHERE NOT (typeof(c.id) = 'text' AND length(c.id) = 36
               AND typeof(c.record_id) = 'text' AND length(c.record_id) BETWEEN 1 AND 64
               AND typeof(c.author) = 'text' AND typeof(c.laptop) = 'text'
               AND typeof(c.at) = 'text' AND length(c.at) BETWEEN 10 AND 32
               AND EXISTS (SELECT 1 FROM temp.known_field k
                           WHERE k.entity = c.entity AND k.field = c.field)
               AND json_valid(c.value)
               AND json_valid(c.parents) AND json_type(c.parents) = 'array'
               AND (c.covers IS NULL OR (json_valid(c.covers)
                                         AND json_type(c.covers) = 'array')))
    """).fetchone()
    if bad:
        raise UserError(f"{name} bevat {bad} ongeldige wijziging(en) (bijvoorbeeld bij "
                        f"'{example}'). Het bestand is niet samengevoegd; uw gegevens zijn "
                        "niet veranderd.")


@contextlib.contextmanager
def _scratch_dir() -> Iterator[Path]:
    path = Path(tempfile.mkdtemp(prefix="nulmeting-"))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def check_file(store: Store, path: Path, password: str | None, scratch: Path) -> _Checked:
    """Decrypt (if needed) into ``scratch`` and check one team file; raises UserError."""
    path = Path(path)
    name = path.name
    if not path.exists():
        raise UserError(f"{path} bestaat niet.")
    if path.is_dir():
        raise UserError(f"{path} is een map, geen teambestand.")
    if path.resolve() == store.path.resolve():
        raise UserError(f"{name} is het gegevensbestand van deze laptop zelf; dat kan niet met "
                        "zichzelf samengevoegd worden.")
    try:
        encrypted = is_encrypted(path)
    except OSError as exc:
        raise UserError(f"{name} kan niet gelezen worden: {exc.strerror}.") from None
    if encrypted:
        plain = scratch / f"ontsleuteld-{secrets.token_hex(4)}.sqlite"
        _decrypt_file(path, plain, password)
        return _check_db(path, plain, store, scratch)
    return _check_db(path, path, store, scratch)


# --------------------------------------------------------------------------- merging


def backup_store(store: Store, keep: int = BACKUPS_KEPT) -> Path:
    """Copy the store into ``backups/`` next to it before a merge; keep the last ``keep``."""
    folder = store.path.parent / "backups"
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backup_copy(store.path, folder / f"{store.path.stem}-voor-samenvoegen-{stamp}.sqlite")
    old = sorted(folder.glob(f"{store.path.stem}-voor-samenvoegen-*.sqlite"))
    for stale in old[:-keep] if keep else old:
        stale.unlink(missing_ok=True)
    return target


def merge_files(store: Store, paths: list[Path], password: str | None,
                progress: Progress | None = None) -> list[MergeSummary]:
    """Merge team files into ``store``; one summary per file.

    All files are checked first (bad input: :class:`UserError`, store untouched); then the store
    is backed up and the files are merged, each group of files in one transaction.
    """
    if not paths:
        raise UserError("Geef minstens één teambestand om samen te voegen.")
    own_area = store.setting("area")
    with _scratch_dir() as scratch:
        checked: list[_Checked] = []
        for i, path in enumerate(paths):
            report(progress, i, len(paths) * 2, f"Controleren: {Path(path).name}")
            checked.append(check_file(store, Path(path), password, scratch))
        backup_store(store)
        sources = [TeamSource(c.db, c.source.name,
                              c.area if c.area and c.area != own_area else None)
                   for c in checked]

        def step(done: int, total: int, message: str) -> None:
            report(progress, len(paths) + done, len(paths) * 2, message)

        return merge_sources(store, sources, step)
