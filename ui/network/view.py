"""The Netwerkkaart window: the network picture with zoom and pan; a click on a plek selects it
in the main window and opens its form.

The model and the picture are computed on the worker (:mod:`ui.tasks`) from the main window's
:class:`~nulmeting.network.position.PositionCache`, so the form's Netwerk section and this window
share one computation per store state. Only painting the scene happens on the GUI thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QComboBox,
    QGraphicsEllipseItem,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nulmeting.domain import reference
from nulmeting.network.picture import Picture
from ui.common import MUTED, tint
from ui.network.scene import KEY_ROLE, build_scene
from ui.network.words import localized

if TYPE_CHECKING:
    from nulmeting.network.position import PositionCache
    from nulmeting.store.store import Store
    from ui.form import IntakeForm
    from ui.tasks import TaskRunner


class MapHost(Protocol):
    """What the map uses of the main window (which sits above this package)."""

    store: Store
    tasks: TaskRunner
    form: IntakeForm
    current_place: str | None

    @property
    def network_cache(self) -> PositionCache: ...

    def select_place(self, place_id: str) -> bool: ...

    def clear_filters(self) -> None: ...

    def show_form(self, section: str | None = None) -> None: ...


ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.2, 12.0
SELECTED = "#D7263D"


HINT = QT_TRANSLATE_NOOP(
    "NetworkPanel",
    "Klik op een plek om die te kiezen, dubbelklik om het "
    "formulier te openen · scrollwiel of +/−: zoomen · slepen: "
    "verschuiven · 0: passend",
)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class NetworkView(QGraphicsView):
    """The picture: wheel or +/− zooms (around the mouse), dragging pans, 0 fits; a click on a
    plek emits ``placeClicked(place_id)``."""

    placeClicked = Signal(str)
    placeActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setAccessibleName(self.tr("Netwerkkaart"))
        self.setBackgroundBrush(QColor("#FFFFFF"))
        self.picture: Picture | None = None
        self._ring: QGraphicsEllipseItem | None = None
        self._press: QPointF | None = None
        self._fitted = True  # showing the whole picture: stays so when the view is resized
        self.selected: str | None = None

    # ---------------------------------------------------------------- content

    def show_picture(self, pic: Picture) -> None:
        self.picture = pic
        self._ring = None
        self.setScene(build_scene(pic, self.scene()))
        self.fit()
        if self.selected:
            self.select(self.selected)

    def node_items(self) -> dict:
        scene = self.scene()
        return getattr(scene, "node_items", {}) if scene is not None else {}

    def place_at(self, pos: QPointF) -> str | None:
        """The plek under the view position ``pos`` (None: no plek there)."""
        for item in self.items(pos.toPoint()):
            key = item.data(KEY_ROLE)
            if isinstance(key, str) and key.startswith("plek:"):
                return key[5:]
        return None

    def select(self, place_id: str | None) -> bool:
        """Ring the plek (and keep it in sight); False when it is not on the map."""
        self.selected = place_id
        scene = self.scene()
        if self._ring is not None and scene is not None:
            scene.removeItem(self._ring)
            self._ring = None
        item = self.node_items().get(f"plek:{place_id}") if place_id else None
        if item is None or scene is None:
            return False
        rect = item.boundingRect().adjusted(-5, -5, 5, 5)
        self._ring = scene.addEllipse(rect, QPen(QColor(SELECTED), 3))
        self._ring.setZValue(6)
        if not self.mapToScene(self.viewport().rect()).boundingRect().contains(rect):
            self.ensureVisible(rect, 80, 80)  # scroll only when it is out of sight
        return True

    # ---------------------------------------------------------------- zoom and pan

    def zoom(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        target = max(MIN_ZOOM, min(MAX_ZOOM, self.zoom() * factor))
        factor = target / self.zoom()
        self.scale(factor, factor)
        self._fitted = False

    def fit(self) -> None:
        if self.scene() is not None:
            self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        self._fitted = True

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fitted:
            self.fit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(ZOOM_STEP**steps)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(ZOOM_STEP)
        elif key == Qt.Key.Key_Minus:
            self.zoom_by(1 / ZOOM_STEP)
        elif key == Qt.Key.Key_0:
            self.fit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected:
            self.placeActivated.emit(self.selected)
        else:
            super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        place_id = self.place_at(event.position())
        if place_id and event.button() == Qt.MouseButton.LeftButton:
            self.select(place_id)
            self.placeActivated.emit(place_id)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        press, self._press = self._press, None
        if (
            event.button() == Qt.MouseButton.LeftButton
            and press is not None
            and (event.position() - press).manhattanLength() < 6
        ):  # a click, not a drag
            place_id = self.place_at(event.position())
            if place_id:
                self.select(place_id)
                self.placeClicked.emit(place_id)


class NetworkPanel(QWidget):
    """Team → Netwerkkaart: the picture of the area or one wijk, in the main window beside the
    plekken list (in place of the form). A click chooses a plek: the list follows and the line
    below names it; a double-click, Enter or 'Formulier openen' shows its form again."""

    pictureShown = Signal(int)

    def __init__(self, window: MapHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.main = window
        self._shown_key: tuple[object, ...] | None = None
        self.view = NetworkView(self)
        self.view.placeClicked.connect(self._select_place)
        self.view.placeActivated.connect(self._open_form)

        self.district = QComboBox()
        self.district.setAccessibleName(self.tr("Wijk van de netwerkkaart"))
        self.district.addItem(self.tr("Hele gebied"), None)
        area = window.store.setting("area")
        for d in reference.districts().values():
            if d.area == area:
                self.district.addItem(d.name, d.code)
        self.district.currentIndexChanged.connect(lambda _i: self.reload())
        buttons = []
        for text, tip, slot in (
            ("+", self.tr("Inzoomen (+ of scrollwiel)"), lambda: self.view.zoom_by(ZOOM_STEP)),
            ("−", self.tr("Uitzoomen (−)"), lambda: self.view.zoom_by(1 / ZOOM_STEP)),
            (self.tr("Passend"), self.tr("Hele kaart in beeld (0)"), self.view.fit),
        ):
            b = QPushButton(text)
            b.setToolTip(tip)
            b.setAutoDefault(False)
            b.clicked.connect(lambda _c=False, s=slot: s())
            buttons.append(b)
        self.status = QLabel(self.tr("Netwerk berekenen…"))
        tint(self.status, MUTED)
        self.status.setWordWrap(True)
        self.hint = QLabel(QCoreApplication.translate("NetworkPanel", str(HINT)))
        self.hint.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Formulier openen"))
        self.open_button.setToolTip(
            self.tr("Terug naar het formulier van de gekozen plek (of dubbelklik op de plek)")
        )
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(
            lambda _c=False: self._open_form(self.view.selected or self.main.current_place)
        )

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(QLabel(self.tr("Wijk:")))
        top.addWidget(self.district)
        for b in buttons:
            top.addWidget(b)
        top.addStretch(1)
        top.addWidget(self.open_button)
        bottom = QVBoxLayout()
        bottom.addWidget(self.status)
        bottom.addWidget(self.hint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)

    def reload(self, *, force: bool = False) -> None:
        """Compute the picture on the worker, unless the store and the wijk are as shown."""
        from nulmeting.network.position import fingerprint

        store, cache = self.main.store, self.main.network_cache
        district = self.district.currentData()
        key = (fingerprint(store), district)
        if key == self._shown_key and not force:
            self.view.select(self.main.current_place)
            return
        area_name = reference.areas().get(store.setting("area"), "")
        # a canvas near the view's size and shape: names stay legible without zooming in
        port = self.view.viewport().size()
        width = max(1000, min(1600, round(port.width() * 1.25)))
        height = max(700, min(1400, round(width * port.height() / max(port.width(), 1))))

        def work(_progress):
            from nulmeting.network.picture import draw

            return draw(
                cache.model(store),
                district=district,
                area_name=area_name,
                width=width,
                height=height,
            )

        self.status.setText(self.tr("Netwerk berekenen…"))
        self.main.tasks.run(
            work,
            lambda pic: self._show(pic, key),
            on_error=self._failed,
            label=self.tr("Netwerkkaart tekenen…"),
            cancellable=False,
        )

    def _show(self, pic: Picture, key: tuple[object, ...]) -> None:
        if key[1] != self.district.currentData():
            return  # the wijk changed meanwhile: its own picture is on the way
        self._shown_key = key
        pic = localized(pic, self.main.store.setting("language"))
        self.view.show_picture(pic)
        self.view.select(self.main.current_place)
        self.status.setText(pic.subtitle)
        self.pictureShown.emit(len(pic.nodes))

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(
            self.tr("De netwerkkaart kon niet gemaakt worden: %1").replace("%1", str(exc))
        )

    def _select_place(self, place_id: str) -> None:
        """A click: the plek becomes the main window's plek (the list follows, the form loads
        behind the map) and the line below names it."""
        main = self.main
        if not main.select_place(place_id):
            main.clear_filters()  # the list hid it: show every plek, then select it
            main.select_place(place_id)
        node = self.view.node_items().get(f"plek:{place_id}")
        name = node.toolTip() if node is not None else ""
        self.hint.setText(f"<b>{_escape(name)}</b> · " + self.tr("dubbelklik of Enter: formulier"))

    def _open_form(self, place_id: str | None) -> None:
        """Back to the form, on the plek's Netwerk section."""
        if place_id and self.main.current_place != place_id:
            self._select_place(place_id)
        self.main.show_form(section="network" if place_id else None)
