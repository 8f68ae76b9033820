"""The network as a NetworkX graph, and the figures of each node.

Nodes: ``plek:<id>``, ``netwerk:<code>`` and ``partner:<folded name>`` (contacts are never nodes).
:func:`build_multigraph` keeps every tie and membership as its own edge (key = its record id),
for the GraphML and GEXF files; :func:`simple_graph` folds parallel edges into one (the
strongest) for the metrics:

- **degree**: the number of different nodes a node is connected with;
- **betweenness** (normalised, unweighted): the share of shortest paths between other nodes that
  run through it — the "bridges" between groups that would otherwise be apart. Exact up to
  :data:`EXACT_BETWEENNESS_NODES` nodes; above that estimated from a seeded sample of sources,
  as many as keep the work near :data:`BETWEENNESS_BUDGET` edge visits (at least
  :data:`MIN_SOURCES`): exact betweenness of 2,000 plekken took 50 s here, the Excel export
  must not wait for that. The highest values — the bridges the figures name — settle first;
- **component**: the connected group a node belongs to, numbered from 1 (the largest).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from nulmeting.domain import reference
from nulmeting.network.data import NETWORK, PARTNER, PLACE, NetworkData, partner_key

if TYPE_CHECKING:
    import networkx as nx

EXACT_BETWEENNESS_NODES = 800
BETWEENNESS_BUDGET = 1_500_000  # sources × (nodes + edges): ~2–4 s here
MIN_SOURCES = 100
SEED = 20231201

#: Brugfunctie of a plek from its betweenness, by its rank among the area's plekken:
#: "hoog" in the top 10 %, "middel" in the top 40 %, otherwise "laag"; "geen" when no shortest
#: path between other nodes runs through it.
BRIDGE_LEVELS = (("hoog", 0.10), ("middel", 0.40))


def place_node(place_id: str) -> str:
    return f"{PLACE}:{place_id}"


def network_node(code: str) -> str:
    return f"{NETWORK}:{code}"


def partner_node(name: str) -> str:
    return f"{PARTNER}:{partner_key(name)}"


def select(data: NetworkData, round_name: str | None) -> NetworkData:
    """The ties and memberships of one meetmoment (those without a meetmoment count for all);
    ``None`` or ``""``: all of them."""
    if not round_name:
        return data
    return NetworkData(
        data.places,
        [m for m in data.memberships if m.round in ("", round_name)],
        [t for t in data.ties if t.round in ("", round_name)],
        data.rounds,
        data.round_dates,
        data.current_round,
    )


def default_round(data: NetworkData) -> str:
    """The meetmoment a map shows by default: the current one when ties carry meetmomenten,
    otherwise all ties ("")."""
    return data.current_round if data.dated and data.current_round in data.rounds else ""


def build_multigraph(data: NetworkData, *, district: str | None = None) -> nx.MultiGraph:
    """Every tie and membership an edge (key and ``id`` = its record id). ``district``: only the
    plekken of that wijk, with the networks, partners and plekken they are tied to."""
    import networkx as nx

    g: nx.MultiGraph = nx.MultiGraph()

    def keep(place_id: str) -> bool:
        return district is None or data.places[place_id].district == district

    def add_place(place_id: str) -> str:
        node = place_node(place_id)
        if node not in g:
            p = data.places[place_id]
            g.add_node(
                node,
                label=p.name,
                soort=PLACE,
                wijk=p.district_name or "(geen wijk)",
                wijkcode=p.district,
                plektype="; ".join(reference.option_name("plektype", t) or t for t in p.types),
            )
        return node

    for place_id in data.places:
        if keep(place_id):
            add_place(place_id)
    for m in data.memberships:
        if not keep(m.place_id):
            continue
        hub = network_node(m.network)
        if hub not in g:
            g.add_node(
                hub,
                label=reference.option_name("netwerk", m.network) or m.network,
                soort=NETWORK,
                wijk="",
                wijkcode="",
                plektype="",
            )
        g.add_edge(
            place_node(m.place_id),
            hub,
            key=m.id,
            id=m.id,
            soort="lidmaatschap",
            rol=reference.option_name("netwerkrol", m.role) if m.role else "",
            relatietype="",
            sterkte=0,
            weight=1.0,
            meetmoment=m.round,
        )
    for t in data.ties:
        ends = [t.place_id] + ([t.other_place_id] if t.other_place_id else [])
        if not any(keep(p) for p in ends):
            continue
        for p in ends:
            add_place(p)
        if t.other_place_id:
            other = place_node(t.other_place_id)
        else:
            other = partner_node(t.partner or "")
            if other not in g:
                g.add_node(other, label=t.partner, soort=PARTNER, wijk="", wijkcode="", plektype="")
        g.add_edge(
            place_node(t.place_id),
            other,
            key=t.id,
            id=t.id,
            soort="relatie",
            rol="",
            relatietype=reference.option_name("relatietype", t.kind) or t.kind,
            sterkte=t.strength or 0,
            weight=float(t.strength or 1),
            meetmoment=t.round,
            vastgelegd_door=place_node(t.place_id),
        )
    return g


def simple_graph(multi: nx.MultiGraph) -> nx.Graph:
    """Parallel edges folded into one; its ``weight`` is the strongest of them."""
    import networkx as nx

    g: nx.Graph = nx.Graph()
    g.add_nodes_from(multi.nodes(data=True))
    for u, v, d in multi.edges(data=True):
        if u == v:
            continue
        w = float(d.get("weight") or 1.0)
        if g.has_edge(u, v):
            g[u][v]["weight"] = max(g[u][v]["weight"], w)
            g[u][v]["count"] += 1
        else:
            g.add_edge(u, v, weight=w, count=1)
    return g


@dataclass(frozen=True)
class NodeMetrics:
    degree: int
    betweenness: float
    component: int  # 1 = the largest group


def metrics(g: nx.Graph) -> dict[str, NodeMetrics]:
    """Degree, betweenness and component of every node of a simple graph."""
    import networkx as nx

    if len(g) > EXACT_BETWEENNESS_NODES:
        sources = max(MIN_SOURCES, BETWEENNESS_BUDGET // (len(g) + g.number_of_edges()))
        between = nx.betweenness_centrality(g, k=min(sources, len(g)), seed=SEED)
    else:
        between = nx.betweenness_centrality(g)
    components = sorted(nx.connected_components(g), key=lambda c: (-len(c), min(c)))
    component = {n: i for i, nodes in enumerate(components, start=1) for n in nodes}
    return {n: NodeMetrics(int(g.degree(n)), float(between[n]), component[n]) for n in g}


def annotate(multi: nx.MultiGraph, figures: dict[str, NodeMetrics]) -> None:
    """Write each node's figures onto it (``graad``, ``tussenpositie``, ``component``)."""
    for n, m in figures.items():
        if n in multi:
            multi.nodes[n].update(
                graad=m.degree, tussenpositie=round(m.betweenness, 6), component=m.component
            )


