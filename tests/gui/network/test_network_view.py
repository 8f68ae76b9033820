"""The network map in the window (Team → Netwerkkaart), the form's position line, and the
picture files (PNG/SVG) of ``nulmeting netwerk``."""

from __future__ import annotations

import dataclasses
import xml.etree.ElementTree as ET

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage

from nulmeting.network.data import read_network
from nulmeting.network.graph import NetworkModel
from nulmeting.network.picture import draw
from ui import launcher
from ui.network.render import PNG_SCALE, write_picture


def _open_map(qtbot, window):
    window.menu_actions.network_map.trigger()
    nw = window.network_panel
    assert window.network_shown() and window.menu_actions.network_map.isChecked()
    qtbot.waitUntil(lambda: len(nw.view.node_items()) > 0, timeout=30000)
    return nw


def test_network_map_opens_and_a_click_selects_the_plek(qtbot, store, open_window):
    window = open_window(store, 40)
    nw = _open_map(qtbot, window)
    data = read_network(store)
    items = nw.view.node_items()
    assert {k[5:] for k in items if k.startswith("plek:")} == set(data.places)
    assert nw.isVisible() and "40 plekken" in nw.status.text()

    # a plek other than the one the form shows
    target = next(pid for pid in sorted(data.places) if pid != window.current_place)
    item = items[f"plek:{target}"]
    nw.view.centerOn(item)
    qtbot.wait(50)
    centre = nw.view.mapFromScene(item.sceneBoundingRect().center())
    assert nw.view.place_at(centre.toPointF()) == target
    with qtbot.waitSignal(nw.view.placeClicked, timeout=5000) as clicked:
        qtbot.mouseClick(nw.view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert clicked.args == [target]
    assert window.current_place == target
    assert window.form.place_id == target
    assert window.proxy.place_id(window.view.selectionModel().currentIndex().row()) == target
    assert nw.view.selected == target and nw.view._ring is not None
    assert data.places[target].name in nw.hint.text()
    assert window.network_shown()  # the map stays until the form is asked for
    # a double-click on another plek opens that one's form
    other = next(pid for pid in sorted(data.places, reverse=True) if pid != target)
    nw.view.centerOn(items[f"plek:{other}"])
    qtbot.wait(50)
    spot = nw.view.mapFromScene(items[f"plek:{other}"].sceneBoundingRect().center())
    with qtbot.waitSignal(nw.view.placeActivated, timeout=5000) as activated:
        qtbot.mouseDClick(nw.view.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert activated.args == [other] and window.current_place == other
    assert not window.network_shown() and window.right.currentWidget() is window.form
    assert window.form.current_section() == "network"
    # the form's Netwerk section names the plek's position, from the same model
    pos = NetworkModel(data).position(other)
    qtbot.waitUntil(lambda: "brugfunctie" in window.form.network_position.text(), timeout=30000)
    assert pos is not None
    assert f"verbonden met {pos.places} plek" in window.form.network_position.text()
    assert f"brugfunctie: {pos.bridge}" in window.form.network_position.text()


def test_network_map_zooms_pans_and_filters_a_wijk(qtbot, store, open_window):
    window = open_window(store, 30)
    nw = _open_map(qtbot, window)
    view = nw.view
    fitted = view.zoom()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.zoom() > fitted * 1.5
    before = view.horizontalScrollBar().value()
    start = QPoint(300, 300)
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view.viewport(), QPoint(200, 300))
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(200, 300))
    assert view.horizontalScrollBar().value() != before  # dragged: panned
    qtbot.keyClick(view, Qt.Key.Key_0)
    assert abs(view.zoom() - fitted) < 1e-6
    window.resize(window.width() - 200, window.height() - 100)  # still the whole picture
    qtbot.waitUntil(lambda: view.zoom() < fitted - 1e-3, timeout=5000)
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    assert shown.adjusted(-2, -2, 2, 2).contains(view.sceneRect())
    index = nw.district.findText("Middelland")
    nw.district.setCurrentIndex(index)
    qtbot.waitUntil(
        lambda: "Middelland" in (view.picture.title if view.picture else ""), timeout=30000
    )
    assert "elders" in nw.status.text()
    # choosing a plek in the list rings it on the map; the menu item goes back to the form
    window.select_proxy_row(3)
    assert view.selected == window.current_place
    window.menu_actions.network_map.trigger()
    assert window.right.currentWidget() is window.form


