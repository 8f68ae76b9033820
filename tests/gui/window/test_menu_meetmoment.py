"""The Meetmoment menu: start a vervolgmeting, vaststellen, heropenen with a reason."""

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtWidgets import QInputDialog, QMessageBox

from nulmeting.store import meetmoment

CUR = "Vervolgmeting 2026-2027"


@pytest.fixture
def window(open_window, store):
    return open_window(store, 8, seed=4)


def test_meetmoment_menu_starts_freezes_and_reopens(window, store, qtbot, monkeypatch):
    prev = store.current_round
    infos: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a: infos.append(a[2])))
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: (prev, True)))
    window.menu_actions.freeze_round.trigger()
    assert meetmoment.is_frozen(store, prev) and "vastgesteld" in infos[-1]

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: (CUR, True)))
    window.menu_actions.new_round.trigger()
    qtbot.waitUntil(lambda: store.current_round == CUR and len(infos) == 2, timeout=60000)
    assert "8 plekken" in infos[-1]
    # the list now shows this winter's planned metingen
    qtbot.waitUntil(lambda: window.proxy.rowCount() == 8, timeout=10000)
    qtbot.waitUntil(lambda: CUR in window.form.subtitle.text(), timeout=10000)
    assert "nog niet gemeten" in window.form.subtitle.text()

    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *a, **k: ("telfout in De Pit", True))
    )
    window.menu_actions.reopen_round.trigger()
    assert not meetmoment.is_frozen(store, prev)
    assert meetmoment.history(store, prev)[-1].text == "heropend: telfout in De Pit"
    window.menu_actions.rounds.trigger()  # the list shows the history with the reason
    assert "heropend: telfout in De Pit" in infos[-1]
    assert f"{CUR}: 0 van 8 plekken gemeten, open" in infos[-1]
