"""Build the one-folder bundle: ``python packaging/build.py`` → ``dist/Nulmeting/``.

Runs PyInstaller on ``packaging/nulmeting.spec`` with the Python that runs this script (use the
project's venv), then prints the build time and the bundle size. Options:

    --dist DIR    where the bundle goes (default: dist/ in the checkout)
    --work DIR    PyInstaller's scratch folder (default: build/ in the checkout)
    --smoke-test  afterwards run the bundle's ``--version`` and ``gui --smoke-test`` once
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "nulmeting.spec"
APP = "Nulmeting"


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def executable(bundle: Path) -> Path:
    """The program inside a built bundle (``Nulmeting`` or ``Nulmeting.exe``)."""
    return bundle / (f"{APP}.exe" if sys.platform == "win32" else APP)


def build(dist: Path, work: Path, *, quiet: bool = False) -> tuple[Path, float]:
    """Run PyInstaller; return the bundle folder and the seconds it took."""
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(SPEC),
    ]
    if quiet:
        command[3:3] = ["--log-level", "WARN"]
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    started = time.perf_counter()
    subprocess.run(command, cwd=ROOT, env=env, check=True)
    return dist / APP, time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Bouw de Nulmeting-bundel (PyInstaller).")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build")
    parser.add_argument("--quiet", action="store_true", help="alleen waarschuwingen tonen")
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="start de bundel daarna één keer (--version en gui --smoke-test)",
    )
    args = parser.parse_args(argv)
    try:
        bundle, seconds = build(args.dist.resolve(), args.work.resolve(), quiet=args.quiet)
    except subprocess.CalledProcessError as exc:
        print(f"Bouwen mislukt (PyInstaller gaf code {exc.returncode}).", file=sys.stderr)
        return 1
    size = folder_size(bundle)
    files = sum(1 for p in bundle.rglob("*") if p.is_file())
    print(f"Bundel:    {bundle}")
    print(f"Programma: {executable(bundle)}")
    print(f"Bouwtijd:  {seconds:.1f} s")
    print(f"Grootte:   {size / 1e6:.1f} MB in {files} bestanden")
    if args.smoke_test:
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
            for extra in (
                ["--version"],
                ["--db", str(Path(tmp) / "rook.sqlite"), "gui", "--smoke-test"],
            ):
                started = time.perf_counter()
                done = subprocess.run(
                    [str(executable(bundle)), *extra],
                    cwd=tmp,
                    env=env,
                    capture_output=True,
                    text=True,
                )
                print(
                    f"{' '.join(extra)}: code {done.returncode} in "
                    f"{time.perf_counter() - started:.2f} s {done.stdout.strip()[:80]}"
                )
                if done.returncode:
                    print(done.stderr, file=sys.stderr)
                    return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
