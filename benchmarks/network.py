"""How long the network map takes: read, metrics (betweenness), layout, PNG and SVG.

Builds (once, cached in the temp folder) a store with ``nulmeting demo --plekken N`` and prints
each step's median time beside floors measured in the same run: NetworkX's own betweenness on
the same graph (what the metrics cannot beat), and encoding a blank image of the PNG's size.

    python benchmarks/network.py [--plekken 500] [--runs 3] [--db PATH]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def timed(work: Callable[[], Any], runs: int) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--plekken", type=int, default=500)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    db = args.db or Path(tempfile.gettempdir()) / f"nulmeting-bench-{args.plekken}.sqlite"
    if not db.exists():
        print(f"demo-store maken: {db}")
        subprocess.run(
            [
                sys.executable,
                "-m",
                "nulmeting",
                "--db",
                str(db),
                "demo",
                "--plekken",
                str(args.plekken),
            ],
            check=True,
        )

    import networkx as nx
    from PySide6.QtGui import QColor, QImage

    from nulmeting.network.data import read_network
    from nulmeting.network.graph import NetworkModel
    from nulmeting.network.picture import draw
    from nulmeting.store.store import open_store
    from ui.network.render import PNG_SCALE, ensure_app, write_picture

    ensure_app()
    out = Path(tempfile.mkdtemp(prefix="nulmeting-net-"))
    with open_store(db) as store:
        t_read, data = timed(lambda: read_network(store), args.runs)
    t_model, model = timed(lambda: NetworkModel(data), args.runs)
    t_between, _ = timed(lambda: nx.betweenness_centrality(model.graph), args.runs)
    t_draw, pic = timed(lambda: draw(model), args.runs)
    t_png, _ = timed(lambda: write_picture(pic, out / "kaart.png"), args.runs)
    t_svg, _ = timed(lambda: write_picture(pic, out / "kaart.svg"), args.runs)

    def blank() -> None:
        image = QImage(
            round(pic.width * PNG_SCALE), round(pic.height * PNG_SCALE), QImage.Format.Format_RGB32
        )
        image.fill(QColor("#FFFFFF"))
        image.save(str(out / "leeg.png"), "PNG")

    t_blank, _ = timed(blank, args.runs)
    print(
        f"{len(data.places)} plekken, {len(data.ties)} relaties, "
        f"{len(data.memberships)} lidmaatschappen; {len(model.graph)} knopen, "
        f"{model.graph.number_of_edges()} lijnen (mediaan van {args.runs})"
    )
    print(f"lezen                      {t_read:7.3f} s")
    print(
        f"model (graaf + maten)      {t_model:7.3f} s   vloer: alleen betweenness "
        f"{t_between:.3f} s ({t_model / t_between:.2f}×)"
    )
    print(f"indeling + tekening        {t_draw:7.3f} s")
    print(
        f"PNG {pic.width}×{pic.height}×{PNG_SCALE}  {t_png:7.3f} s   vloer: leeg PNG "
        f"{t_blank:.3f} s"
    )
    print(f"SVG                        {t_svg:7.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
