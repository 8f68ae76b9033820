"""The plekken table model and its filter proxy, without a window."""

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtCore import QPersistentModelIndex, Qt

from nulmeting.reading.queries import NO_INTERVIEW, PlaceRow
from ui.window.place_list import (
    ANY,
    COL_COMPLETENESS,
    COL_DISTRICT,
    COL_NAME,
    COL_STATUS,
    DISTRICT_ROLE,
    ID_ROLE,
    STATUS_ROLE,
    PlaceFilterProxy,
    PlaceTableModel,
)


def row(i, name, address, district, status, completeness=0.5):
    names = {"spangen": "Spangen", "middelland": "Middelland", "bospolder": "Bospolder"}
    return PlaceRow(
        f"id-{i}",
        name,
        address,
        district,
        names[district],
        None if status == NO_INTERVIEW else f"iv-{i}",
        status,
        completeness,
    )


ROWS = [
    row(1, "Buurthuiskamer De Pit", "Spanjaardstraat 3", "spangen", "gepland"),
    row(2, "Speeltuin Het Nest", "Beukelsdijk 20", "middelland", "afgenomen", 1.0),
    row(3, "Café Ontmoeting", "Spanjaardstraat 40", "spangen", NO_INTERVIEW, 0.25),
    row(4, "Moestuin Zonnebloem", "Schiedamseweg 1", "bospolder", "gecontroleerd"),
]


@pytest.fixture
def models(qapp):
    model = PlaceTableModel()
    model.set_rows(ROWS)
    proxy = PlaceFilterProxy()
    proxy.setSourceModel(model)
    return model, proxy


def shown(proxy):
    return sorted(proxy.data(proxy.index(r, 0), ID_ROLE) for r in range(proxy.rowCount()))


def test_columns_and_roles(models):
    model, _ = models
    assert model.rowCount() == 4 and model.columnCount() == 4
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "Naam",
        "Wijk",
        "Meting",
        "Volledig",
    ]
    assert [r.name for r in model.rows()] == sorted(r.name for r in ROWS)  # by name
    nest, cafe, pit = model.row_of("id-2"), model.row_of("id-3"), model.row_of("id-1")
    assert model.data(model.index(nest, COL_NAME)) == "Speeltuin Het Nest"
    assert model.data(model.index(nest, COL_DISTRICT)) == "Middelland"
    assert model.data(model.index(nest, COL_STATUS)) == "Afgenomen"
    assert model.data(model.index(cafe, COL_STATUS)) == "Geen meting"
    assert model.data(model.index(cafe, COL_COMPLETENESS)) == "25%"
    assert model.data(model.index(pit, 0), DISTRICT_ROLE) == "spangen"
    assert model.data(model.index(pit, 0), STATUS_ROLE) == "gepland"


def test_search_folds_case_and_accents_and_matches_address(models):
    _, proxy = models
    proxy.set_search("cafe")
    assert shown(proxy) == ["id-3"]
    proxy.set_search("SPANJAARD")
    assert shown(proxy) == ["id-1", "id-3"]
    proxy.set_search("spanjaard 40")
    assert shown(proxy) == ["id-3"]
    proxy.set_search("niets zoals dit")
    assert proxy.rowCount() == 0
    proxy.set_search("")
    assert proxy.rowCount() == 4


def test_filter_by_district_and_status_combine_with_search(models):
    _, proxy = models
    proxy.set_district("spangen")
    assert shown(proxy) == ["id-1", "id-3"]
    proxy.set_status(NO_INTERVIEW)
    assert shown(proxy) == ["id-3"]
    proxy.set_status("gepland")
    assert shown(proxy) == ["id-1"]
    proxy.set_search("nest")
    assert proxy.rowCount() == 0
    proxy.set_district(ANY)
    proxy.set_status(ANY)
    assert shown(proxy) == ["id-2"]


def test_upsert_and_remove_keep_the_proxy_in_step(models):
    model, proxy = models
    proxy.set_search("nest")
    model.upsert(row(2, "Speeltuin De Kas", "Beukelsdijk 20", "middelland", "afgenomen"))
    assert proxy.rowCount() == 0  # renamed: no longer matches
    model.upsert(row(5, "Jongerenhonk Het Nest", "Hooidrift 9", "bospolder", NO_INTERVIEW))
    assert shown(proxy) == ["id-5"] and model.rowCount() == 5
    assert model.remove("id-5") and not model.remove("id-5")
    assert proxy.rowCount() == 0 and model.row_of("id-5") == -1
    assert [r.name for r in model.rows()] == sorted(r.name for r in model.rows())
    assert model.data(model.index(model.row_of("id-4"), 0), ID_ROLE) == "id-4"


def test_new_rows_are_inserted_in_sort_order(models):
    model, proxy = models
    model.upsert(row(6, "Aardbei Buurttuin", "Hooidrift 1", "bospolder", NO_INTERVIEW))
    assert model.row_of("id-6") == 0 and proxy.data(proxy.index(0, 0), ID_ROLE) == "id-6"
    assert model.row_of("id-1") == 1


def test_sorting_by_completeness_is_numeric(models):
    _, proxy = models
    model, proxy = models
    pit = QPersistentModelIndex(model.index(model.row_of("id-1"), 0))
    proxy.sort(COL_COMPLETENESS, Qt.SortOrder.DescendingOrder)
    assert proxy.data(proxy.index(0, 0), ID_ROLE) == "id-2"
    assert proxy.data(proxy.index(3, 0), ID_ROLE) == "id-3"
    assert pit.data(ID_ROLE) == "id-1"  # persistent indexes follow their rows
    proxy.sort(COL_DISTRICT, Qt.SortOrder.AscendingOrder)
    assert [proxy.data(proxy.index(r, COL_DISTRICT)) for r in range(4)] == [
        "Bospolder",
        "Middelland",
        "Spangen",
        "Spangen",
    ]
    proxy.set_search("spanjaard")
    assert shown(proxy) == ["id-1", "id-3"]
    model.upsert(row(7, "Aaa Nieuw", "Spanjaardstraat 1", "bospolder", NO_INTERVIEW))
    assert proxy.data(proxy.index(0, 0), ID_ROLE) == "id-7"  # Bospolder sorts first
