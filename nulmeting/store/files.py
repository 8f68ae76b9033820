"""The store's file on disk: where it lives, what it is, and a consistent copy of it."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from nulmeting.domain.errors import StoreError
from nulmeting.store.schema import REVISIONS

SQLITE_HEADER = b"SQLite format 3\x00"
APP_NAME = "Nulmeting"


def default_store_path() -> Path:
    """``nulmeting.sqlite`` in the user's data folder (created on first use, not on import)."""
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False) / "nulmeting.sqlite"


def is_sqlite_file(path: Path) -> bool:
    """Whether ``path`` starts with SQLite's header (an unreadable file raises OSError)."""
    with path.open("rb") as f:
        return f.read(len(SQLITE_HEADER)) == SQLITE_HEADER


def inspect_file(path: Path) -> str | None:
    """Schema revision of the store at ``path`` (``None``: new or empty file).

    Reads the file read-only; raises :class:`StoreError` with a Dutch message for a file that is
    not a Nulmeting store or comes from a newer version of the app.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    if path.is_dir():
        raise StoreError(f"{path} is een map, geen gegevensbestand.")
    try:
        is_sqlite = is_sqlite_file(path)
    except OSError as exc:
        raise StoreError(f"Het bestand {path} kan niet gelezen worden: {exc.strerror}.") from None
    if not is_sqlite:
        raise StoreError(
            f"{path.name} is geen Nulmeting-gegevensbestand (het is geen SQLite-database). "
            "Kies het juiste bestand; er is niets aan veranderd."
        )
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            tables = {
                r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            revision = None
            if "alembic_version" in tables:
                row = con.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            con.close()
    except sqlite3.DatabaseError:
        if _readable_immutable(path):  # whole, but SQLite may not write beside it
            raise StoreError(read_only_message(path)) from None
        raise StoreError(
            f"{path.name} is beschadigd en kan niet gelezen worden. Gebruik een reservekopie; "
            "er is niets aan het bestand veranderd."
        ) from None
    if revision is None:
        if tables:
            raise StoreError(f"{path.name} is een SQLite-database, maar geen Nulmeting-bestand.")
        return None
    if revision not in REVISIONS:
        raise StoreError(
            f"{path.name} is gemaakt met een nieuwere versie van Nulmeting (schema {revision}). "
            "Werk de app bij; het bestand is niet aangeraakt."
        )
    return str(revision)


def _readable_immutable(path: Path) -> bool:
    """Whether SQLite reads the file when told nobody writes it (no -shm or journal needed):
    then an error opening it normally is the folder's or medium's, not damage."""
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            return bool(con.execute("PRAGMA quick_check(1)").fetchone()[0] == "ok")
        finally:
            con.close()
    except sqlite3.DatabaseError:
        return False


def read_only_message(path: Path) -> str:
    """What to say when the store is whole but may not be written (read-only folder/medium)."""
    import os

    what = (
        f"de map {path.parent}"
        if not os.access(path.parent, os.W_OK)
        else f"het bestand {path.name}"
        if not os.access(path, os.W_OK)
        else f"de schijf of map van {path.name}"
    )
    return (
        f"{path.name} is niet beschadigd, maar {what} is alleen-lezen: Nulmeting moet in "
        "het gegevensbestand (en de map ernaast) kunnen schrijven. Kopieer het bestand naar "
        "een map waarin u mag schrijven (bijvoorbeeld Documenten) en open het daar. Er is "
        "niets aan het bestand veranderd."
    )


def backup_copy(source: Path, target: Path) -> Path:
    """A consistent copy of a (possibly live, WAL) SQLite file via SQLite's online backup."""
    target.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


def machine_id() -> str:
    """An identifier of this computer that does not travel with a copied file: the OS's machine
    id where there is one (Linux ``/etc/machine-id``, Windows' MachineGuid), with host and user
    name (also the fallback)."""
    import getpass
    import platform

    parts = [platform.node()]
    with contextlib.suppress(Exception):
        parts.append(getpass.getuser())
    for candidate in ("/etc/machine-id", "/var/lib/dbus/machine-id"):
        with contextlib.suppress(OSError):
            parts.append(Path(candidate).read_text().strip())
            break
    if platform.system() == "Windows":
        with contextlib.suppress(Exception):
            import winreg  # type: ignore[import-not-found,unused-ignore]

            key = winreg.OpenKey(  # type: ignore[attr-defined,unused-ignore]
                winreg.HKEY_LOCAL_MACHINE,  # type: ignore[attr-defined,unused-ignore]
                r"SOFTWARE\Microsoft\Cryptography",
            )
            parts.append(str(winreg.QueryValueEx(key, "MachineGuid")[0]))  # type: ignore[attr-defined,unused-ignore]
    return "|".join(parts)


def place_fingerprint(path: Path) -> str:
    """Where a store lives: this computer and the file's full path, hashed. A store whose
    recorded fingerprint differs was copied (to another laptop or folder) and takes a laptop
    identity of its own; the identity is not only inside the file."""
    import hashlib

    where = f"{machine_id()}|{Path(path).resolve()}"
    return hashlib.sha256(where.encode()).hexdigest()[:32]
