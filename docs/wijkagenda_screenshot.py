"""Make docs/wijkagenda.png: a wijk page of the generated wijkagenda, rendered by Chromium.

    python docs/wijkagenda_screenshot.py [--wijk spangen] [--width 1280] [--height 1500]

Builds a throwaway store with demo plekken, publishes the wijkagenda (as on 2 March 2026, when
every demo interview is less than a year old) and lets headless Chromium (Debian's ``chromium``)
take the screenshot of ``<wijk>.html``; ``--width 390`` shows the phone layout.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from nulmeting.exchange import demo  # noqa: E402
from nulmeting.exchange.wijkagenda.publish import publish  # noqa: E402
from nulmeting.store.store import open_store  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wijk", default="spangen")
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=1500)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "wijkagenda.png")
    args = parser.parse_args()
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        print("chromium ontbreekt (apt-get install chromium)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        with open_store(Path(tmp) / "demo.sqlite") as store:
            store.set_setting("round", "Nulmeting 2025-2026")
            demo.generate(store, 40, seed=3)
            site = publish(store, Path(tmp) / "site", today=dt.date(2026, 3, 2)).folder
        page = site / f"{args.wijk}.html"
        subprocess.run(
            [
                chromium,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--hide-scrollbars",
                f"--window-size={args.width},{args.height}",
                f"--screenshot={args.out.resolve()}",
                page.as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
    print(f"Geschreven: {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
