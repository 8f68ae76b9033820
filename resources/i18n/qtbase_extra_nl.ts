<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt's own texts that its Dutch catalogue (qtbase_nl.qm, Qt 6) lacks: Qt gave the file
     dialog's labels mnemonics ("Look in:" became "&Look in:") and the Dutch translation was not
     updated, so the dialog showed English. Installed after qtbase_nl.qm (ui/i18n.py), compiled
     to qtbase_extra_nl.qm by packaging/i18n.py release. Checked by
     tests/gui/window/test_window_language.py (the app's file dialog speaks Dutch). -->
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Bestands&amp;type:</translation>
    </message>
</context>
</TS>
