"""The network map: plekken, the coalition's networks and partner organisations as a graph.

- :mod:`.data` reads plekken, memberships and ties from the store (one function, so the rules
  about meetmomenten live in one place);
- :mod:`.graph` builds the NetworkX graph and its metrics (degree, betweenness, components);
- :mod:`.figures` the figures per wijk and for the area (Excel sheet, council report);
- :mod:`.files` GraphML and GEXF for Gephi and NetworkX;
- :mod:`.picture` a seeded layout and a drawing (what to draw where, in which colour); the GUI
  package paints it (``ui/network``), so the core stays free of Qt.

Contacts are never read here: the map holds organisations only, no personal data.
NetworkX is imported by these modules only, never at start-up.
"""
