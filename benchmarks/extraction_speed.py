"""How fast procq reads a corpus: extraction per article, and a whole `procq meetings --json` run.

    python benchmarks/extraction_speed.py [--copies N] [--source DIR] [--keep]

Builds a temporary corpus of N altered copies of every article of the dev set
(tests/data/devset, else tests/data/seeds): each copy moves
the years back and gives the people of the gold annotations other given
names, so no two articles are the same text. Prints articles per second for
extraction alone, on one core and on all of them, and the wall time of the
command line on the whole corpus. PROCQ_NO_SPACY=1 measures the rules alone.
Never run by the tests; the figures depend on the machine.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
SOURCES = (REPOSITORY / "tests" / "data" / "devset", REPOSITORY / "tests" / "data" / "seeds")
OTHER_GIVEN_NAMES = ["Anna", "Boris", "Daniyar", "Elena", "Farrukh", "Galina", "Hao", "Irina", "Jasur", "Karina"]
YEAR = re.compile(r"\b(19[89]\d|20[0-4]\d)\b")


def names_in_gold(article: Path) -> list[str]:
    """The participant names of the article's gold annotations, longest first; none without gold."""
    gold = article.with_name(article.stem + ".gold.json")
    if not gold.exists():
        return []
    meetings = json.loads(gold.read_text(encoding="utf-8")).get("meetings", [])
    names = {p["name"] for m in meetings for p in m.get("participants", []) if len(p["name"].split()) > 1}
    return sorted(names, key=len, reverse=True)


def altered(text: str, names: list[str], copy: int) -> str:
    """The article as if written `copy` years earlier about people with other given names."""
    text = YEAR.sub(lambda found: str(int(found.group()) - copy), text)
    for name in names:
        first, rest = name.split(" ", 1)
        text = text.replace(name, f"{OTHER_GIVEN_NAMES[copy % len(OTHER_GIVEN_NAMES)]} {rest}")
    return text


def build_corpus(source: Path, copies: int, target: Path) -> int:
    """Write `copies` altered copies of every article of `source` into `target`; return how many."""
    written = 0
    for article in sorted(source.glob("*.txt")):
        text, names = article.read_text(encoding="utf-8", errors="replace"), names_in_gold(article)
        for copy in range(copies):
            (target / f"{article.stem}-copy{copy:03d}.txt").write_text(altered(text, names, copy), encoding="utf-8")
            written += 1
    return written


def time_extraction(corpus: Path, workers: int) -> tuple[int, int, float]:
    """(articles, meetings, seconds) for extracting every article of the corpus on ``workers`` processes,
    reading excluded, loading the statistical pipeline included."""
    from procq import extract, load_corpus
    from procq.cache import extract_stream

    articles, _ = load_corpus(corpus)
    started = time.perf_counter()
    meetings = sum(len(facts.meetings) for _, facts in extract_stream(articles, extract, workers))
    return len(articles), meetings, time.perf_counter() - started


def time_command_line(corpus: Path, cache: Path) -> tuple[int, float]:
    """(meetings printed, seconds) for `procq --corpus DIR meetings --json`, start-up included,
    with the extraction cache in ``cache``."""
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "procq", "--corpus", str(corpus), "meetings", "--json"],
        capture_output=True, text=True, check=True, env={**os.environ, "PROCQ_CACHE_DIR": str(cache)},
    )
    return len(json.loads(result.stdout)), time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--copies", type=int, default=20, help="altered copies of each article (default 20)")
    parser.add_argument("--source", type=Path, help="folder of articles to copy (default: the dev set, else the seeds)")
    parser.add_argument("--keep", action="store_true", help="keep the generated corpus and print where it is")
    options = parser.parse_args()
    source = options.source or next(folder for folder in SOURCES if folder.is_dir())

    target = Path(tempfile.mkdtemp(prefix="procq-benchmark-"))
    try:
        count = build_corpus(source, options.copies, target)
        print(f"corpus: {count} articles ({options.copies} copies of {source})")
        for workers in (1, os.cpu_count() or 1):
            articles, meetings, seconds = time_extraction(target, workers)
            print(f"extraction on {workers} core(s): {articles} articles, {meetings} meetings in {seconds:.2f} s "
                  f"= {articles / seconds:,.0f} articles/s ({1000 * seconds / articles:.2f} ms per article)")
        cache = Path(tempfile.mkdtemp(prefix="procq-benchmark-cache-"))
        printed, wall = time_command_line(target, cache)
        print(f"procq meetings --json, cache empty: {printed} meetings in {wall:.2f} s (start-up, reading, extraction, index, JSON)")
        printed, wall = time_command_line(target, cache)
        print(f"procq meetings --json, cache full:  {printed} meetings in {wall:.2f} s (start-up, reading, cache, index, JSON)")
        shutil.rmtree(cache)
    finally:
        if options.keep:
            print(f"kept: {target}")
        else:
            shutil.rmtree(target)


if __name__ == "__main__":
    main()
