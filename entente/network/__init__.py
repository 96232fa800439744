"""The alliance and hostility network: dyads over time, stances, blocs and shifts, each
with the events and sentences behind it.

    from entente.network import Network
    net = Network.from_store("my.db")
    net.stances()            # DataFrame
    net.changes("al-qaeda", "ISIS")

One module per concern: ``load`` (read the store), ``hierarchy`` (roll-up), ``windows``
(time), ``aggregate`` (dyads), ``stance``, ``blocs`` (structure and balance), ``change``
(change points), ``export`` (GraphML / GEXF / JSON), ``plot`` (matplotlib), ``core``
(the ``Network`` that ties them together), ``rules`` (every weight and threshold).

Needs the ``network`` extra: pip install 'entente[network]' (networkx, pandas, matplotlib).
"""
from __future__ import annotations

from ..errors import EntenteError

try:
    import networkx  # noqa: F401
    import pandas  # noqa: F401
except ModuleNotFoundError as exc:      # pragma: no cover - depends on the install
    raise EntenteError(f"the network needs {exc.name}, which is not installed; "
                       "install it with: pip install 'entente[network]'") from exc

from .core import Network, Options, records_frame  # noqa: E402
from .records import (STANCES, WINDOWS, BalanceHypothesis, Bloc, BlocShift,  # noqa: E402
                      ChangePoint,
                      DyadTimeline, DyadWindow, EventRef, Partner, Segment, Stance, Tie)
from .rules import DEFAULT_RULES, Rules  # noqa: E402

__all__ = ["Network", "Options", "records_frame", "Rules", "DEFAULT_RULES", "STANCES",
           "WINDOWS", "BalanceHypothesis", "Bloc", "BlocShift", "ChangePoint", "DyadTimeline",
           "DyadWindow", "EventRef", "Partner", "Segment", "Stance", "Tie"]
