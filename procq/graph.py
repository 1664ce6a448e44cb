"""Who met whom, as a graph file for Gephi, Cytoscape or d3.

People are the nodes (with name, country, latest title and appearances); two
people who took part in a meeting together are joined by one edge whose
``weight`` is the number of such meetings, with their ids and dates. That is
the same "met" as ``procq person``'s counterparts: everyone else at the
meeting. networkx writes the files (GraphML, GEXF, and d3's node-link JSON)
and is imported here only.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from itertools import combinations
from typing import TYPE_CHECKING, Any

from .dataset import Dataset

if TYPE_CHECKING:
    import networkx

LIST_SEPARATOR = "; "  # GraphML and GEXF values are scalars: a list is written as one string


def meeting_graph(dataset: Dataset) -> "networkx.Graph":
    """The graph of people and the meetings they shared, in the order of ``meetings --json``."""
    import networkx

    graph = networkx.Graph()
    for person in dataset.people:
        graph.add_node(person.id, label=person.name, country=person.country, title=person.latest_title,
                       appearances=person.appearances)
    for meeting in dataset.meetings:
        present = dict.fromkeys(
            person.id for p in meeting.participants if (person := dataset.person(p.name, p.country))
        )
        for one, other in combinations(present, 2):
            if not graph.has_edge(one, other):
                graph.add_edge(one, other, weight=0, meetings=[], dates=[])
            edge = graph.edges[one, other]
            edge["weight"] += 1
            edge["meetings"].append(meeting.id)
            edge["dates"].append(meeting.date)
    return graph


def graph_text(dataset: Dataset, file_format: str) -> Iterator[str]:
    """The graph written in ``file_format`` ("graphml", "gexf" or "json", as ``procq graph --format`` offers), as lines
    of text."""
    import networkx

    graph = meeting_graph(dataset)
    if file_format == "json":
        yield json.dumps(networkx.node_link_data(graph, edges="links"), indent=2, ensure_ascii=False) + "\n"
        return
    write = networkx.generate_graphml if file_format == "graphml" else networkx.generate_gexf
    for line in write(_scalars(graph)):
        yield line + "\n"


def _scalars(graph: "networkx.Graph") -> "networkx.Graph":
    """A copy whose attributes GraphML and GEXF can hold: lists joined, unknown values left out."""
    flat = graph.__class__()
    flat.add_nodes_from((node, _scalar_values(data)) for node, data in graph.nodes(data=True))
    flat.add_edges_from((one, other, _scalar_values(data)) for one, other, data in graph.edges(data=True))
    return flat


def _scalar_values(data: dict[str, Any]) -> dict[str, Any]:
    return {
        key: LIST_SEPARATOR.join(item or "" for item in value) if isinstance(value, list) else value
        for key, value in data.items() if value is not None
    }
