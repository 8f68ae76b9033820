"""``nulmeting netwerk UIT.graphml|.gexf|.png|.svg [--meetmoment NAAM] [--wijk NAAM]``.

Registered with the core CLI by :mod:`ui.launcher` (like ``gui``): GraphML and GEXF come from
the core (:mod:`nulmeting.network.files`), the picture is painted with Qt (offscreen when there
is no screen), so the core stays free of Qt and the bundle needs no plotting library.
"""

from __future__ import annotations

import argparse
from pathlib import Path

SUFFIXES = (".graphml", ".gexf", ".png", ".svg")


def register(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "out",
        type=Path,
        metavar="UIT",
        help="bestand: .graphml of .gexf (gegevens, voor Gephi of NetworkX), "
        ".png of .svg (plaatje)",
    )
    p.add_argument(
        "--meetmoment",
        metavar="NAAM",
        help="alleen de relaties van dit meetmoment (standaard: het huidige, "
        "in GEXF alle met tijdlijn; 'alle' voor alle meetmomenten)",
    )
    p.add_argument("--wijk", metavar="NAAM", help="alleen de plekken van deze wijk en hun relaties")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from nulmeting.domain.errors import UserError
    from nulmeting.exchange.export import resolve_district
    from nulmeting.network.data import read_network
    from nulmeting.network.graph import NetworkModel
    from nulmeting.store.store import open_store

    out: Path = args.out
    if out.suffix.lower() not in SUFFIXES:
        raise UserError(f"{out.name}: kies een bestandsnaam op .graphml, .gexf, .png of .svg.")
    if out.is_dir():
        raise UserError(f"{out} is een map; geef een bestandsnaam.")
    district = resolve_district(args.wijk) if args.wijk else None
    with open_store(args.db) as store:
        data = read_network(store)
        area = store.setting("area")
    round_name = args.meetmoment
    if round_name is not None:
        round_name = round_name.strip()
        if round_name.lower() == "alle":
            round_name = ""
        elif round_name not in data.rounds:
            known = ", ".join(data.rounds) or "(geen)"
            raise UserError(
                f"Meetmoment '{round_name}' is onbekend. Bekende meetmomenten: {known}; of 'alle'."
            )
    if round_name is None and out.suffix.lower() == ".gexf" and data.dated:
        round_name = ""  # GEXF is for the timeline: every meetmoment, each with its spell
    model = NetworkModel(data, round_name)
    if district is not None and not any(p.district == district for p in data.places.values()):
        raise UserError(f"In de wijk {args.wijk} zijn geen plekken.")
    if out.suffix.lower() in (".graphml", ".gexf"):
        from nulmeting.network.files import write_graph

        write_graph(model, out, district=district)
    else:
        from nulmeting.domain import reference
        from nulmeting.network.picture import draw
        from ui.network.render import write_picture

        pic = draw(model, district=district, area_name=reference.areas().get(area, ""))
        write_picture(pic, out)
    from nulmeting.network.files import area_graph

    g = area_graph(model, district)
    places = sum(
        1
        for _n, a in g.nodes(data=True)
        if a["soort"] == "plek" and (district is None or a["wijkcode"] == district)
    )
    print(
        f"Netwerk geschreven: {out} ({places} plekken, "
        f"{sum(1 for *_e, d in g.edges(data=True) if d['soort'] == 'relatie')} relaties, "
        f"{sum(1 for *_e, d in g.edges(data=True) if d['soort'] == 'lidmaatschap')} "
        "lidmaatschappen)."
    )
    return 0
