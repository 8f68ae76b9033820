"""The network picture, decided here and painted by the GUI package (``ui/network``).

:func:`draw` lays the graph out and says what to draw where: plekken as circles coloured by wijk,
networks as square hubs, partner organisations as grey diamonds; node size by degree, line width
by the tie's strength (memberships thin and dashed); names for the networks and for the plekken
with the highest betweenness; a title, a subtitle with the counts, and a legend.

The layout is a Fruchterman–Reingold force layout in pure Python (NetworkX's own needs numpy, and
scipy above 500 nodes: ~42 MB and ~100 MB more in the bundle) with each plek also pulled towards
the centre of its wijk, so the wijken show as regions; seeded, so every run gives the same
picture.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from nulmeting.domain import reference
from nulmeting.network.data import NETWORK, PARTNER, PLACE
from nulmeting.network.files import area_graph
from nulmeting.network.graph import NetworkModel, simple_graph

if TYPE_CHECKING:
    import networkx as nx

SEED = 1953  # the layout's seed: the same picture on every run
WIDTH, HEIGHT = 1600, 1130  # canvas (px at 100 %): the map on the left, the legend on the right
LEGEND_WIDTH = 300
TOP = 86  # title and subtitle above the map
MARGIN = 36

#: wijk colours (Tableau 10, distinguishable and printable), in the order of the wijken
PALETTE = (
    "#4E79A7",
    "#F28E2B",
    "#E15759",
    "#76B7B2",
    "#59A14F",
    "#EDC948",
    "#B07AA1",
    "#FF9DA7",
    "#9C755F",
    "#1F9E89",
    "#7F3C8D",
    "#D4A017",
)
NO_DISTRICT_COLOUR = "#BAB0AC"
NETWORK_COLOUR = "#2C3E50"
PARTNER_COLOUR = "#8C96A0"
TIE_COLOUR = "#4A5560"
MEMBERSHIP_WEIGHT = 0.35  # a membership pulls less than a tie, so wijken stay apart


@dataclass(frozen=True)
class DrawNode:
    key: str  # graph node (plek:<id>, netwerk:<code>, partner:<name>)
    kind: str  # plek · netwerk · partner
    label: str
    x: float
    y: float
    size: float  # diameter in px
    colour: str
    show_label: bool
    rank: int  # label priority (0 = most central)
    tooltip: str

    @property
    def place_id(self) -> str | None:
        return self.key[len(PLACE) + 1 :] if self.kind == PLACE else None


@dataclass(frozen=True)
class DrawEdge:
    x1: float
    y1: float
    x2: float
    y2: float
    width: float
    colour: str
    opacity: float
    dashed: bool  # a membership of a network


@dataclass(frozen=True)
class LegendItem:
    kind: str  # heading · plek · netwerk · partner · line · dashed
    label: str
    colour: str = ""
    size: float = 0.0  # diameter, or line width


@dataclass(frozen=True)
class PictureFacts:
    """What the title, subtitle and footnote say, as facts: the window words them in its own
    language (``ui/network/words.py``); the picture's own texts are Dutch, as the exports."""

    where: str  # the gebied's or wijk's name ("" for none)
    round: str  # the meetmoment shown, "" for all of them
    places: int  # plekken (of the wijk, when one is shown)
    elsewhere: int | None  # plekken of other wijken tied to them; None for the whole area
    ties: int
    networks: int
    partners: int
    named: int  # plekken named on the map
    day: str  # dd-mm-yyyy
    wrap: bool  # the footnote on two lines


@dataclass
class Picture:
    width: int
    height: int
    title: str
    subtitle: str
    footnote: str
    nodes: list[DrawNode] = field(default_factory=list)
    edges: list[DrawEdge] = field(default_factory=list)
    legend: list[LegendItem] = field(default_factory=list)
    map_box: tuple[float, float, float, float] = (0, 0, 0, 0)  # x, y, w, h
    facts: PictureFacts | None = None


