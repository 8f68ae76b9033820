"""The window's translations: update the ``.ts`` catalogues from the source, compile the ``.qm``.

    python packaging/i18n.py update    # new strings of the window appear in resources/i18n/*.ts
    python packaging/i18n.py release   # resources/i18n/*_en.ts -> resources/i18n/nulmeting_en.qm
    python packaging/i18n.py check     # exit 1 when a string has no English or the .qm is stale

One catalogue per GUI package (fewer people in one file, smaller diffs), plus ``core_en.ts``:
the Dutch labels the window shows from the core's registries (field labels, form sections,
entity names, settings, value lists), extracted here because ``lupdate`` only reads ``tr()``
calls. The window translates those with ``QCoreApplication.translate(CORE_CONTEXT[...], label)``.
All catalogues compile into one ``nulmeting_en.qm``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "i18n"
LANGUAGES = ("en",)

#: catalogue → the sources lupdate reads for it (files or folders under the repository)
CATALOGUES: dict[str, tuple[str, ...]] = {
    "window": (
        "ui/window",
        "ui/app.py",
        "ui/tasks.py",
        "ui/common.py",
        "ui/launcher.py",
        "ui/command.py",
    ),
    "dialogs": ("ui/dialogs",),
    "form": ("ui/form",),
    "network": ("ui/network",),
}

#: Contexts of the core's strings (see :func:`core_strings`); the window uses the same names.
CORE_CONTEXT = {
    "field": "Veld",
    "entity": "Entiteit",
    "setting": "Instelling",
    "option": "Keuze",
    "section": "Onderdeel",
}


def core_strings() -> dict[str, list[str]]:
    """The core's Dutch labels the window shows, per context, in a stable order."""
    sys.path.insert(0, str(ROOT))
    from nulmeting.domain import fields, reference, settings

    found: dict[str, list[str]] = {c: [] for c in CORE_CONTEXT.values()}

    def add(kind: str, text: str | None) -> None:
        bucket = found[CORE_CONTEXT[kind]]
        if text and text not in bucket:
            bucket.append(text)

    for entity, label in fields.ENTITY_LABELS.items():
        add("entity", label)
        for fd in fields.fields(entity).values():
            add("field", fd.label)
    for title in fields.SECTIONS.values():
        add("section", title)
    for s in settings.SETTINGS.values():
        add("setting", s.label)
        for _, label in s.choices:
            add("setting", label)
    for key in reference.option_lists():
        for label in reference.options(key).values():
            add("option", label)
    return found


def _tool(name: str) -> str:
    path = Path(sys.executable).with_name(f"pyside6-{name}")
    return str(path) if path.exists() else shutil.which(f"pyside6-{name}") or f"pyside6-{name}"


def _sources(paths: tuple[str, ...]) -> list[str]:
    files: list[str] = []
    for p in paths:
        full = ROOT / p
        files += sorted(str(f) for f in full.rglob("*.py")) if full.is_dir() else [str(full)]
    return files


def _ts_path(catalogue: str, language: str) -> Path:
    return FOLDER / f"{catalogue}_{language}.ts"


def _update_core(path: Path, language: str) -> None:
    """Write the core's strings into ``path``, keeping translations already made."""
    known: dict[tuple[str, str], str] = {}
    if path.exists():
        for ctx in ET.parse(path).getroot().iter("context"):
            name = ctx.findtext("name", "")
            for msg in ctx.iter("message"):
                tr = msg.find("translation")
                if tr is not None and tr.text and tr.get("type") not in {"unfinished", "obsolete"}:
                    known[(name, msg.findtext("source", ""))] = tr.text
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="nl")
    for context, texts in core_strings().items():
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = context
        for text in texts:
            msg = ET.SubElement(ctx, "message")
            ET.SubElement(msg, "source").text = text
            tr = ET.SubElement(msg, "translation")
            if (context, text) in known:
                tr.text = known[(context, text)]
            else:
                tr.set("type", "unfinished")
    ET.indent(root)
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        + ET.tostring(root, encoding="unicode")
        + "\n",
        encoding="utf-8",
    )


