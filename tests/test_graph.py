"""procq graph: each format parses, and its nodes and edges are the people and meetings of meetings --json."""
from __future__ import annotations

import io
import json
from collections import Counter
from itertools import combinations

import networkx
import pytest

from procq.exit_codes import ExitStatus


def read_graph(file_format: str, text: str) -> networkx.Graph:
    if file_format == "json":
        return networkx.node_link_graph(json.loads(text), edges="links")
    read = networkx.read_graphml if file_format == "graphml" else networkx.read_gexf
    return read(io.BytesIO(text.encode("utf-8")))


def who_met_whom(meetings: list[dict]) -> tuple[dict[str, str | None], Counter]:
    """Each participant's name with the country, and each pair of names with the meetings they shared."""
    countries = {p["name"]: p["country"] for meeting in meetings for p in meeting["participants"]}
    pairs: Counter = Counter()
    for meeting in meetings:
        names = dict.fromkeys(p["name"] for p in meeting["participants"])
        pairs.update(frozenset(pair) for pair in combinations(names, 2))
    return countries, pairs


@pytest.mark.parametrize("file_format", ["graphml", "gexf", "json"])
def test_every_format_holds_the_people_and_the_meetings_they_shared(procq, seeds_dir, file_format):
    meetings = json.loads(procq("--corpus", seeds_dir, "meetings", "--json").stdout)
    result = procq("--corpus", seeds_dir, "graph", "--format", file_format)
    assert result.exit_code == ExitStatus.ANSWERED, result.stderr
    graph = read_graph(file_format, result.stdout)

    label = {node: data["label"] for node, data in graph.nodes(data=True)}
    countries, pairs = who_met_whom(meetings)
    assert {label[node]: data["country"] for node, data in graph.nodes(data=True)} == countries
    assert graph.nodes["ying-yong"]["appearances"] == 3 and graph.nodes["ying-yong"]["title"]
    edges = {frozenset((label[one], label[other])): data for one, other, data in graph.edges(data=True)}
    assert {pair: int(data["weight"]) for pair, data in edges.items()} == dict(pairs)

    shared = edges[frozenset(("Ying Yong", "Kamran Aliyev"))]
    if file_format == "json":
        assert (shared["meetings"], shared["dates"]) == (["000_316df6bce73329b3#1"], ["2023-10-19"])
    else:
        assert (shared["meetings"], shared["dates"]) == ("000_316df6bce73329b3#1", "2023-10-19")


def test_output_file_holds_what_stdout_would(procq, seeds_dir, tmp_path):
    path = tmp_path / "who.gexf"
    written = procq("--corpus", seeds_dir, "graph", "--format", "gexf", "--output", path)
    assert written.exit_code == ExitStatus.ANSWERED and written.stdout == ""
    printed = procq("--corpus", seeds_dir, "graph", "--format", "gexf").stdout
    assert path.read_text(encoding="utf-8") == printed


def test_an_unwritable_output_is_one_line_and_exit_2(procq, seeds_dir, tmp_path):
    target = tmp_path / "missing" / "who.graphml"
    result = procq("--corpus", seeds_dir, "graph", "--output", target)
    assert result.exit_code == ExitStatus.BAD_USAGE
    assert result.stderr == f"procq: error: cannot write {target}: No such file or directory\n"


def test_an_unknown_format_is_bad_usage(procq, seeds_dir):
    result = procq("--corpus", seeds_dir, "graph", "--format", "dot")
    assert result.exit_code == ExitStatus.BAD_USAGE and "Traceback" not in result.stderr
