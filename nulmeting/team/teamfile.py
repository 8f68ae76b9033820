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
not this laptop's own store, every change row valid); only then are they merged, all files in
one transaction (no copy of the store: a failure or a kill leaves it exactly as before), so bad
input leaves the store byte-identical.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
import shutil
import sqlite3
import struct
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from nulmeting.domain.errors import UserError
from nulmeting.domain.progress import Progress, report
from nulmeting.store import leftovers
from nulmeting.store.files import backup_copy, is_sqlite_file
from nulmeting.store.integrity import check_store
from nulmeting.store.meta import read_meta
from nulmeting.store.schema import HEAD, REVISIONS
from nulmeting.store.store import Store
from nulmeting.team.merge import MergeSummary, TeamSource, merge_sources, news
from nulmeting.team.passwords import TEAM_PASSWORD_ENV as PASSWORD_ENV

MAGIC = b"NULMETING-TEAM\x00\x01"
FORMAT_VERSION = 1
CIPHER_AES_GCM = 1
CHUNK_SIZE = 1 << 20
SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P = 15, 8, 1
#: The scrypt settings and chunk sizes a header may ask for: the range this app writes (and one
#: step up, for a later version that strengthens the key). They are read before the password
#: can be checked, so anything else is refused unread: crafted values would cost seconds and
#: gigabytes first.
ACCEPTED_LOG2_N = range(SCRYPT_LOG2_N, SCRYPT_LOG2_N + 2)
ACCEPTED_R, ACCEPTED_P = (SCRYPT_R,), (SCRYPT_P,)
ACCEPTED_CHUNK = range(64 << 10, (4 << 20) + 1)
_FIXED = struct.Struct(">HBBBBI")
HEADER_SIZE = len(MAGIC) + _FIXED.size + 16 + 8 + 16
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
    check_store(store, "Er is geen teambestand gemaakt")
    partial = out.with_name(out.name + ".deel")
    leftovers.clean(out.parent, "*.deel", headers=[MAGIC, leftovers.SQLITE_HEADER])
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
            raise UserError(
                f"Het teambestand kan niet geschreven worden: {_reason(exc)}."
            ) from None
    return out


def _reason(exc: BaseException) -> str:
    """Dutch reason a file could not be written (full disk, read-only folder, other)."""
    import errno

    code = getattr(exc, "errno", None)
    text = str(exc).lower()
    if code == errno.ENOSPC or "full" in text:
        return "de schijf is vol (maak ruimte vrij en probeer het opnieuw)"
    if code in (errno.EROFS, errno.EACCES, errno.EPERM) or "readonly" in text:
        return "in deze map mag niet geschreven worden (alleen-lezen)"
    return getattr(exc, "strerror", None) or str(exc)


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
    fixed = (
        MAGIC
        + _FIXED.pack(FORMAT_VERSION, CIPHER_AES_GCM, SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P, CHUNK_SIZE)
        + salt
        + prefix
    )
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


