"""A plek's position in the network for the form ("verbonden met 7 plekken, 2 netwerken;
brugfunctie: hoog"), from a model that is computed again only when the store changed."""

from __future__ import annotations

import threading

from nulmeting.network.data import read_network
from nulmeting.network.graph import NetworkModel, Position
from nulmeting.store.store import Store


def fingerprint(store: Store) -> tuple[object, ...]:
    """Changes when anything in the store changes: every edit, merge or import appends to the
    change log (``seq`` only grows); the current meetmoment decides which ties count."""
    with store.read() as conn:
        (seq,) = conn.execute("SELECT MAX(seq) FROM change").fetchone()
    return (str(store.path), seq, store.current_round)


class PositionCache:
    """One network model per store state; safe to use from a worker thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._key: tuple[object, ...] | None = None
        self._model: NetworkModel | None = None

    def model(self, store: Store) -> NetworkModel:
        key = fingerprint(store)
        with self._lock:
            if self._model is None or key != self._key:
                self._model = NetworkModel(read_network(store))
                self._key = key
            return self._model

    def position(self, store: Store, place_id: str) -> Position | None:
        return self.model(store).position(place_id)

    def sentence(self, store: Store, place_id: str) -> str:
        """The Dutch sentence of the form's Netwerk section."""
        pos = self.position(store, place_id)
        if pos is None:
            return "Deze plek staat (nog) niet in het netwerk."
        return pos.sentence().capitalize()
