"""The network map in Qt: the picture of :mod:`nulmeting.network.picture` painted into a
QGraphicsScene (:mod:`.scene`), written to PNG or SVG (:mod:`.render`, also offscreen from the
command line) and shown with zoom and pan in the window (:mod:`.view`)."""
