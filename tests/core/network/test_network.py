"""The network map's core: graph, metrics, figures per wijk, GraphML/GEXF (no Qt)."""

from __future__ import annotations

import datetime as dt
import sqlite3

import networkx as nx
import pytest

from nulmeting.exchange.demo import generate
from nulmeting.network.data import NetMembership, NetPlace, NetTie, NetworkData, read_network
from nulmeting.network.figures import figures_of, network_figures
from nulmeting.network.files import write_graph
from nulmeting.network.graph import NetworkModel, place_node
from nulmeting.network.picture import draw, layout


def _bridge_store(store):
    """Two triangles of plekken (A, B, C in Spangen; D, E, F in Middelland) joined only
    through the bridge plek X (Bospolder): C–X–D."""
    ids = {}
    for name, wijk in [
        ("A", "spangen"),
        ("B", "spangen"),
        ("C", "spangen"),
        ("X", "bospolder"),
        ("D", "middelland"),
        ("E", "middelland"),
        ("F", "middelland"),
    ]:
        ids[name] = store.create("place", {"name": f"Plek {name}", "district": wijk})
    for a, b, strength in [
        ("A", "B", 2),
        ("B", "C", 3),
        ("A", "C", 1),
        ("C", "X", 4),
        ("X", "D", 4),
        ("D", "E", 2),
        ("E", "F", 2),
        ("D", "F", 3),
    ]:
        store.create(
            "tie",
            {
                "place_id": ids[a],
                "other_place_id": ids[b],
                "kind": "samen-activiteit",
                "strength": strength,
            },
        )
    return ids


def test_bridge_plek_has_the_known_betweenness(store):
    ids = _bridge_store(store)
    model = NetworkModel(read_network(store))
    f = {name: model.figures[place_node(pid)] for name, pid in ids.items()}
    # 7 nodes, (7-1)(7-2)/2 = 15 pairs of other nodes. X lies on all 3×3 paths between the
    # triangles: 9/15. C on the paths from A and B to X, D, E, F: 2×4 = 8/15; A and B on none.
    assert f["X"].betweenness == pytest.approx(9 / 15)
    assert f["C"].betweenness == pytest.approx(8 / 15)
    assert f["D"].betweenness == pytest.approx(8 / 15)
    assert f["A"].betweenness == 0 and f["F"].betweenness == 0
    assert f["X"].degree == 2 and f["C"].degree == 3
    assert {m.component for m in f.values()} == {1}
    assert model.bridge[place_node(ids["X"])] == "hoog"
    assert model.bridge[place_node(ids["A"])] == "geen"
    pos = model.position(ids["X"])
    assert pos is not None
    assert pos.sentence() == "verbonden met 2 plekken, 0 netwerken; brugfunctie: hoog"


def test_figures_per_wijk_and_area(store):
    ids = _bridge_store(store)
    extra = store.create("place", {"name": "Plek Z", "district": "spangen"})  # no ties at all
    store.create(
        "membership", {"place_id": extra, "network": "delfshaven-helpt", "role": "trekker"}
    )
    store.create(
        "tie", {"place_id": ids["X"], "partner": "Woonstad", "kind": "delen-ruimte", "strength": 2}
    )
    figs = network_figures(store)
    rows = {r.name: r for r in figs.districts}
    spangen = rows["Spangen"]
    assert spangen.places == 4
    assert spangen.ties == 4  # A-B, B-C, A-C, C-X
    assert (spangen.ties_within, spangen.ties_across, spangen.ties_partner) == (3, 1, 0)
    assert (rows["Bospolder"].ties, rows["Bospolder"].ties_partner) == (3, 1)
    assert spangen.memberships == 1
    assert spangen.density == pytest.approx(3 / 6)  # 3 of the 4·3/2 pairs
    assert spangen.components == 2  # the triangle, and Z on its own
    assert spangen.isolated == 1
    assert spangen.central[0][0] == "Plek C"
    area = figs.area
    assert area.places == 8 and area.ties == 9 and area.ties_within == 8
    assert area.density == pytest.approx(8 / 28)
    assert area.components == 2
    # 10 nodes (8 plekken, Woonstad, Delfshaven Helpt): normalised by (10-1)(10-2)/2 = 36 pairs.
    # X: the 3×3 pairs between the triangles + Woonstad with the 6 plekken = 15; C: A and B
    # with X, D, E, F, Woonstad = 10; D likewise 10.
    assert area.central == [
        ("Plek X", pytest.approx(15 / 36)),
        ("Plek C", pytest.approx(10 / 36)),
        ("Plek D", pytest.approx(10 / 36)),
    ]
    assert spangen.new_ties is None  # ties carry no meetmoment yet


def _read_back(path):
    if path.suffix == ".graphml":
        return nx.read_graphml(path, force_multigraph=True)
    g = nx.read_gexf(path)
    return g


