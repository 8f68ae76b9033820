"""``nulmeting set-aside``: server rows this laptop refused and keeps aside (never applied)."""

from __future__ import annotations

import argparse

from nulmeting.cli.commands import store_from


def register(p: argparse.ArgumentParser) -> None:
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    with store_from(args) as store, store.read() as conn:
        rows = conn.execute(
            "SELECT server, server_seq, pushed_by, first_seen, reason, entity, field, record_id, "
            "id FROM set_aside_change ORDER BY server, server_seq"
        ).fetchall()
    if not rows:
        print("Geen apart gezette wijzigingen.")
        return 0
    print(
        f"{len(rows)} wijziging(en) van de server apart gezet (bewaard, nooit toegepast; bij "
        "elke synchronisatie opnieuw gecontroleerd):"
    )
    for server, seq, pushed_by, seen, reason, entity, name, record_id, cid in rows:
        print(
            f"- {server} nr. {seq}, aangeleverd door login '{pushed_by}' (gezien "
            f"{seen[:16].replace('T', ' ')}): {str(entity)[:32]}.{str(name)[:64]} van record "
            f"{str(record_id)[:8]} (wijziging {str(cid)[:8]}): {reason}"
        )
    return 0
