"""``nulmeting history PLEK``: who changed what, when, and where each change came from."""

from __future__ import annotations

import argparse
import json

from nulmeting.cli.commands import store_from
from nulmeting.domain.errors import UserError

#: What the origin shown in the history proves, and what it does not (README, Toelichting).
ORIGIN_NOTE = (
    "Herkomst: het teambestand of de serverlogin waarmee deze laptop de wijziging "
    "ontving. Dat zegt wie de wijziging aanleverde, niet wie haar schreef: de naam "
    "van de buurtverbinder in een wijziging is geen handtekening en kan door iedereen "
    "met een teambestand of serverlogin ingevuld zijn."
)


def register(p: argparse.ArgumentParser) -> None:
    p.add_argument("place", metavar="PLEK", help="naam of id (of het begin ervan) van de plek")
    p.set_defaults(run=run)


def _shown(value: object) -> str:
    if value is None:
        return "(leeg)"
    if isinstance(value, bool):
        return "ja" if value else "nee"
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def run(args: argparse.Namespace) -> int:
    with store_from(args) as store:
        with store.read() as conn:
            rows = conn.execute(
                "SELECT id, name FROM place WHERE id LIKE ? || '%' OR lower(name) = lower(?) "
                "ORDER BY name LIMIT 2",
                (args.place, args.place),
            ).fetchall()
        if not rows:
            raise UserError(f"Geen plek '{args.place}' gevonden (geef de naam of het id).")
        if len(rows) > 1:
            raise UserError(f"'{args.place}' past bij meer dan één plek; geef meer van het id.")
        place_id, name = rows[0]
        entries = store.history("place", place_id)
    print(f"Geschiedenis van {name or '(naamloos)'} ({place_id}):")
    for h in entries:
        print(
            f"  {h.at[:16].replace('T', ' ')}  {h.author}: {h.label} = {_shown(h.new)}"
            f"  [{h.origin}]"
        )
    print(ORIGIN_NOTE)
    return 0
