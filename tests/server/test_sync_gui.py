"""Team → Synchroniseren in the window, against the real throwaway server."""

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtWidgets import QInputDialog, QMessageBox

from nulmeting.store.store import open_store
from nulmeting.team.sync import sync
from ui.window.main_window import MainWindow


def test_sync_through_the_menu_brings_another_laptops_plek(qtbot, tmp_path, server,
                                                            monkeypatch):
    with open_store(tmp_path / "yusuf.sqlite") as other:
        other.set_setting("interviewer", "Yusuf")
        theirs = other.create("place", {"name": "Buurttuin Van Yusuf", "district": "spangen"})
        sync(other, server.url, server.password)

    store = open_store(tmp_path / "fatima.sqlite")
    store.set_setting("interviewer", "Fatima")
    store.create("place", {"name": "Huiskamer Van Fatima", "district": "middelland"})
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.listLoaded, timeout=10000):
        window.reload()

    asked = []

    def get_text(parent, title, label, *args):
        asked.append(label)
        return (server.url, True) if "Adres" in label else (server.password, True)

    monkeypatch.delenv("NULMETING_SERVERWACHTWOORD", raising=False)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
    infos = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a: infos.append(a[2])))
    window.menu_actions.sync.trigger()
    qtbot.waitUntil(lambda: bool(infos), timeout=60000)
    qtbot.waitUntil(lambda: window.model.row_of(theirs) >= 0, timeout=10000)

    assert any("server" in label for label in asked)  # the server password, not the team's
    assert window.model.rowCount() == 2
    remembered = store.setting("server_url")  # offered next time, never with the password
    assert remembered.startswith("postgresql://") and server.password not in remembered
    with server.admin() as conn:
        names = {r[0] for r in conn.execute(
            "SELECT value FROM change WHERE entity = 'place' AND field = 'name'")}
    assert '"Huiskamer Van Fatima"' in names and '"Buurttuin Van Yusuf"' in names
    window.close()
    store.close()
