"""The wijkagenda leaves the spreadsheet: a static site, calendar feeds and open data.

:func:`nulmeting.exchange.wijkagenda.publish.publish` writes one folder (``index.html``, a page and an
A4 week overview per wijk, ``.ics`` feeds, HSDS 3 open data) from what
:mod:`nulmeting.exchange.wijkagenda.entries` reads: only activities marked "Openbaar in wijkagenda", only
contacts whose consent includes "Wijkagenda".
"""
