"""How procq's kept index behaves on large corpora: cold build, warm answers, refresh, memory.

    python benchmarks/index_speed.py [--articles 10000 100000] [--spacy] [--keep DIR]

For each size, generates a corpus from the annotated articles of tests/data
(the dev set and the batches), each copy with the years moved back and other
given names for the people, so the events differ, and prints side by side:
the cold build (`procq index` with an empty cache: articles/s, peak memory),
the speed-up of extraction on every core over one process, the whole-process
time of warm `meetings --since 2023 --json`, `person NAME --json` and
`delegations --json` (median of 5), the floor (`python -c "import typer, rich"`),
and the time to answer after one file's text changes and after one file is
only touched. Without --spacy the build uses the rules alone (PROCQ_NO_SPACY=1),
as the whole run does, since the index is of one extractor. A corpus and cache
already kept in the --keep folder (corpus-N, cache-N) are measured as they are:
no generation and no cold build, so a large corpus built once can be measured
again after a change of the code that answers. Never run by the tests; the
figures depend on the machine.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from extraction_speed import altered, names_in_gold

REPOSITORY = Path(__file__).resolve().parent.parent
SOURCES = [REPOSITORY / "tests" / "data" / "devset", *sorted((REPOSITORY / "tests" / "data" / "batches").iterdir())]
RUNS = 5
SAMPLE = 600  # articles extracted on one and on every core to tell the speed-up


def generate(target: Path, count: int) -> None:
    """`count` articles: altered copies of the annotated ones, copy after copy."""
    originals = [(path, path.read_text(encoding="utf-8", errors="replace"), names_in_gold(path))
                 for folder in SOURCES for path in sorted(folder.glob("*.txt"))]
    target.mkdir(parents=True)
    for n in range(count):
        path, text, names = originals[n % len(originals)]
        copy = n // len(originals)
        (target / f"{path.stem}-c{copy:04d}.txt").write_text(altered(text, names, copy), encoding="utf-8")


def run(command: list[str], environment: dict[str, str]) -> tuple[float, int, str]:
    """(seconds, peak resident MiB of the process and the processes it waited for, stdout) of one command."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=environment, text=True)
    output = process.stdout.read() if process.stdout else ""
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(command)}")
    return seconds, usage.ru_maxrss // 1024, output


def median_run(command: list[str], environment: dict[str, str]) -> tuple[float, int]:
    runs = [run(command, environment)[:2] for _ in range(RUNS)]
    return statistics.median(s for s, _ in runs), max(m for _, m in runs)


def speed_up(corpus: Path, environment: dict[str, str]) -> str:
    """Extraction of a sample on every core against one process, in a process of its own."""
    script = (
        "import sys, time\n"
        "from procq.cache import extract_stream\n"
        "from procq.corpus import load_corpus\n"
        "from procq.store import extract_article\n"
        f"articles = load_corpus(sys.argv[1])[0][:{SAMPLE}]\n"
        "rates = []\n"
        "for workers in (1, None):\n"
        "    started = time.perf_counter()\n"
        "    for _ in extract_stream(articles, extract_article, workers): pass\n"
        "    rates.append(len(articles) / (time.perf_counter() - started))\n"
        "print(f'{rates[0]:.0f} articles/s on one process, {rates[1]:.0f} on every core: {rates[1] / rates[0]:.2f} times')\n"
    )
    return run([sys.executable, "-c", script, str(corpus)], environment)[2].strip()


def measure(count: int, workspace: Path, environment: dict[str, str]) -> dict[str, str]:
    corpus, cache = workspace / f"corpus-{count}", workspace / f"cache-{count}"
    kept = corpus.is_dir() and cache.is_dir()
    if not kept:
        generate(corpus, count)
    environment = {**environment, "PROCQ_CACHE_DIR": str(cache)}
    procq = [sys.executable, "-m", "procq", "--corpus", str(corpus)]
    figures: dict[str, str] = {}

    if kept:
        figures["cold build (procq index, cache empty)"] = "kept from an earlier run"
    else:
        seconds, peak, _ = run([*procq, "index"], environment)
        figures["cold build (procq index, cache empty)"] = f"{seconds:.1f} s = {count / seconds:.0f} articles/s"
        figures["  peak memory of the build"] = f"{peak} MiB"
        figures["  extraction speed-up"] = speed_up(corpus, environment)

    name = json.loads(run([*procq, "people", "--json"], environment)[2])[0]["name"]  # the most active
    for label, arguments in (
        ("warm meetings --since 2023 --json", ["meetings", "--since", "2023", "--json"]),
        ("warm person NAME --json", ["person", name, "--json"]),
        ("warm delegations --json", ["delegations", "--json"]),
    ):
        seconds, peak = median_run([*procq, *arguments], environment)
        figures[label] = f"{seconds:.2f} s, {peak} MiB" + (f" ({name})" if "NAME" in label else "")

    article = sorted(corpus.glob("*.txt"))[count // 2]
    article.write_text(article.read_text(encoding="utf-8") + "\nThe talks were held in a friendly atmosphere.\n",
                       encoding="utf-8")
    seconds, peak, _ = run([*procq, "meetings", "--since", "2023", "--json"], environment)
    figures["one file's text changed, then meetings --since 2023"] = f"{seconds:.2f} s, {peak} MiB (re-extracts 1 article)"
    os.utime(article)
    seconds, peak, _ = run([*procq, "meetings", "--since", "2023", "--json"], environment)
    figures["one file touched only, then meetings --since 2023"] = f"{seconds:.2f} s, {peak} MiB (hashes 1 file)"
    size = sum(f.stat().st_size for f in (cache / "index").rglob("index-*.sqlite*"))
    figures["index file"] = f"{size / 2**20:.0f} MiB"
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[10_000], help="corpus sizes (default 10000)")
    parser.add_argument("--spacy", action="store_true", help="extract with spaCy (the default of procq), not the rules alone")
    parser.add_argument("--keep", type=Path, help="generate into this folder and keep it")
    options = parser.parse_args()

    # procq as installed: its modules compiled once (pip writes the bytecode), not on every command
    environment = {key: value for key, value in os.environ.items()
                   if key not in ("PROCQ_NO_SPACY", "PROCQ_NO_CACHE", "PYTHONDONTWRITEBYTECODE")}
    if not options.spacy:
        environment["PROCQ_NO_SPACY"] = "1"
    workspace = options.keep or Path(tempfile.mkdtemp(prefix="procq-index-benchmark-"))
    try:
        floor = median_run([sys.executable, "-c", "import typer, rich"], environment)
        print(f"procq index benchmark, {os.cpu_count()} cores, Python {sys.version.split()[0]}; extraction: "
              f"{'spaCy and the rules' if options.spacy else 'the rules alone (PROCQ_NO_SPACY=1)'}")
        print(f"floor, python -c 'import typer, rich': {floor[0]:.2f} s, {floor[1]} MiB (median of {RUNS})")
        results = {count: measure(count, workspace, environment) for count in options.articles}
        width = max(len(label) for figures in results.values() for label in figures)
        print(f"{'':{width}}  " + "  ".join(f"{count:,} articles" for count in results))
        for label in dict.fromkeys(label for figures in results.values() for label in figures):
            print(f"{label:{width}}  " + "  |  ".join(figures.get(label, "-") for figures in results.values()))
    finally:
        if options.keep is None:
            shutil.rmtree(workspace, ignore_errors=True)


if __name__ == "__main__":
    main()