def test_picture_files_are_real_png_and_svg(qtbot, store, tmp_path):
    from nulmeting.exchange import demo

    demo.generate(store, 60, seed=5)
    pid = next(iter(read_network(store).places))
    store.create(
        "contact",
        {
            "place_id": pid,
            "name": "Marieke Jansen",
            "email": "m@example.org",
            "phone": "0612345678",
            "consent_date": "2025-12-01",
            "consent_purposes": ["meting"],
        },
    )
    model = NetworkModel(read_network(store))
    pic = draw(model, area_name="Delfshaven")
    png = write_picture(pic, tmp_path / "net.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    image = QImage(str(png))
    assert (image.width(), image.height()) == (
        round(pic.width * PNG_SCALE),
        round(pic.height * PNG_SCALE),
    )
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    assert len(colours) > 50  # drawn, not blank
    svg = write_picture(pic, tmp_path / "net.svg")
    root = ET.parse(svg).getroot()
    assert root.tag.endswith("svg")
    text = svg.read_text(encoding="utf-8")
    assert "Netwerk van de sociale basis" in text
    labelled = [n.label for n in pic.nodes if n.show_label]
    assert labelled and all(label in text for label in labelled[:3])
    for secret in ("Marieke", "Jansen", "example.org", "0612345678"):
        assert secret not in text


def test_netwerk_command_writes_every_format(qtbot, store, tmp_path, capsys):
    from nulmeting.exchange import demo

    demo.generate(store, 20, seed=2)
    wijk = next(p.district_name for p in read_network(store).places.values() if p.district)
    store.close()
    db = str(store.path)
    for suffix in (".graphml", ".gexf", ".png", ".svg"):
        out = tmp_path / f"kaart{suffix}"
        assert launcher.main(["--db", db, "netwerk", str(out)]) == 0
        assert out.stat().st_size > 1000
    assert "20 plekken" in capsys.readouterr().out
    assert launcher.main(["--db", db, "netwerk", str(tmp_path / "w.svg"), "--wijk", wijk]) == 0
    assert wijk in (tmp_path / "w.svg").read_text(encoding="utf-8")
    assert launcher.main(["--db", db, "netwerk", str(tmp_path / "x.pdf")]) == 2
    assert (
        launcher.main(
            ["--db", db, "netwerk", str(tmp_path / "x.png"), "--meetmoment", "Vervolgmeting 2031"]
        )
        == 2
    )
    assert (
        launcher.main(["--db", db, "netwerk", str(tmp_path / "x.png"), "--wijk", "Atlantis"]) == 2
    )
    err = capsys.readouterr().err
    assert "Meetmoment 'Vervolgmeting 2031' is onbekend" in err and "geen bekende wijk" in err
    assert not (tmp_path / "x.png").exists()


def test_network_map_speaks_the_window_language(qtbot, store, open_window):
    """English window: the map's controls, title, subtitle, legend and footnote in English,
    from the facts the core hands along; names stay. Dutch: the picture as the core drew it."""
    from PySide6.QtWidgets import QApplication, QGraphicsSimpleTextItem

    from ui import i18n

    store.set_setting("language", "en")
    i18n.install(QApplication.instance(), "en")
    try:
        window = open_window(store, 25)
        nw = _open_map(qtbot, window)
        texts = {
            item.text()
            for item in nw.view.scene().items()
            if isinstance(item, QGraphicsSimpleTextItem)
        }
        title = next(t for t in texts if t.startswith("Network of the social infrastructure"))
        assert title.endswith(" · Delfshaven")
        assert {"Neighbourhood", "Kind", "Relationship", "member of a network"} <= texts
        assert {"strength 1 (know each other)", "partner organisation"} <= texts
        assert not {"Wijk", "Soort", "Relatie", "lid van een netwerk"} & texts
        assert "25 places" in nw.status.text() and "plekken" not in nw.status.text()
        footnote = next(t for t in texts if t.startswith("Size: number of connections."))
        assert "No personal data." in footnote
        assert nw.open_button.text() == "Open form"
        # the same picture in Dutch is the core's own
        pic = nw.view.picture
        dutch = draw(NetworkModel(read_network(store)), area_name="Delfshaven")
        assert pic.facts is not None and dutch.facts is not None
        # the same facts (the window's canvas is another size: its footnote wraps otherwise)
        assert dataclasses.replace(pic.facts, wrap=dutch.facts.wrap) == dutch.facts
        assert pic.facts.places == 25 and f"{pic.facts.ties} relationships" in nw.status.text()
    finally:
        store.set_setting("language", "nl")
        i18n.install(QApplication.instance(), "nl")


def test_the_dutch_map_is_the_core_picture(store):
    from ui.network.words import localized

    pic = draw(NetworkModel(read_network(store)), area_name="Delfshaven")
    assert localized(pic, "nl") is pic
    assert pic.title == "Netwerk van de sociale basis · Delfshaven"
    assert pic.facts is not None and pic.facts.where == "Delfshaven"
