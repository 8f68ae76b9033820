"""Team → Synchroniseren in the window, against the real throwaway server."""

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtWidgets import QInputDialog, QMessageBox

from nulmeting.store.store import open_store
from nulmeting.team.sync import sync
from ui.window.main_window import MainWindow


def test_sync_through_the_menu_brings_another_laptops_plek(qtbot, tmp_path, server, monkeypatch):
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
    monkeypatch.setattr(
        "ui.dialogs.results.ResultDialog.exec",
        lambda dialog: infos.append(dialog.heading.text()) or 0,
    )
    window.menu_actions.sync.trigger()
    qtbot.waitUntil(lambda: bool(infos), timeout=60000)
    qtbot.waitUntil(lambda: window.model.row_of(theirs) >= 0, timeout=10000)

    # the server (scram over TCP) asked for a password: the dialog said so, once
    assert len(asked) == 2 and "vraagt om een wachtwoord" in asked[1]
    assert any("server" in label for label in asked)  # the server password, not the team's
    assert window.model.rowCount() == 2
    remembered = store.setting("server_url")  # offered next time, never with the password
    assert remembered.startswith("postgresql://") and server.password not in remembered
    with server.admin() as conn:
        names = {
            r[0]
            for r in conn.execute(
                "SELECT value FROM change WHERE entity = 'place' AND field = 'name'"
            )
        }
    assert '"Huiskamer Van Fatima"' in names and '"Buurttuin Van Yusuf"' in names
    window.close()
    store.close()


def test_bad_server_rows_are_named_in_a_warning_and_the_rest_arrives(
    qtbot, tmp_path, server, monkeypatch
):
    from nulmeting.store import changes

    with open_store(tmp_path / "yusuf.sqlite") as other:
        other.set_setting("interviewer", "Yusuf")
        theirs = other.create("place", {"name": "Buurttuin Van Yusuf", "district": "spangen"})
        sync(other, server.url, server.password)
    bad = changes.make_change(
        "place",
        theirs,
        "lease_until",
        "ooit",
        author="X",
        laptop="00000000-0000-4000-8000-00000000beef",
        at="2025-12-09T10:00:00.000000Z",
    )
    cols = ", ".join(changes.CHANGE_COLUMNS)
    with server.admin() as conn:
        conn.execute(
            f"INSERT INTO change ({cols}) VALUES ({', '.join(['%s'] * 10)})",
            [bad[c] for c in changes.CHANGE_COLUMNS],
        )

    store = open_store(tmp_path / "nieuw.sqlite")
    store.set_setting("interviewer", "Nieuw")
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.listLoaded, timeout=10000):
        window.reload()
    monkeypatch.setattr(
        QInputDialog,
        "getText",
        staticmethod(
            lambda parent, title, label, *a: (
                server.url if "Adres" in label else server.password,
                True,
            )
        ),
    )
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: warnings.append(a[2])))
    monkeypatch.setattr(
        QMessageBox,
        "information",
        staticmethod(lambda *a: pytest.fail(f"information instead of a warning: {a[2]}")),
    )
    window.menu_actions.sync.trigger()
    qtbot.waitUntil(lambda: bool(warnings), timeout=60000)
    qtbot.waitUntil(lambda: window.model.row_of(theirs) >= 0, timeout=10000)
    assert "1 wijziging op de server is ongeldig en apart gezet" in warnings[0]
    assert "Plek 'Huur tot' van 'Buurttuin Van Yusuf'" in warnings[0]
    assert "Huur tot: 'ooit' past niet: verwacht een datum" in warnings[0]
    assert "apart gezet" in window.statusBar().currentMessage()
    window.close()
    store.close()
