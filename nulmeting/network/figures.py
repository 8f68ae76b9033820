"""Network figures per wijk and for the area: the Excel sheet "Netwerkcijfers" and the council
report call :func:`network_figures`.

Per wijk (and for the area, with every plek):

- ``ties``: relaties in which a plek of the wijk takes part (with plekken and partners; a tie
  between two wijken counts in both, in the area once), of which ``ties_within`` between two
  plekken of the wijk, ``ties_across`` with a plek in another wijk, ``ties_partner`` with a
  partner organisation; ``memberships``: netwerklidmaatschappen of its plekken;
- ``density``: pairs of the wijk's plekken with a tie / all pairs (0 … 1);
- ``components``: groups of plekken connected by ties among themselves (a plek without ties is
  a group of its own), ``isolated``: plekken without a tie to any other plek;
- ``central``: the plekken with the highest betweenness in the area's network (bridges);
- ``new_ties`` / ``lost_ties``: pairs (plek–plek or plek–partner) tied in this meetmoment and
  not in the previous one, and the other way round — ``None`` until ties carry meetmomenten.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from nulmeting.domain import reference
from nulmeting.network.data import NetTie, NetworkData, read_network
from nulmeting.network.graph import NetworkModel, partner_node, place_node, select
from nulmeting.store.store import Store

TOP = 3  # central plekken named per wijk
AREA = "Gebied (totaal)"
NO_DISTRICT = "(geen wijk)"


@dataclass
class FigureRow:
    name: str  # wijk name, or AREA
    code: str | None  # wijk code (None for the area, "" for plekken without a wijk)
    places: int = 0
    ties: int = 0
    ties_within: int = 0
    ties_across: int = 0
    ties_partner: int = 0
    memberships: int = 0
    density: float | None = None
    components: int = 0
    isolated: int = 0
    central: list[tuple[str, float]] = field(default_factory=list)  # (plek name, betweenness)
    new_ties: int | None = None
    lost_ties: int | None = None

    @property
    def central_text(self) -> str:
        return "; ".join(name for name, _ in self.central)


@dataclass
class NetworkFigures:
    round: str  # meetmoment ("" = all ties)
    previous_round: str | None  # the meetmoment the growth is compared with
    districts: list[FigureRow]
    area: FigureRow


def _pair(t: NetTie) -> frozenset[str]:
    other = place_node(t.other_place_id) if t.other_place_id else partner_node(t.partner or "")
    return frozenset((place_node(t.place_id), other))


def _components(places: set[str], edges: set[frozenset[str]]) -> int:
    parent = {p: p for p in places}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for e in edges:
        a, b = tuple(e)
        parent[find(a)] = find(b)
    return len({find(p) for p in places})


def _row(
    name: str,
    code: str | None,
    members: set[str],
    model: NetworkModel,
    pairs_now: set[frozenset[str]] | None,
    pairs_before: set[frozenset[str]] | None,
) -> FigureRow:
    data = model.data
    row = FigureRow(name, code, places=len(members))
    nodes = {place_node(p) for p in members}
    within: set[frozenset[str]] = set()
    tied: set[str] = set()
    for t in data.ties:
        a_in = t.place_id in members
        b_in = t.other_place_id in members if t.other_place_id else False
        if not (a_in or b_in):
            continue
        row.ties += 1
        if t.other_place_id is None:
            row.ties_partner += 1
            continue
        tied.update((t.place_id, t.other_place_id))
        if a_in and b_in:
            row.ties_within += 1
            within.add(frozenset((t.place_id, t.other_place_id)))
        else:
            row.ties_across += 1
    row.memberships = sum(1 for m in data.memberships if m.place_id in members)
    n = len(members)
    row.density = 2 * len(within) / (n * (n - 1)) if n > 1 else None
    row.components = _components(set(members), within)
    row.isolated = len(members - tied)
    ranked = sorted(
        (
            (model.figures[p].betweenness, data.places[p[5:]].name)
            for p in nodes
            if p in model.figures and model.figures[p].betweenness > 0
        ),
        key=lambda x: (-x[0], x[1]),
    )
    row.central = [(name, b) for b, name in ranked[:TOP]]
    if pairs_now is not None and pairs_before is not None:
        row.new_ties = sum(1 for pair in pairs_now - pairs_before if pair & nodes)
        row.lost_ties = sum(1 for pair in pairs_before - pairs_now if pair & nodes)
    return row


def figures_of(
    data: NetworkData, round_name: str | None = None, model: NetworkModel | None = None
) -> NetworkFigures:
    """The figures of one meetmoment (default: the current one when ties carry meetmomenten)."""
    model = model or NetworkModel(data, round_name)
    rnd = model.round
    previous = None
    pairs_now = pairs_before = None
    if data.dated and rnd in data.rounds and data.rounds.index(rnd) > 0:
        previous = data.rounds[data.rounds.index(rnd) - 1]
        pairs_now = {_pair(t) for t in model.data.ties}
        pairs_before = {_pair(t) for t in select(data, previous).ties}
    by_district: dict[str, set[str]] = {}
    for p in model.data.places.values():
        by_district.setdefault(p.district, set()).add(p.id)
    order = {code: d.position for code, d in reference.districts().items()}
    rows = [
        _row(
            reference.district_name(code) if code else NO_DISTRICT,
            code,
            members,
            model,
            pairs_now,
            pairs_before,
        )
        for code, members in sorted(
            by_district.items(), key=lambda kv: (kv[0] == "", order.get(kv[0], 999), kv[0])
        )
    ]
    area = _row(AREA, None, set(model.data.places), model, pairs_now, pairs_before)
    return NetworkFigures(rnd, previous, rows, area)


def network_figures(store: Store, round_name: str | None = None) -> NetworkFigures:
    """Network figures per wijk and for the area, read from ``store`` (for the Excel overview
    and the council report). ``round_name``: a meetmoment; ``None``: the default
    (:func:`nulmeting.network.graph.default_round`); ``""``: every tie."""
    return figures_of(read_network(store), round_name)
