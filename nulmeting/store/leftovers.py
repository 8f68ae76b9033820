"""Leftovers of work that was killed or ran out of disk: temporary exports, partial team files
(``.deel``) and partial backups. Each writer removes the stale leftovers of its own kind in the
folder it writes to before it starts; a leftover is stale when nobody has written it for
:data:`STALE_SECONDS` (a running export or backup keeps its file fresh long before that)."""

from __future__ import annotations

import time
from collections.abc import Iterable
from pathlib import Path

#: A temporary file untouched this long belongs to work that ended without cleaning up.
STALE_SECONDS = 15 * 60
SQLITE_HEADER = b"SQLite format 3\x00"


def _starts_with(path: Path, headers: Iterable[bytes]) -> bool:
    try:
        with path.open("rb") as f:
            start = f.read(32)
    except OSError:
        return False
    return not start or any(start.startswith(h) for h in headers)


def clean(
    folder: Path, pattern: str, *, headers: Iterable[bytes] = (), older_than: float = STALE_SECONDS
) -> list[Path]:
    """Remove files in ``folder`` matching ``pattern`` not written for ``older_than`` seconds
    (and, when ``headers`` are given, starting with one of them or empty: only our own files).
    Returns what was removed; a file that cannot be removed is left (no error)."""
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    now = time.time()
    headers = tuple(headers)
    for path in folder.glob(pattern):
        try:
            if not path.is_file() or now - path.stat().st_mtime < older_than:
                continue
            if headers and not _starts_with(path, headers):
                continue
            path.unlink()
            removed.append(path)
        except OSError:
            continue
    return removed


def is_complete_sqlite(path: Path) -> bool:
    """A cheap check that a backup file is whole: SQLite's header and a size that is a whole
    number of its pages (a copy cut short by a kill or a full disk is not)."""
    try:
        with path.open("rb") as f:
            header = f.read(100)
        size = path.stat().st_size
    except OSError:
        return False
    if len(header) < 100 or not header.startswith(SQLITE_HEADER):
        return False
    page = int.from_bytes(header[16:18], "big")
    page = 65536 if page == 1 else page
    pages = int.from_bytes(header[28:32], "big")
    return page > 0 and size % page == 0 and (pages == 0 or size >= pages * page)
