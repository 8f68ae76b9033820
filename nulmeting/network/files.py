"""GraphML and GEXF files of the network, for Gephi, NetworkX and other tools.

Node attributes: ``label``, ``soort`` (plek · netwerk · partner), ``wijk``, ``wijkcode``,
``plektype``, ``graad`` (degree), ``tussenpositie`` (betweenness) and ``component``. Edge
attributes: ``id`` (the record id), ``soort`` (relatie · lidmaatschap), ``relatietype``,
``sterkte`` (1–4, 0 for a membership), ``rol`` (of a membership), ``weight`` (the strength, for
Gephi), ``meetmoment`` and, for a tie, ``vastgelegd_door`` (the plek whose interview named it).
The figures are those of the whole area, also in a file of one wijk.

When ties and memberships carry meetmomenten the GEXF is dynamic: each edge has the spell of its
meetmoment (from its first day until the next meetmoment starts) and each node the spell from its
first meetmoment on, so Gephi's timeline shows the network grow.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from nulmeting.domain.errors import UserError
from nulmeting.network.data import NetworkData
from nulmeting.network.graph import NetworkModel, annotate, build_multigraph

if TYPE_CHECKING:
    import networkx as nx

FORMATS = (".graphml", ".gexf")


def area_graph(model: NetworkModel, district: str | None = None) -> nx.MultiGraph:
    """The model's multigraph, or the part of one wijk, with the area's figures on the nodes."""
    if district is None:
        return model.multi
    part = build_multigraph(model.data, district=district)
    annotate(part, model.figures)
    return part


def _spells(data: NetworkData, g: nx.MultiGraph) -> None:
    """Give edges and nodes their spells (dates as ``YYYY-MM-DD``)."""
    order = [r for r in data.rounds if r in data.round_dates]

    def spell(round_name: str) -> tuple[str, str | None]:
        i = order.index(round_name)
        start = data.round_dates[round_name]
        end = data.round_dates[order[i + 1]] - dt.timedelta(days=1) if i + 1 < len(order) else None
        return start.isoformat(), end.isoformat() if end else None

    first: dict[str, str] = {}
    for u, v, d in g.edges(data=True):
        if d.get("meetmoment") in order:
            d["spells"] = [spell(d["meetmoment"])]
            start = d["spells"][0][0]
            for n in (u, v):
                first[n] = min(first.get(n, start), start)
    for n, start in first.items():
        g.nodes[n]["spells"] = [(start, None)]


def write_graph(model: NetworkModel, out: Path, *, district: str | None = None) -> Path:
    """Write GraphML or GEXF (by ``out``'s suffix) atomically; returns ``out``."""
    import networkx as nx

    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        raise UserError(f"{out.name}: kies een bestandsnaam op .graphml of .gexf.")
    g = area_graph(model, district).copy()
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(suffix=suffix, prefix=".nulmeting-", dir=out.parent)
    except OSError as exc:
        raise UserError(
            f"In de map {out.parent} kan niet geschreven worden "
            f"({exc.strerror}). Kies een andere map."
        ) from None
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        if suffix == ".graphml":
            nx.write_graphml(g, tmp, named_key_ids=True)
        else:
            if model.data.dated and not model.round:
                _spells(model.data, g)
            nx.write_gexf(g, tmp)
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return out
