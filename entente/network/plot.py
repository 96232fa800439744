"""Pictures for people who would rather look than read (matplotlib, no display needed).

* ``plot_dyad``: a pair's cooperation (up, green) and conflict (down, red) per window,
  its balance as a line, and its change points as dashed verticals.
* ``plot_network``: actors as nodes coloured by bloc, ally pairs as green lines, hostile
  pairs as red dashes, mixed pairs grey; line width grows with the evidence.

The suffix of the path (.png, .svg, .pdf) picks the format.
"""
from __future__ import annotations

from pathlib import Path

from ..errors import EntenteError
from .records import DyadTimeline

PLOT_SUFFIXES = (".png", ".svg", ".pdf")
STANCE_STYLE = {"ally": ("#2e7d32", "-"), "hostile": ("#c62828", "--"),
                "mixed": ("#9e9e9e", ":"), "neutral": ("#bdbdbd", ":"),
                "unknown": ("#e0e0e0", ":")}


def _pyplot():
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    return plt


def _check(path: str | Path) -> Path:
    path = Path(path)
    if path.suffix.lower() not in PLOT_SUFFIXES:
        raise EntenteError(f"{path}: a plot is written as {', '.join(PLOT_SUFFIXES)}; "
                           f"got {path.suffix or 'no suffix'}")
    if not path.parent.exists():
        raise EntenteError(f"{path}: the folder {path.parent} does not exist")
    return path


def plot_dyad(timeline: DyadTimeline, path: str | Path, *,
              names: dict[str, str] | None = None) -> Path:
    """Plot a pair's score over time (``Network.timeline``) to ``path``."""
    path = _check(path)
    windows = [w for w in timeline.windows if w.window != "all"]
    if not windows:
        raise EntenteError(f"{timeline.a} - {timeline.b}: no dated events to plot "
                           f"(window {timeline.window})")
    plt = _pyplot()
    import datetime as dt
    names = names or {}
    labels = [w.window for w in windows]
    starts = [dt.date.fromisoformat(w.start) for w in windows]
    ends = [dt.date.fromisoformat(w.end) for w in windows]
    x = [s + (e - s) / 2 for s, e in zip(starts, ends)]          # time axis: gaps show
    width = [max((e - s).days * 0.8, 0.8) for s, e in zip(starts, ends)]
    fig, ax = plt.subplots(figsize=(9.0, 4.2))
    ax.bar(x, [w.cooperation for w in windows], width=width, color="#2e7d32",
           label="cooperation")
    ax.bar(x, [-w.conflict for w in windows], width=width, color="#c62828", label="conflict")
    ax.axhline(0, color="black", linewidth=0.6)
    ax.set_ylabel("weighted intensity")
    ax2 = ax.twinx()
    ax2.plot(x, [w.balance for w in windows], color="#1f1f1f", marker="o", label="balance")
    ax2.set_ylim(-1.1, 1.1)
    ax2.set_ylabel("balance (-1 hostile .. +1 ally)")
    for c in timeline.changes:
        if c.window in labels:
            at = starts[labels.index(c.window)]
            ax.axvline(at, color="#1565c0", linestyle="--", linewidth=1.2)
            ax.annotate(f" {c.before.stance} -> {c.after.stance}", (at, ax.get_ylim()[1]),
                        va="top", fontsize=8, color="#1565c0")
    fig.autofmt_xdate()
    arrow = "->" if timeline.directed else "-"
    ax.set_title(f"{names.get(timeline.a, timeline.a)} {arrow} "
                 f"{names.get(timeline.b, timeline.b)}, by {timeline.window}")
    handles = ax.get_legend_handles_labels()[0] + ax2.get_legend_handles_labels()[0]
    ax.legend(handles, [h.get_label() for h in handles], loc="lower left", fontsize=8)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
    return path


def plot_network(graph, path: str | Path, *, seed: int = 0) -> Path:
    """Plot ``Network.graph()`` to ``path``: stance edges only, nodes coloured by bloc."""
    path = _check(path)
    import networkx as nx
    simple = nx.Graph()
    for n, d in graph.nodes(data=True):
        simple.add_node(n, **d)
    for a, b, d in graph.edges(data=True):
        if d.get("kind") == "stance" and d.get("stance") in ("ally", "hostile", "mixed"):
            simple.add_edge(a, b, **d)
    simple.remove_nodes_from([n for n in list(simple) if simple.degree(n) == 0])
    if simple.number_of_nodes() == 0:
        raise EntenteError("nothing to plot: no pair is ally, hostile or mixed")
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(9, 7))
    signed = nx.Graph()
    signed.add_nodes_from(simple)
    for a, b, d in simple.edges(data=True):        # allies pull together, enemies less so
        signed.add_edge(a, b, weight=2.0 if d["stance"] == "ally" else 0.3)
    pos = nx.spring_layout(signed, seed=seed, weight="weight")
    blocs = sorted({simple.nodes[n].get("bloc", 0) for n in simple})
    cmap = plt.get_cmap("tab10")
    colours = [("#cccccc" if simple.nodes[n].get("bloc", 0) == 0
                else cmap(blocs.index(simple.nodes[n]["bloc"]) % 10)) for n in simple]
    for stance, (colour, style) in STANCE_STYLE.items():
        edges = [(a, b) for a, b, d in simple.edges(data=True) if d["stance"] == stance]
        if edges:
            widths = [0.8 + min(simple[a][b].get("n_events", 1), 10) * 0.3 for a, b in edges]
            nx.draw_networkx_edges(simple, pos, edgelist=edges, edge_color=colour,
                                   style=style, width=widths, ax=ax)
    nx.draw_networkx_nodes(simple, pos, node_color=colours, node_size=500, ax=ax)
    nx.draw_networkx_labels(simple, pos, labels={n: simple.nodes[n].get("label", n)
                                                 for n in simple}, font_size=8, ax=ax)
    ax.set_title(f"ally (green), hostile (red dashed), mixed (grey); window "
                 f"{graph.graph.get('window', 'all')}")
    ax.axis("off")
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
    return path
