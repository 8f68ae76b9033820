"""Every user-visible string of the window goes through Qt's translation system.

Two checks over the GUI's source, with Python's own parser:
- no Dutch text literal (or f-string) is handed straight to a widget: every text argument of a
  widget constructor or text setter is a ``tr()`` / ``QCoreApplication.translate()`` call (or a
  value computed elsewhere);
- every string that is translated has its English in ``resources/i18n`` and the shipped
  ``nulmeting_en.qm`` is compiled from the catalogues as they are (``packaging/i18n.py check``).
"""

from __future__ import annotations

import ast
import importlib.util
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

#: Widget classes whose positional arguments may carry text.
TEXT_WIDGETS = {
    "QLabel", "QPushButton", "QToolButton", "QCheckBox", "QRadioButton", "QGroupBox", "QMenu",
    "QAction", "QCommandLinkButton",
}  # fmt: skip
#: Methods whose arguments are text a person reads.
TEXT_SETTERS = {
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis", "setTitle",
    "setPlaceholderText", "setAccessibleName", "setAccessibleDescription", "addMenu",
    "addAction", "showMessage", "setLabelText", "setInformativeText", "setDetailedText",
    "addTab", "setTabText", "addRow", "addItem", "setHeaderLabels", "setHorizontalHeaderLabels",
    "setSpecialValueText", "setSuffix", "setPrefix", "critical", "warning", "information",
    "question", "getOpenFileName", "getSaveFileName", "getExistingDirectory", "getText",
    "getItem", "setButtonText", "setWindowIconText", "setNameFilter", "setNameFilters",
    "setLabel", "setCancelButtonText", "setFormat",
}  # fmt: skip
#: A literal a person reads: it has letters (symbols like "—", "…", "%" are no words) outside
#: HTML tags, and is not the app's own name (the same in every language).
WORDS = re.compile(r"[A-Za-zÀ-ÿ]{2,}")
TAGS = re.compile(r"<[^>]*>")
NAMES = {"Nulmeting"}


def _reads(text: str) -> bool:
    return text not in NAMES and bool(WORDS.search(TAGS.sub("", text)))


def _literal_text(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value if _reads(node.value) else None
    if isinstance(node, ast.JoinedStr):
        parts = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
        return parts if _reads(parts) else None
    if isinstance(node, ast.BinOp):  # "a" + b, "a %s" % b
        return _literal_text(node.left) or _literal_text(node.right)
    return None


def _name(func: ast.AST) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def untranslated(path: Path) -> list[str]:
    found = []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        if name not in TEXT_WIDGETS and name not in TEXT_SETTERS:
            continue
        for arg in [*node.args, *(k.value for k in node.keywords if k.arg in {"text", "title"})]:
            text = _literal_text(arg)
            if text is not None:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {name}({text!r})")
    return found


def test_no_window_text_bypasses_translation():
    found = [hit for path in sorted((ROOT / "ui").rglob("*.py")) for hit in untranslated(path)]
    assert not found, "tekst zonder tr():\n" + "\n".join(found)


def test_the_checker_finds_a_bare_text(tmp_path):
    """The check can fail: a bare literal and an f-string are found, tr() and data are not."""
    sample = ROOT / "ui" / "_sample_for_test.py"
    sample.write_text(
        "def f(w, n):\n"
        "    w.setText('Opslaan')\n"
        "    w.setToolTip(f'{n} plekken')\n"
        "    w.setText(w.tr('Opslaan'))\n"
        "    w.setText('—')\n"
        "    w.setText(n)\n",
        encoding="utf-8",
    )
    try:
        hits = untranslated(sample)
    finally:
        sample.unlink()
    assert [h.split(": ", 1)[1] for h in hits] == ["setText('Opslaan')", "setToolTip(' plekken')"]


def _i18n():
    spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "packaging" / "i18n.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_translated_string_has_english_and_the_qm_is_current():
    tool = _i18n()
    missing = tool.unfinished("en")
    assert not missing, f"{len(missing)} teksten zonder Engels, bijv. {missing[:5]}"
    assert not tool.stale("en"), "nulmeting_en.qm is ouder dan de .ts: packaging/i18n.py release"