def _decrypt_file(
    source: Path, target: Path | _Sink, password: str | None, key: bytes | None = None
) -> bytes:
    """Decrypt ``source`` into ``target`` (a file, or memory: nothing on disk); returns the
    derived key (to decrypt the same file again without scrypt's cost)."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    name = source.name
    damaged = UserError(
        f"{name} is beschadigd of onvolledig (afgebroken kopie?). Vraag om een "
        "nieuw teambestand; uw gegevens zijn niet veranderd."
    )
    with source.open("rb") as src:
        header = src.read(HEADER_SIZE)
        if len(header) < HEADER_SIZE:
            raise damaged
        version, cipher, log2_n, r, p, chunk_size = _FIXED.unpack_from(header, len(MAGIC))
        if version > FORMAT_VERSION or cipher != CIPHER_AES_GCM:
            raise UserError(
                f"{name} is gemaakt met een nieuwere versie van Nulmeting "
                f"(teambestandsformaat {version}). Werk de app bij; uw gegevens "
                "zijn niet veranderd."
            )
        if not (
            log2_n in ACCEPTED_LOG2_N
            and r in ACCEPTED_R
            and p in ACCEPTED_P
            and chunk_size in ACCEPTED_CHUNK
        ):
            raise damaged
        if password is None and key is None:
            raise UserError(
                f"{name} is versleuteld: geef het teamwachtwoord (in de omgevings"
                f"variabele {PASSWORD_ENV} of als de vraag komt)."
            )
        fixed, check = header[:-16], header[-16:]
        salt, prefix = fixed[-24:-8], fixed[-8:]
        if key is None:
            assert password is not None
            key = _derive_key(password, salt, log2_n, r, p)
        aead = AESGCM(key)
        try:
            aead.decrypt(_nonce(prefix, 0xFFFFFFFF), check, fixed)
        except InvalidTag:
            raise UserError(
                f"Verkeerd teamwachtwoord voor {name} (of het bestand is "
                "beschadigd). Probeer het opnieuw; uw gegevens zijn niet "
                "veranderd."
            ) from None
        with (
            target.open("wb") if isinstance(target, Path) else contextlib.nullcontext(target)
        ) as dst:
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
                    dst.write(
                        aead.decrypt(_nonce(prefix, index), sealed, _aad(fixed, index, at_end))
                    )
                except InvalidTag:
                    raise damaged from None
                if at_end:
                    break
                index += 1
    return key


@dataclass
class _Checked:
    source: Path
    db: Path  # the plain file to ATTACH (unused when ``load`` is set)
    laptop: str
    area: str
    interviewer: str = ""
    #: Gives the (decrypted, migrated) store as bytes, for a store that must not touch the disk.
    load: Callable[[], bytes | bytearray] | None = None
    own: bool = False  # this laptop's own team file: merging it is harmless (idempotent)


def _open_plain(path: Path, name: str) -> sqlite3.Connection:
    try:
        is_sqlite = is_sqlite_file(path)
    except OSError as exc:
        raise UserError(f"{name} kan niet gelezen worden: {exc.strerror}.") from None
    if not is_sqlite:
        raise UserError(
            f"{name} is geen Nulmeting-teambestand. Kies een bestand dat met "
            "'Teambestand maken' is gemaakt; uw gegevens zijn niet veranderd."
        )
    uri = f"{path.resolve().as_uri()}?mode=ro"
    con = sqlite3.connect(uri, uri=True)
    try:
        con.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError:
        # a read-only folder or medium (a locked USB stick): SQLite cannot make the -shm file
        # it wants beside a WAL file; nobody writes there, so read it as immutable
        con.close()
        con = sqlite3.connect(uri + "&immutable=1", uri=True)
    except sqlite3.DatabaseError:
        pass  # damaged: the checks that follow say so in Dutch
    return con


def _open_memory(data: bytes | bytearray, name: str) -> sqlite3.Connection:
    """A decrypted team store opened from memory: its plaintext never touches the disk."""
    if not data.startswith(b"SQLite format 3\x00"):
        raise UserError(
            f"{name} is geen Nulmeting-teambestand. Kies een bestand dat met "
            "'Teambestand maken' is gemaakt; uw gegevens zijn niet veranderd."
        )
    con = sqlite3.connect(":memory:", check_same_thread=False)
    con.deserialize(memory_image(data))
    return con


def memory_image(data: bytes | bytearray) -> bytes | bytearray:
    """A store image SQLite can open from memory: a snapshot of a WAL store says "WAL" in its
    header (bytes 18-19), which an in-memory database cannot be; say rollback journal (in place
    for a bytearray: a team store is tens of MB, copies count)."""
    if data[18:20] == b"\x02\x02":
        image = data if isinstance(data, bytearray) else bytearray(data)
        image[18:20] = b"\x01\x01"
        return image
    return data


class _Sink:
    """Where a decrypted team file goes: one growing buffer in memory, never a file."""

    def __init__(self) -> None:
        self.data = bytearray()

    def write(self, chunk: bytes) -> int:
        self.data += chunk
        return len(chunk)


def _check_db(
    source: Path,
    db: Path | bytes | bytearray,
    store: Store,
    scratch: Path,
    load: Callable[[], bytes | bytearray] | None = None,
) -> _Checked:
    """Check a plain team store completely (read-only); migrate an older one in memory.

    ``db`` is a plain file, or a decrypted store in memory (``load`` gives it again, for the
    merge)."""
    name = source.name
    not_team = UserError(
        f"{name} is geen Nulmeting-teambestand (wel een SQLite-database). "
        "Uw gegevens zijn niet veranderd."
    )
    damaged = UserError(
        f"{name} is beschadigd en kan niet gelezen worden. Vraag om een nieuw "
        "teambestand; uw gegevens zijn niet veranderd."
    )

    def open_db(db: Path | bytes | bytearray) -> sqlite3.Connection:
        return _open_plain(db, name) if isinstance(db, Path) else _open_memory(db, name)

    con = open_db(db)
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not {"alembic_version", "change", "store_meta"} <= tables:
            raise not_team
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = str(row[0]) if row else None
        if revision not in REVISIONS:
            raise UserError(
                f"{name} is gemaakt met een nieuwere versie van Nulmeting (schema "
                f"{revision}). Werk eerst de app bij; uw gegevens zijn niet "
                "veranderd."
            )
        if con.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise damaged
    except sqlite3.DatabaseError:
        raise damaged from None
    finally:
        con.close()
    if revision != HEAD:
        if load is not None:
            original = load
        else:
            plain_file = Path(db)  # type: ignore[arg-type]

            def original() -> bytes | bytearray:
                return plain_file.read_bytes()

        db = migrate_copy(Path(db).read_bytes() if isinstance(db, Path) else db, scratch)

        def load_migrated() -> bytes:
            return migrate_copy(original(), scratch)

        load = load_migrated
    con = open_db(db)
    try:
        meta = read_meta(con)
        _validate_changes(con, name)
    except sqlite3.DatabaseError:
        raise damaged from None
    finally:
        con.close()
    # This laptop's own team file is merged like any other: nothing new comes in (merging is
    # idempotent), and a store copied before laptops had identities of their own still merges.
    return _Checked(
        source,
        db if isinstance(db, Path) else source,
        meta.get("laptop_id", ""),
        meta.get("area", ""),
        meta.get("interviewer", ""),
        load,
        own=meta.get("laptop_id") == store.laptop_id,
    )


def migrate_copy(data: bytes | bytearray, scratch: Path | None = None) -> bytes:
    """Upgrade an older team store to the current schema, in memory (never the original)."""
    from sqlalchemy import create_engine
    from sqlalchemy.pool import StaticPool

    from nulmeting.store.connection import migrate

    con = _open_memory(data, "teambestand")
    engine = create_engine("sqlite://", creator=lambda: con, poolclass=StaticPool)
    try:
        migrate(engine)
        return con.serialize()
    finally:
        engine.dispose()
        con.close()


def _validate_changes(con: sqlite3.Connection, name: str) -> None:
    """Every change is checked as it would be at the trust boundary (:mod:`nulmeting.team.ingest`);
    one invalid change refuses the whole file."""
    from nulmeting.team.ingest import check_store_file, refusal_message

    count, examples = check_store_file(con)
    if count:
        raise UserError(refusal_message(name, count, examples))


SCRATCH_PREFIX = "nulmeting-"


def sweep_scratch() -> int:
    """Remove scratch folders that a killed run left behind (their process is gone); returns
    how many. A folder is named after its process id, so a running app's folder is kept."""
    removed = 0
    for folder in Path(tempfile.gettempdir()).glob(f"{SCRATCH_PREFIX}*-*"):
        pid = folder.name[len(SCRATCH_PREFIX) :].split("-", 1)[0]
        if not pid.isdigit() or not folder.is_dir():
            continue
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            shutil.rmtree(folder, ignore_errors=True)
            removed += 1
        except (PermissionError, OSError):
            continue
    return removed


