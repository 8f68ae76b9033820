"""Paint a :class:`nulmeting.network.picture.Picture` into a QGraphicsScene.

Edges of the same look share one path item (thousands of lines stay fast to paint and to zoom);
each node is its own item carrying its graph key (``KEY_ROLE``), so the view knows which plek was
clicked. Names are placed in order of importance and left out where they would cover a name
already placed.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsPolygonItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
)

from nulmeting.network.data import NETWORK, PARTNER
from nulmeting.network.picture import DrawNode, Picture

KEY_ROLE = 0  # QGraphicsItem.data(KEY_ROLE): the node's key ("plek:<id>" …)
TEXT = "#1F2D3D"
MUTED = "#5B6673"
FONT = "DejaVu Sans"


class LinesItem(QGraphicsItem):
    """Many lines of one look painted in one call (each line stroked on its own: fast, where
    one path of thousands of lines would be stroked as one outline)."""

    def __init__(self, lines: list[QLineF], pen: QPen) -> None:
        super().__init__()
        self.lines, self.pen = lines, pen
        rect = QRectF()
        for line in lines:
            rect = rect.united(QRectF(line.p1(), line.p2()).normalized())
        m = pen.widthF()
        self._rect = rect.adjusted(-m, -m, m, m)

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, _option: object, _widget: object = None) -> None:
        painter.setPen(self.pen)
        painter.drawLines(self.lines)


def _font(px: float, bold: bool = False) -> QFont:
    font = QFont(FONT)
    font.setPixelSize(max(1, round(px)))
    font.setBold(bold)
    return font


def _text(
    scene: QGraphicsScene,
    text: str,
    x: float,
    y: float,
    px: float,
    *,
    bold: bool = False,
    colour: str = TEXT,
) -> QGraphicsSimpleTextItem:
    item = scene.addSimpleText(text, _font(px, bold))
    item.setBrush(QColor(colour))
    item.setPos(x, y)
    return item


def _shape(kind: str, x: float, y: float, size: float) -> QGraphicsItem:
    r = size / 2
    if kind == NETWORK:
        path = QPainterPath()
        path.addRoundedRect(QRectF(x - r, y - r, size, size), r * 0.3, r * 0.3)
        return QGraphicsPathItem(path)
    if kind == PARTNER:
        return QGraphicsPolygonItem(
            QPolygonF([QPointF(x, y - r), QPointF(x + r, y), QPointF(x, y + r), QPointF(x - r, y)])
        )
    return QGraphicsEllipseItem(x - r, y - r, size, size)


def _node(scene: QGraphicsScene, node: DrawNode) -> QGraphicsItem:
    item = _shape(node.kind, node.x, node.y, node.size)
    item.setBrush(QBrush(QColor(node.colour)))  # type: ignore[attr-defined]
    item.setPen(QPen(QColor("#FFFFFF"), 1.2 if node.kind != NETWORK else 1.6))  # type: ignore[attr-defined]
    item.setData(KEY_ROLE, node.key)
    item.setToolTip(node.tooltip)
    item.setZValue(3 if node.kind == NETWORK else 2)
    if node.place_id:
        item.setCursor(Qt.CursorShape.PointingHandCursor)
    scene.addItem(item)
    return item


def _labels(scene: QGraphicsScene, nodes: list[DrawNode], scale: float) -> None:
    placed: list[QRectF] = []
    for node in sorted((n for n in nodes if n.show_label), key=lambda n: n.rank):
        network = node.kind == NETWORK
        font = _font((12.5 if network else 12) * scale, bold=network)
        metrics = QFontMetricsF(font)
        w, h = metrics.horizontalAdvance(node.label), metrics.height()
        # beside the node, or above/below it: the first spot that covers no other name
        spots = [
            (node.x + node.size / 2 + 3, node.y - h / 2),
            (node.x - w / 2, node.y - node.size / 2 - h - 1),
            (node.x - w / 2, node.y + node.size / 2 + 1),
            (node.x - node.size / 2 - 3 - w, node.y - h / 2),
        ]
        for x, y in spots:
            rect = QRectF(x - 2, y, w + 4, h)
            if not any(rect.intersects(r) for r in placed):
                break
        else:
            continue
        placed.append(rect)
        halo = QGraphicsRectItem(rect)
        halo.setBrush(QColor(255, 255, 255, 210))
        halo.setPen(QPen(Qt.PenStyle.NoPen))
        halo.setZValue(4)
        scene.addItem(halo)
        text = scene.addSimpleText(node.label, font)
        text.setBrush(QColor(TEXT if not network else "#1B2836"))
        text.setPos(rect.x() + 2, rect.y())
        text.setZValue(5)


def _legend(scene: QGraphicsScene, pic: Picture) -> None:
    x = pic.width - 280
    y = pic.map_box[1] + 4
    for item in pic.legend:
        if item.kind == "heading":
            y += 8
            _text(scene, item.label, x, y, 14, bold=True)
            y += 24
            continue
        if item.kind in ("line", "dashed"):
            pen = QPen(QColor(item.colour), item.size)
            if item.kind == "dashed":
                pen.setStyle(Qt.PenStyle.DashLine)
            scene.addLine(x, y + 9, x + 30, y + 9, pen)
        else:
            shape = _shape(item.kind, x + 15, y + 9, item.size)
            shape.setBrush(QBrush(QColor(item.colour)))  # type: ignore[attr-defined]
            shape.setPen(QPen(QColor("#6B7480"), 1))  # type: ignore[attr-defined]
            scene.addItem(shape)
        _text(scene, item.label, x + 40, y, 13)
        y += 22


def build_scene(pic: Picture, scene: QGraphicsScene | None = None) -> QGraphicsScene:
    """The whole picture (title, map, legend, footnote) in scene coordinates = picture pixels.
    Returns the scene; ``scene.node_items`` maps node keys to their items."""
    scene = scene or QGraphicsScene()
    scene.clear()
    scene.setSceneRect(0, 0, pic.width, pic.height)
    scene.setBackgroundBrush(QColor("#FFFFFF"))
    _text(scene, pic.title, 36, 20, 26, bold=True)
    _text(scene, pic.subtitle, 36, 56, 15, colour=MUTED)

    groups: dict[tuple[float, str, float, bool], list[QLineF]] = {}
    for e in pic.edges:
        key = (round(e.width, 2), e.colour, e.opacity, e.dashed)
        groups.setdefault(key, []).append(QLineF(e.x1, e.y1, e.x2, e.y2))
    for (width, colour, opacity, dashed), lines in sorted(groups.items()):
        pen_colour = QColor(colour)
        pen_colour.setAlphaF(opacity)  # in the pen: an item's opacity would paint via a layer
        pen = QPen(pen_colour, width)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)  # round caps paint ~5× slower, unseen here
        if dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        item = LinesItem(lines, pen)
        item.setZValue(1)
        scene.addItem(item)

    items = {node.key: _node(scene, node) for node in pic.nodes}
    scale = 1.0 if len(pic.nodes) <= 150 else 0.92
    _labels(scene, pic.nodes, scale)
    _legend(scene, pic)
    foot = _text(
        scene, pic.footnote, 36, pic.height - 34 - 16 * pic.footnote.count("\n"), 12, colour=MUTED
    )
    foot.setZValue(6)
    scene.node_items = items  # type: ignore[attr-defined]
    return scene
