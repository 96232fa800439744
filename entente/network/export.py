"""Writing the network: GraphML, GEXF (Gephi) and JSON (node-link), from ``Network.graph()``.

Attributes are plain strings and numbers so that Gephi, Cytoscape, igraph and yEd read
them; every stance edge carries its reasons and event ids, so the evidence travels with
the file.
"""
from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

from ..errors import EntenteError

GRAPH_FORMATS = {".graphml": "graphml", ".gexf": "gexf", ".json": "json"}


def graph_format(path: str | Path, fmt: str | None = None) -> str:
    """The format for a path: ``fmt`` if given, else from the suffix."""
    if fmt:
        if fmt not in GRAPH_FORMATS.values():
            raise EntenteError(f"graph format {fmt!r} is not one of "
                               f"{', '.join(GRAPH_FORMATS.values())}")
        return fmt
    suffix = Path(path).suffix.lower()
    if suffix not in GRAPH_FORMATS:
        raise EntenteError(f"{path}: cannot tell the graph format from the suffix "
                           f"{suffix or '(none)'}; use {', '.join(GRAPH_FORMATS)}")
    return GRAPH_FORMATS[suffix]


def write_graph(graph: nx.MultiDiGraph, path: str | Path, fmt: str | None = None) -> Path:
    """Write ``graph`` to ``path`` as GraphML, GEXF or JSON; returns the path."""
    path = Path(path)
    kind = graph_format(path, fmt)
    if path.parent and not path.parent.exists():
        raise EntenteError(f"{path}: the folder {path.parent} does not exist")
    if kind == "graphml":
        nx.write_graphml(graph, path)
    elif kind == "gexf":
        nx.write_gexf(graph, path)
    else:
        data = nx.node_link_data(graph, edges="edges")
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def read_graph(path: str | Path) -> nx.Graph:
    """Read back a file written by ``write_graph`` (for checks and round trips)."""
    path = Path(path)
    kind = graph_format(path)
    if kind == "graphml":
        return nx.read_graphml(path, force_multigraph=True)
    if kind == "gexf":
        return nx.read_gexf(path)
    return nx.node_link_graph(json.loads(path.read_text(encoding="utf-8")), edges="edges")