@contextlib.contextmanager
def _scratch_dir() -> Iterator[Path]:
    sweep_scratch()
    path = Path(tempfile.mkdtemp(prefix=f"{SCRATCH_PREFIX}{os.getpid()}-"))
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
        raise UserError(
            f"{name} is het gegevensbestand van deze laptop zelf; dat kan niet met "
            "zichzelf samengevoegd worden."
        )
    try:
        encrypted = is_encrypted(path)
    except OSError as exc:
        raise UserError(f"{name} kan niet gelezen worden: {exc.strerror}.") from None
    if encrypted:
        sink = _Sink()
        key = _decrypt_file(path, sink, password)
        data = memory_image(sink.data)
        del sink

        def read() -> bytes | bytearray:  # the merge decrypts again: few files in memory at once
            again = _Sink()
            _decrypt_file(path, again, None, key)
            return memory_image(again.data)
    else:
        _open_plain(path, name).close()  # not SQLite: the Dutch refusal
        data = _snapshot(path, name)

        def read() -> bytes | bytearray:
            return _snapshot(path, name)

    digest = hashlib.sha256(data).digest()

    def load() -> bytes | bytearray:
        """The bytes that were checked, or a refusal: a file changed on its stick between the
        check and the merge is not merged unchecked."""
        changed = UserError(
            f"{name} is veranderd sinds de controle (tijdens het samenvoegen); "
            "er is niets samengevoegd. Probeer het opnieuw."
        )
        try:
            again = read()
        except UserError:  # e.g. made again with a new salt: the checked key no longer fits
            raise changed from None
        if hashlib.sha256(again).digest() != digest:
            raise changed
        return again

    return _check_db(path, data, store, scratch, load)


