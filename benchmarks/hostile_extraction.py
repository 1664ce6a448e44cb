"""How long extraction takes on text made to stress each of its patterns (tests/hostile_texts.py).

    python benchmarks/hostile_extraction.py [--repeat N]

Prints, for each text, its size, the slowest of N extractions and the meetings found (a
pattern that runs away shows here as seconds where the others take a fraction). PROCQ_NO_SPACY=1 measures the
rules alone. The tests check only that each text gives valid records; the figures depend on
the machine, so they are measured here and nowhere else.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from hostile_texts import hostile_texts  # noqa: E402

from procq.extract import extract  # noqa: E402
from procq.records import Article  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="extractions of each text; the slowest counts")
    repeat = parser.parse_args().repeat
    extract(Article("warm-up", "warm-up.txt", "Ying Yong met Kamran Aliyev in Beijing."))
    layer = "rules alone" if os.environ.get("PROCQ_NO_SPACY") else "with spaCy"
    print(f"extraction of hostile text ({layer}), slowest of {repeat}")
    print(f"{'text':36} {'characters':>10} {'seconds':>8} {'meetings':>8}")
    for name, text in hostile_texts().items():
        times, meetings = [], 0
        for _ in range(repeat):
            started = time.perf_counter()
            meetings = len(extract(Article("hostile", "hostile.txt", text)).meetings)
            times.append(time.perf_counter() - started)
        print(f"{name:36} {len(text):>10,} {max(times):>8.2f} {meetings:>8}")


if __name__ == "__main__":
    main()