def bridge_levels(figures: dict[str, NodeMetrics], nodes: Iterable[str]) -> dict[str, str]:
    """Brugfunctie (:data:`BRIDGE_LEVELS`) of ``nodes`` (plekken), ranked among themselves."""
    nodes = list(nodes)
    ranked = sorted(nodes, key=lambda n: -figures[n].betweenness)
    level: dict[str, str] = {}
    for rank, n in enumerate(ranked):
        if figures[n].betweenness <= 0:
            level[n] = "geen"
            continue
        share = rank / max(len(ranked), 1)
        level[n] = next((name for name, top in BRIDGE_LEVELS if share < top), "laag")
    return level


@dataclass(frozen=True)
class Position:
    """One plek's place in the network, as the form says it."""

    places: int
    networks: int
    partners: int
    bridge: str  # hoog · middel · laag · geen
    betweenness: float
    component_size: int  # plekken in its group, itself included

    def sentence(self) -> str:
        def n(count: int, one: str, many: str) -> str:
            return f"{count} {one if count == 1 else many}"

        parts = [n(self.places, "plek", "plekken"), n(self.networks, "netwerk", "netwerken")]
        if self.partners:
            parts.append(n(self.partners, "partner", "partners"))
        linked = ", ".join(parts[:-1]) + f" en {parts[-1]}" if len(parts) > 2 else ", ".join(parts)
        return f"verbonden met {linked}; brugfunctie: {self.bridge}"


class NetworkModel:
    """The graph of one meetmoment with its figures, computed once."""

    def __init__(self, data: NetworkData, round_name: str | None = None) -> None:
        self.round = default_round(data) if round_name is None else round_name
        self.data = select(data, self.round)
        self.multi = build_multigraph(self.data)
        self.graph = simple_graph(self.multi)
        self.figures = metrics(self.graph)
        annotate(self.multi, self.figures)
        places = [place_node(p) for p in self.data.places]
        self.bridge = bridge_levels(self.figures, places)
        self._component_places = Counter(
            self.figures[p].component for p in places if p in self.figures
        )

    def position(self, place_id: str) -> Position | None:
        node = place_node(place_id)
        if node not in self.graph:
            return None
        kinds = [self.graph.nodes[n]["soort"] for n in self.graph[node]]
        size = self._component_places[self.figures[node].component]
        return Position(
            kinds.count(PLACE),
            kinds.count(NETWORK),
            kinds.count(PARTNER),
            self.bridge.get(node, "geen"),
            self.figures[node].betweenness,
            size,
        )
