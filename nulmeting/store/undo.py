"""A merge of many team files is several transactions (each group of files its own: SQLite
cannot ATTACH inside a transaction). To keep it all or nothing even under ``kill -9``, the merge
leaves a note next to the store while it runs, naming the copy made before it; a store opened
with such a note whose merge process is gone is put back to that copy first (the merge did not
finish, so none of it counts; merging again is safe, merging is idempotent)."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path


def note_path(store_path: Path) -> Path:
    return store_path.with_name(store_path.name + ".samenvoegen-bezig")


def begin(store_path: Path, backup: Path) -> None:
    """Note that a merge into ``store_path`` runs, with ``backup`` its copy from before."""
    note = note_path(store_path)
    partial = note.with_name(note.name + ".deel")
    partial.write_text(json.dumps({"pid": os.getpid(), "backup": str(backup)}), encoding="utf-8")
    os.replace(partial, note)


def end(store_path: Path) -> None:
    note_path(store_path).unlink(missing_ok=True)


def restore(store_path: Path, backup: Path) -> None:
    """Put ``backup`` back into the store (SQLite's online backup into the live file)."""
    src = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
    dst = sqlite3.connect(store_path)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


def recover(store_path: Path) -> bool:
    """At opening: undo a merge that was killed halfway; True when it did."""
    note = note_path(store_path)
    try:
        data = json.loads(note.read_text(encoding="utf-8"))
        pid, backup = int(data["pid"]), Path(data["backup"])
    except FileNotFoundError:
        return False
    except (OSError, ValueError, KeyError, TypeError):
        note.unlink(missing_ok=True)  # unreadable: nothing to go by
        return False
    if pid != os.getpid():
        try:
            os.kill(pid, 0)
            return False  # that merge is still running (another window or command)
        except ProcessLookupError:
            pass
        except OSError:
            return False
    if backup.exists():
        restore(store_path, backup)
    note.unlink(missing_ok=True)
    return True
