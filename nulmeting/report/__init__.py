"""The report for the council, the wijk and the plek (PDF, with reportlab).

:mod:`.figures` computes what the report shows from the export's read model (so the report's
headline and the workbook's Totaal are one computation), :mod:`.dutch` writes Dutch numbers and
dates, :mod:`.area` lays out the area and wijk report, :mod:`.place` the one-page plek summary.
Qt-free: the window calls the same functions as ``nulmeting rapport``.
"""