def _snapshot(path: Path, name: str) -> bytes | bytearray:
    """A plain team store (with anything still in its WAL) as bytes, via SQLite's backup."""
    damaged = UserError(
        f"{name} is beschadigd en kan niet gelezen worden. Vraag om een nieuw "
        "teambestand; uw gegevens zijn niet veranderd."
    )
    try:
        src = _open_plain(path, name)
        mem = sqlite3.connect(":memory:")
        try:
            src.backup(mem)
            return memory_image(mem.serialize())
        finally:
            mem.close()
            src.close()
    except sqlite3.DatabaseError:
        raise damaged from None


# --------------------------------------------------------------------------- merging


def _origin(checked: _Checked) -> str:
    """What the history says about changes this file delivered (not proof of who wrote them)."""
    who = f", {checked.interviewer}" if checked.interviewer else ""
    return f"teambestand {checked.source.name} (laptop {checked.laptop[:8]}{who})"


def merge_files(
    store: Store, paths: list[Path], password: str | None, progress: Progress | None = None
) -> list[MergeSummary]:
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
        check_store(store, "Er is niets samengevoegd")
        sources = [
            TeamSource(
                c.db,
                c.source.name,
                c.area if c.area and c.area != own_area else None,
                origin=_origin(c),
                load=c.load,
            )
            for c in checked
        ]
        # A weekly merge costs in proportion to what is new: files that bring nothing this
        # store lacks are not merged again, and when none brings anything, nothing is copied
        # or written at all.
        known = news(store, sources)
        if all(k is not None for k in known):
            report(progress, len(paths) * 2, len(paths) * 2, "Niets nieuws")
            unchanged = merge_sources(store, sources, known=known)
            for summary, c in zip(unchanged, checked, strict=True):
                summary.own_laptop = c.own
            return unchanged

        # One transaction for all files (each staged from memory on its own): a failure or a
        # kill anywhere leaves the store exactly as before; the restore point is written in
        # the same transaction. No copy of the store is made.
        def step(done: int, total: int, message: str) -> None:
            if done < total:
                report(progress, len(paths) + done, len(paths) * 2, message)

        out = merge_sources(store, sources, step, known=known, restore_point=True)
        report(progress, len(paths) * 2, len(paths) * 2, "Samenvoegen klaar")
        for summary, c in zip(out, checked, strict=True):
            summary.own_laptop = c.own
        return out