@pytest.mark.parametrize("suffix", [".graphml", ".gexf"])
def test_every_tie_and_membership_is_an_edge_read_back_by_networkx(store, tmp_path, suffix):
    generate(store, 40, seed=7)
    # a tie both ways and a partner typed twice differently: still every record its own edge
    a, b = list(read_network(store).places)[:2]
    store.create("tie", {"place_id": a, "other_place_id": b, "kind": "kennis", "strength": 3})
    store.create("tie", {"place_id": b, "other_place_id": a, "kind": "kennis", "strength": 2})
    store.create("tie", {"place_id": a, "partner": " woonstad ", "kind": "delen-ruimte"})
    out = write_graph(NetworkModel(read_network(store)), tmp_path / f"net{suffix}")
    g = _read_back(out)
    with sqlite3.connect(store.path) as conn:
        ties = {r[0] for r in conn.execute("SELECT id FROM tie WHERE NOT archived")}
        memberships = {r[0] for r in conn.execute("SELECT id FROM membership WHERE NOT archived")}
        places = {r[0] for r in conn.execute("SELECT id FROM place WHERE NOT archived")}
    edges = list(g.edges(data=True))
    ids = {d["id"] for _u, _v, d in edges}
    assert ids == ties | memberships
    assert len(edges) == len(ties) + len(memberships)
    by_id = {d["id"]: d for _u, _v, d in edges}
    with sqlite3.connect(store.path) as conn:
        for tid, strength in conn.execute("SELECT id, strength FROM tie WHERE NOT archived"):
            assert by_id[tid]["soort"] == "relatie"
            assert int(by_id[tid]["sterkte"]) == (strength or 0)
    assert {n for n in g if n.startswith("plek:")} == {f"plek:{p}" for p in places}
    for _n, attrs in g.nodes(data=True):
        assert attrs["soort"] in {"plek", "netwerk", "partner"}
        assert "graad" in attrs and "tussenpositie" in attrs and "component" in attrs
    woonstad = [n for n in g if n.startswith("partner:") and "woonstad" in n]
    assert len(woonstad) == 1  # 'Woonstad' and ' woonstad ' are one partner


def test_no_contact_data_in_any_file(store, tmp_path):
    pid = store.create("place", {"name": "Huiskamer Oost", "district": "spangen"})
    other = store.create("place", {"name": "Tuin West", "district": "spangen"})
    store.create(
        "contact",
        {
            "place_id": pid,
            "name": "Marieke Jansen",
            "role": "voorzitter",
            "email": "marieke@example.org",
            "phone": "0612345678",
            "consent_date": dt.date(2025, 12, 1),
            "consent_purposes": ["meting"],
        },
    )
    store.create(
        "tie",
        {
            "place_id": pid,
            "other_place_id": other,
            "kind": "kennis",
            "strength": 2,
            "notes": "Marieke belt Jan",
        },
    )
    model = NetworkModel(read_network(store))
    for suffix in (".graphml", ".gexf"):
        text = write_graph(model, tmp_path / f"n{suffix}").read_text(encoding="utf-8")
        assert "Huiskamer Oost" in text
        for secret in ("Marieke", "Jansen", "example.org", "0612345678", "voorzitter", "Jan"):
            assert secret not in text
    pic = draw(model)
    words = " ".join(
        [pic.title, pic.subtitle, pic.footnote] + [n.label + n.tooltip for n in pic.nodes]
    )
    assert "Marieke" not in words and "Huiskamer Oost" in words


def _dated_data():
    """Two meetmomenten: in the second, A–B stays, A–C is lost, B–C and B–Woonstad are new."""
    places = {
        p: NetPlace(p, f"Plek {p}", "spangen" if p != "C" else "middelland", ()) for p in "ABC"
    }
    r1, r2 = "Nulmeting 2025-2026", "Vervolgmeting 2026-2027"
    ties = [
        NetTie("t1", "A", "B", None, "kennis", 2, r1),
        NetTie("t2", "A", "C", None, "kennis", 1, r1),
        NetTie("t3", "A", "B", None, "kennis", 3, r2),
        NetTie("t4", "B", "C", None, "kennis", 2, r2),
        NetTie("t5", "B", None, "Woonstad", "delen-ruimte", 2, r2),
    ]
    memberships = [NetMembership("m1", "A", "delfshaven-helpt", "lid", r2)]
    return NetworkData(
        places,
        memberships,
        ties,
        [r1, r2],
        {r1: dt.date(2025, 12, 1), r2: dt.date(2026, 12, 1)},
        r2,
    )


def test_new_and_lost_ties_once_ties_carry_meetmomenten():
    data = _dated_data()
    figs = figures_of(data)
    assert figs.round == "Vervolgmeting 2026-2027"
    assert figs.previous_round == "Nulmeting 2025-2026"
    rows = {r.name: r for r in figs.districts}
    assert (rows["Spangen"].new_ties, rows["Spangen"].lost_ties) == (2, 1)
    assert (rows["Middelland"].new_ties, rows["Middelland"].lost_ties) == (1, 1)
    assert (figs.area.new_ties, figs.area.lost_ties) == (2, 1)
    first = figures_of(data, "Nulmeting 2025-2026")
    assert first.previous_round is None and first.area.ties == 2