def layout(
    g: nx.Graph,
    group: dict[str, str],
    *,
    seed: int = SEED,
    iterations: int | None = None,
    focus: str | None = None,
) -> dict[str, tuple[float, float]]:
    """Positions in about [-1, 1]² for every node. ``group``: plek node → its wijk; plekken of a
    wijk start around and are pulled towards the wijk's point on a circle. ``focus``: the wijk
    in the middle (the map of one wijk), the others around it.

    Pure Python (numpy would add ~42 MB to the bundle): Fruchterman and Reingold's grid variant,
    where nodes repel only within 2k of each other (a spatial hash makes a step about linear);
    the pulls towards the wijk points give the picture its large-scale shape.
    """
    nodes = sorted(g.nodes)
    n = len(nodes)
    if n == 0:
        return {}
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    index = {v: i for i, v in enumerate(nodes)}
    rng = random.Random(seed)
    groups = list(dict.fromkeys(group[v] for v in nodes if v in group))
    around = [gr for gr in groups if gr != focus]
    ring = (0.62 if focus is None else 0.95) if len(around) > 1 else 0.0
    centres = {
        gr: (
            ring * math.cos(2 * math.pi * i / len(around) - math.pi / 2),
            ring * math.sin(2 * math.pi * i / len(around) - math.pi / 2),
        )
        for i, gr in enumerate(around)
    }
    if focus in groups:
        centres[focus] = (0.0, 0.0)
    hubs = [v for v in nodes if v not in group and g.nodes[v].get("soort") == NETWORK]
    others = [v for v in nodes if v not in group and v not in hubs]
    xs, ys = [0.0] * n, [0.0] * n
    ax, ay, pull = [0.0] * n, [0.0] * n, [0.0] * n
    for v, i in index.items():
        if v in group:
            ax[i], ay[i] = centres[group[v]]
            xs[i], ys[i] = ax[i] + rng.gauss(0, 0.15), ay[i] + rng.gauss(0, 0.15)
            pull[i] = 0.25 if group[v] == focus else 1.0  # the wijk in focus spreads out
        else:  # networks on an inner ring, partners on a smaller one: hubs apart
            on = hubs if v in hubs else others
            angle = 2 * math.pi * on.index(v) / len(on) + (0.3 if v in hubs else 0.0)
            radius = (0.42 if focus is None else 0.62) if v in hubs else 0.15
            ax[i], ay[i] = radius * math.cos(angle), radius * math.sin(angle)
            xs[i], ys[i] = ax[i], ay[i]
            pull[i] = 0.6
    edges = [
        (
            index[u],
            index[v],
            float(d.get("weight") or 1.0)
            * (
                MEMBERSHIP_WEIGHT
                if NETWORK in (g.nodes[u].get("soort"), g.nodes[v].get("soort"))
                else 1.0
            )
            / 4,
        )
        for u, v, d in g.edges(data=True)
    ]
    k = 1.6 / math.sqrt(n)
    k2, cell = k * k, 2 * k
    reach2 = cell * cell
    gravity = 2.5 / k
    steps = iterations or (150 if n <= 200 else 100 if n <= 1000 else 60)
    temperature = 0.12
    cool = temperature / (steps + 1)
    for _ in range(steps):
        fx, fy = [0.0] * n, [0.0] * n
        grid: dict[tuple[int, int], list[int]] = {}
        for i in range(n):
            grid.setdefault((int(xs[i] // cell), int(ys[i] // cell)), []).append(i)
        for (cx, cy), members in grid.items():
            near = [
                j
                for ox in (-1, 0, 1)
                for oy in (-1, 0, 1)
                for j in grid.get((cx + ox, cy + oy), ())
            ]
            for i in members:
                xi, yi = xs[i], ys[i]
                sx = sy = 0.0
                for j in near:
                    ddx, ddy = xi - xs[j], yi - ys[j]
                    d2 = ddx * ddx + ddy * ddy
                    if d2 < reach2 and j != i:
                        if d2 < 1e-12:  # on top of each other: push apart along the index
                            ddx, ddy, d2 = (1e-6 if i > j else -1e-6), 0.0, 1e-12
                        f = k2 / d2
                        sx += ddx * f
                        sy += ddy * f
                fx[i] += sx
                fy[i] += sy
        for i, j, w in edges:
            ddx, ddy = xs[i] - xs[j], ys[i] - ys[j]
            f = math.sqrt(ddx * ddx + ddy * ddy) * w / k
            fx[i] -= ddx * f
            fy[i] -= ddy * f
            fx[j] += ddx * f
            fy[j] += ddy * f
        for i in range(n):
            gx = fx[i] + (ax[i] - xs[i]) * pull[i] * gravity
            gy = fy[i] + (ay[i] - ys[i]) * pull[i] * gravity
            length = math.sqrt(gx * gx + gy * gy)
            if length > 1e-12:
                step = min(length, temperature) / length
                xs[i] += gx * step
                ys[i] += gy * step
        temperature -= cool
    return {v: (xs[i], ys[i]) for v, i in index.items()}


def district_colours(codes: list[str]) -> dict[str, str]:
    """A colour per wijk code (in the reference order of the wijken; "" = no wijk)."""
    order = {code: d.position for code, d in reference.districts().items()}
    known = sorted((c for c in set(codes) if c), key=lambda c: (order.get(c, 999), c))
    colours = {c: PALETTE[i % len(PALETTE)] for i, c in enumerate(known)}
    colours[""] = NO_DISTRICT_COLOUR
    return colours


def _scale(n: int) -> float:
    """Shrink marks as the map fills: 1.0 up to 80 nodes, 0.55 from 600."""
    return max(0.55, min(1.0, 1.0 - 0.45 * (n - 80) / 520))


def draw(
    model: NetworkModel,
    *,
    district: str | None = None,
    area_name: str = "",
    today: dt.date | None = None,
    labels: int | None = None,
    width: int = WIDTH,
    height: int = HEIGHT,
) -> Picture:
    """The picture of the model's network (or the part of one wijk)."""
    multi = area_graph(model, district)
    g = simple_graph(multi)
    attrs = g.nodes
    places = [v for v in g if attrs[v]["soort"] == PLACE]
    colours = district_colours([attrs[v]["wijkcode"] for v in places])
    group = {v: attrs[v]["wijkcode"] for v in places}
    pos = layout(g, group, focus=district)
    n = len(g)
    s = _scale(n)

    box_x, box_y = MARGIN, TOP
    box_w, box_h = width - LEGEND_WIDTH - 2 * MARGIN, height - TOP - MARGIN - 30
    xs = [p[0] for p in pos.values()] or [0.0]
    ys = [p[1] for p in pos.values()] or [0.0]
    span = max(max(xs) - min(xs), max(ys) - min(ys), 1e-6)
    fit = min(box_w, box_h) / span * 0.94
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2

    def at(v: str) -> tuple[float, float]:
        x, y = pos[v]
        return box_x + box_w / 2 + (x - cx) * fit, box_y + box_h / 2 + (y - cy) * fit

    figures = model.figures
    n_labels = labels if labels is not None else (10 if len(places) <= 100 else 15)
    central = sorted(
        places,
        key=lambda v: (
            district is not None and attrs[v]["wijkcode"] != district,  # a wijk's own first
            -figures[v].betweenness if v in figures else 0,
            attrs[v]["label"],
        ),
    )
    place_rank = {v: i for i, v in enumerate(central)}
    partners = sorted(
        (v for v in g if attrs[v]["soort"] == PARTNER),
        key=lambda v: (-g.degree(v), attrs[v]["label"]),
    )
    partner_rank = {v: i for i, v in enumerate(partners)}

    pic = Picture(width, height, "", "", "", map_box=(box_x, box_y, box_w, box_h))
    for u, v, d in g.edges(data=True):
        (x1, y1), (x2, y2) = at(u), at(v)
        membership = NETWORK in (attrs[u]["soort"], attrs[v]["soort"])
        if membership:
            pic.edges.append(
                DrawEdge(x1, y1, x2, y2, 0.8 * s, NETWORK_COLOUR, 0.30 if n <= 150 else 0.16, True)
            )
        else:
            strength = d.get("weight") or 1.0
            pic.edges.append(
                DrawEdge(
                    x1,
                    y1,
                    x2,
                    y2,
                    (0.5 + 0.75 * strength) * s,
                    TIE_COLOUR,
                    0.45 if n <= 150 else 0.28,
                    False,
                )
            )
    for v in sorted(g, key=lambda v: ({NETWORK: 0, PARTNER: 1}.get(attrs[v]["soort"], 2), v)):
        a = attrs[v]
        kind, deg = a["soort"], g.degree(v)
        x, y = at(v)
        m = figures.get(v)
        between = f"; brugfunctie (betweenness) {m.betweenness:.3f}" if m else ""
        if kind == PLACE:
            outside = district is not None and a["wijkcode"] != district
            size = (7 + 3.2 * math.sqrt(deg)) * s * (0.75 if outside else 1.0)
            colour = colours.get(a["wijkcode"], NO_DISTRICT_COLOUR)
            rank = place_rank[v]
            show = rank < n_labels and bool(m and m.betweenness > 0) and not outside
            spot = model.position(v[len(PLACE) + 1 :])
            tip = f"{a['label']} ({a['wijk']}): " + (
                spot.sentence() if spot else f"{deg} verbindingen{between}"
            )
        elif kind == NETWORK:
            size = min(12 + 2.6 * math.sqrt(deg), 34) * max(s, 0.75)  # big stores: hubs apart
            colour, rank, show = NETWORK_COLOUR, -1, True
            tip = f"Netwerk {a['label']}: {deg} leden"
        else:
            size = (8 + 2.4 * math.sqrt(deg)) * s
            colour, rank = PARTNER_COLOUR, 1000 + partner_rank[v]
            show = partner_rank[v] < 4 and deg > 1
            tip = f"Partner {a['label']}: {deg} relaties"
        pic.nodes.append(DrawNode(v, kind, str(a["label"]), x, y, size, colour, show, rank, tip))

    n_ties = sum(1 for _u, _v, d in multi.edges(data=True) if d["soort"] == "relatie")
    n_networks = sum(1 for v in g if attrs[v]["soort"] == NETWORK)
    where = reference.district_name(district) if district else area_name
    own = sum(1 for v in places if attrs[v]["wijkcode"] == district)
    pic.title = "Netwerk van de sociale basis" + (f" · {where}" if where else "")
    rounds = model.data.rounds
    counted = (
        f"{len(places)} plekken"
        if district is None
        else f"{own} plekken (en {len(places) - own} elders waarmee ze verbonden zijn)"
    )
    round_name = model.round or model.data.current_round or (rounds[0] if len(rounds) == 1 else "")
    parts = [
        round_name or "alle meetmomenten",
        counted,
        f"{n_ties} relaties",
        f"{n_networks} netwerken",
        f"{len(partners)} partners",
    ]
    pic.subtitle = " · ".join(parts)
    when = (today or dt.date.today()).strftime("%d-%m-%Y")
    pic.footnote = (
        "Grootte: aantal verbindingen. Dikte: sterkte van de relatie (1–4). "
        + ("\n" if width < 1400 else "")
        + f"Namen: de netwerken en de {n_labels} plekken met de sterkste "
        f"brugfunctie. Zonder persoonsgegevens. Nulmeting, {when}."
    )
    pic.facts = PictureFacts(
        where=where,
        round=round_name,
        places=len(places) if district is None else own,
        elsewhere=None if district is None else len(places) - own,
        ties=n_ties,
        networks=n_networks,
        partners=len(partners),
        named=n_labels,
        day=when,
        wrap=width < 1400,
    )
    pic.legend.append(LegendItem("heading", "Wijk"))
    for code, colour in colours.items():
        if code or any(not attrs[v]["wijkcode"] for v in places):
            if code == "" and not any(not attrs[v]["wijkcode"] for v in places):
                continue
            pic.legend.append(
                LegendItem(
                    PLACE, reference.district_name(code) if code else "(geen wijk)", colour, 14
                )
            )
    pic.legend += [
        LegendItem("heading", "Soort"),
        LegendItem(PLACE, "plek (grootte: aantal verbindingen)", "#FFFFFF", 14),
        LegendItem(NETWORK, "netwerk van de coalitie", NETWORK_COLOUR, 14),
        LegendItem(PARTNER, "partnerorganisatie", PARTNER_COLOUR, 12),
        LegendItem("heading", "Relatie"),
        *[
            LegendItem(
                "line",
                f"sterkte {k}" + {1: " (kent elkaar)", 4: " (structureel)"}.get(k, ""),
                TIE_COLOUR,
                0.5 + 0.75 * k,
            )
            for k in (1, 2, 3, 4)
        ],
        LegendItem("dashed", "lid van een netwerk", NETWORK_COLOUR, 1.0),
    ]
    return pic