def update() -> None:
    FOLDER.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        for catalogue, paths in CATALOGUES.items():
            ts = _ts_path(catalogue, language)
            cmd = [_tool("lupdate"), "-no-obsolete", "-locations", "none"]
            cmd += [*_sources(paths), "-source-language", "nl", "-target-language", language]
            subprocess.run([*cmd, "-ts", str(ts)], check=True, capture_output=True)
        _update_core(_ts_path("core", language), language)


def _release_to(qm: Path, language: str) -> None:
    sources = sorted(str(p) for p in FOLDER.glob(f"*_{language}.ts"))
    subprocess.run(
        [_tool("lrelease"), "-silent", *sources, "-qm", str(qm)], check=True, capture_output=True
    )


#: Our supplement to Qt's own catalogue of a language (texts ``qtbase_<lang>.qm`` lacks),
#: written by hand: ``qtbase_extra_<lang>.ts`` → ``qtbase_extra_<lang>.qm`` (see ui/i18n.py).
QT_EXTRA = "qtbase_extra_*.ts"


def _release_extra(ts: Path, qm: Path) -> None:
    subprocess.run(
        [_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True
    )


def release() -> None:
    for language in LANGUAGES:
        _release_to(FOLDER / f"nulmeting_{language}.qm", language)
    for ts in FOLDER.glob(QT_EXTRA):
        _release_extra(ts, ts.with_suffix(".qm"))


def unfinished(language: str = "en") -> list[tuple[str, str, str]]:
    """(catalogue, context, source) of every string without a translation, after an update
    into a scratch copy (the catalogues on disk are not changed)."""
    missing = []
    with tempfile.TemporaryDirectory() as scratch:
        for catalogue, paths in {**CATALOGUES, "core": ()}.items():
            ts = Path(scratch) / f"{catalogue}_{language}.ts"
            if _ts_path(catalogue, language).exists():
                shutil.copy(_ts_path(catalogue, language), ts)
            if catalogue == "core":
                _update_core(ts, language)
            else:
                cmd = [_tool("lupdate"), "-no-obsolete", "-locations", "none", *_sources(paths)]
                subprocess.run([*cmd, "-ts", str(ts)], check=True, capture_output=True)
            for ctx in ET.parse(ts).getroot().iter("context"):
                for msg in ctx.iter("message"):
                    tr = msg.find("translation")
                    forms = [tr.text] if tr is not None and msg.get("numerus") != "yes" else []
                    forms += [f.text for f in tr.iter("numerusform")] if tr is not None else []
                    if tr is None or not any((f or "").strip() for f in forms) or tr.get("type"):
                        missing.append(
                            (catalogue, ctx.findtext("name", ""), msg.findtext("source", ""))
                        )
    return missing


def stale(language: str = "en") -> bool:
    """Whether the shipped .qm differs from one compiled from the catalogues now."""
    shipped = FOLDER / f"nulmeting_{language}.qm"
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch) / shipped.name
        _release_to(fresh, language)
        if not shipped.exists() or shipped.read_bytes() != fresh.read_bytes():
            return True
        for ts in FOLDER.glob(QT_EXTRA):
            fresh = Path(scratch) / ts.with_suffix(".qm").name
            _release_extra(ts, fresh)
            qm = ts.with_suffix(".qm")
            if not qm.exists() or qm.read_bytes() != fresh.read_bytes():
                return True
        return False


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command == "update":
        update()
    elif command == "release":
        release()
    elif command == "check":
        missing = unfinished()
        for catalogue, context, source in missing:
            print(f"{catalogue}: {context}: {source!r} heeft geen vertaling")
        if stale():
            print(
                "resources/i18n/nulmeting_en.qm is niet bijgewerkt: python packaging/i18n.py release"
            )
        return 1 if missing or stale() else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