def test_gexf_of_all_meetmomenten_has_spells(tmp_path):
    out = write_graph(NetworkModel(_dated_data(), ""), tmp_path / "groei.gexf")
    text = out.read_text(encoding="utf-8")
    assert 'mode="dynamic"' in text and 'timeformat="date"' in text
    g = nx.read_gexf(out)

    def open_ended(spells):  # NetworkX reads a spell without an end as the text 'None'
        return [(a, None if b == "None" else b) for a, b in spells or []]

    spells = {d["id"]: open_ended(d.get("spells")) for _u, _v, d in g.edges(data=True)}
    assert spells["t1"] == [("2025-12-01", "2026-11-30")]
    assert spells["t3"] == [("2026-12-01", None)]
    assert open_ended(g.nodes["plek:C"]["spells"]) == [("2025-12-01", None)]
    assert open_ended(g.nodes["netwerk:delfshaven-helpt"]["spells"]) == [("2026-12-01", None)]
    # one meetmoment: a static file with only its ties
    static = write_graph(
        NetworkModel(_dated_data(), "Vervolgmeting 2026-2027"), tmp_path / "v.gexf"
    )
    g2 = nx.read_gexf(static)
    assert {d["id"] for *_e, d in g2.edges(data=True)} == {"t3", "t4", "t5", "m1"}
    assert 'mode="static"' in static.read_text(encoding="utf-8")


def test_layout_is_seeded_and_separates_wijken(store):
    generate(store, 60, seed=3)
    model = NetworkModel(read_network(store))
    one, two = draw(model), draw(model)
    assert [(n.key, n.x, n.y) for n in one.nodes] == [(n.key, n.x, n.y) for n in two.nodes]
    xs = [n.x for n in one.nodes]
    assert min(xs) >= one.map_box[0] - 1 and max(xs) <= one.map_box[0] + one.map_box[2] + 1
    # plekken lie nearer to their own wijk's centre than to the others'
    by_wijk: dict[str, list[tuple[float, float]]] = {}
    attrs = model.graph.nodes
    for n in one.nodes:
        if n.kind == "plek":
            by_wijk.setdefault(attrs[n.key]["wijkcode"], []).append((n.x, n.y))
    centres = {
        w: (sum(p[0] for p in ps) / len(ps), sum(p[1] for p in ps) / len(ps))
        for w, ps in by_wijk.items()
    }
    nearest_own = sum(
        1
        for w, ps in by_wijk.items()
        for p in ps
        if min(centres, key=lambda c: (p[0] - centres[c][0]) ** 2 + (p[1] - centres[c][1]) ** 2)
        == w
    )
    assert nearest_own / sum(len(ps) for ps in by_wijk.values()) > 0.7
    labelled = [n for n in one.nodes if n.show_label and n.kind == "plek"]
    assert 0 < len(labelled) <= 10


def test_layout_of_tiny_graphs():
    g = nx.Graph()
    assert layout(g, {}) == {}
    g.add_node("plek:a", soort="plek")
    assert layout(g, {"plek:a": ""}) == {"plek:a": (0.0, 0.0)}


def test_workbook_sheet_netwerkcijfers_matches_the_figures(store, tmp_path):
    import openpyxl

    from nulmeting.exchange import export

    ids = _bridge_store(store)
    assert ids
    wb = openpyxl.load_workbook(export.write_overview(store, tmp_path / "o.xlsx"))
    rows = list(wb["Netwerkcijfers"].iter_rows(values_only=True))
    header, body = rows[0], rows[1:]
    assert header[:3] == ("Wijk", "Plekken", "Relaties")
    by_name = {r[0]: dict(zip(header, r, strict=True)) for r in body}
    assert [r[0] for r in body] == ["Bospolder", "Spangen", "Middelland", "Gebied (totaal)"]
    spangen = by_name["Spangen"]
    assert (spangen["Plekken"], spangen["Relaties"], spangen["Relaties binnen de wijk"]) == (
        3,
        4,
        3,
    )
    assert spangen["Dichtheid (%)"] == pytest.approx(1.0)
    assert by_name["Bospolder"]["Meest centrale plekken (brugfunctie)"] == "Plek X"
    area = by_name["Gebied (totaal)"]
    assert area["Relaties"] == 8 and area["Groepen (componenten)"] == 1
    assert area["Meest centrale plekken (brugfunctie)"] == "Plek X; Plek C; Plek D"
    assert area["Nieuwe relaties sinds vorig meetmoment"] is None
    explained = [r[0] for r in wb["Toelichting"].iter_rows(values_only=True)]
    assert "Dichtheid (%)" in explained
    one = openpyxl.load_workbook(
        export.write_overview(store, tmp_path / "m.xlsx", district="Middelland")
    )
    assert [r[0] for r in one["Netwerkcijfers"].iter_rows(values_only=True)][1:] == ["Middelland"]
