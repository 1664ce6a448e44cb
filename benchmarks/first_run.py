"""Score a new batch of annotated articles once, before any of its misses is read, and record it.

    .venv/bin/python benchmarks/first_run.py tests/data/batches/n27

runs `procq eval --json` on the batch with an empty cache of its own, prints the figures, and
appends them to benchmarks/first_runs.json with the commit of the extractor that scored them. That
first figure is the measure of how the extractor does on articles it was never tuned on; the batch
joins the tuning data only after it.
"""
from __future__ import annotations

import argparse
import datetime
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

RECORD = Path(__file__).with_name("first_runs.json")
PARTS = ("meetings", "participants", "delegations")
ACCURACIES = ("date", "city", "country", "kind", "person_country", "role", "published")


def _commit() -> str:
    return subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                          check=True).stdout.strip()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("batch", type=Path, help="a folder of X.txt and X.gold.json pairs")
    args = parser.parse_args()
    if any(row["batch"] == args.batch.name for row in json.loads(RECORD.read_text(encoding="utf-8"))):
        print(f"{args.batch.name} has its first run recorded already", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as cache:
        run = subprocess.run([sys.executable, "-m", "procq", "--corpus", str(args.batch), "eval", "--json"],
                             capture_output=True, text=True, env={**os.environ, "PROCQ_CACHE_DIR": cache})
    if run.returncode != 0:
        print(run.stderr.strip(), file=sys.stderr)
        return 1
    figures = json.loads(run.stdout)
    row = {"batch": args.batch.name, "articles": figures["articles"], "gold_meetings": figures["gold_meetings"],
           "extractor": _commit(), "date": datetime.date.today().isoformat(), "score": figures["score"]}
    row.update({f"{part}_f1": figures[part]["f1"] for part in PARTS})
    row.update({f"{name}_accuracy": figures[f"{name}_accuracy"] for name in ACCURACIES})
    rows = json.loads(RECORD.read_text(encoding="utf-8")) + [row]
    RECORD.write_text(json.dumps(rows, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps(row, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
