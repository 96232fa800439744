"""Who stands under whom, on a given day: for rolling events up the hierarchy.

Links come from two places (``rules.py``, "Roll-up", says which ties roll up):

* the knowledge base: a person's dated roles (``leader_of``, ``member_of``), a group's
  ``affiliate_of``, and state organs (type ``other``, a country, a state sector) under
  their state;
* the ties the stored texts state (``leader_of``, ``member_of``, ``affiliate_of``,
  ``part_of``), for actors the knowledge base gives no link to (an unknown commander
  the text calls "the group's leader").

The knowledge base wins where it has links for an actor, because its links are dated
(Hassan Rouhani led Iran until 2021-08-03, then Ebrahim Raisi did) and a stated tie
is known only to hold when its document was published.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

import pandas as pd

from ..actors.kb import KnowledgeBase
from .records import Tie
from .rules import DEFAULT_RULES, Rules
from .windows import within

_PREFERENCE = ("leader_of", "member_of", "affiliate_of", "part_of", "organ_of")
_MAX_DEPTH = 6


@dataclass(frozen=True, slots=True)
class Link:
    """``child`` counts toward ``parent`` between ``since`` and ``until`` (inclusive)."""
    child: str
    parent: str
    relation: str                # leader_of | member_of | affiliate_of | part_of | organ_of
    since: str | None
    until: str | None
    basis: str                   # "knowledge base" or "stated in doc1, doc2"

    def active_on(self, day: str | None) -> bool:
        return within(self.since, self.until, day)


class Hierarchy:
    """Links by child; ``parent(actor, day)`` and ``top(actor, day)`` follow them."""

    def __init__(self, links: Iterable[Link]):
        self.links: dict[str, tuple[Link, ...]] = {}
        grouped: dict[str, list[Link]] = {}
        for link in links:
            if link.child != link.parent:
                grouped.setdefault(link.child, []).append(link)
        for child, ls in grouped.items():
            ls.sort(key=lambda x: (_PREFERENCE.index(x.relation)
                                   if x.relation in _PREFERENCE else 99, x.parent))
            self.links[child] = tuple(ls)

    @classmethod
    def build(cls, kb: KnowledgeBase | None, ties: Iterable[Tie],
              actor_types: dict[str, str] | None = None,
              rules: Rules = DEFAULT_RULES) -> "Hierarchy":
        links: list[Link] = []
        kb_children: set[str] = set()
        if kb is not None:
            for link in _kb_links(kb, rules):
                links.append(link)
                kb_children.add(link.child)
        types = dict(actor_types or {})
        if kb is not None:
            for actor_id in {t.source for t in ties}:
                entry = kb.get(actor_id)
                if entry is not None:
                    types.setdefault(actor_id, entry.type)
        for tie in ties:
            rule = rules.ties.get(tie.relation)
            if rule is None or rule.rollup == "no" or tie.source in kb_children:
                continue
            if rule.rollup == "persons" and types.get(tie.source) != "person":
                continue
            links.append(Link(tie.source, tie.target, tie.relation, tie.since, tie.until,
                              "stated in " + ", ".join(tie.doc_ids[:3])))
        return cls(links)

    def __contains__(self, actor_id: object) -> bool:
        return actor_id in self.links

    def parent(self, actor_id: str, day: str | None = None) -> Link | None:
        for link in self.links.get(actor_id, ()):
            if link.active_on(day):
                return link
        return None

    def top(self, actor_id: str, day: str | None = None) -> str:
        """The highest actor ``actor_id`` rolls up to on ``day`` (itself when none)."""
        seen = {actor_id}
        current = actor_id
        for _ in range(_MAX_DEPTH):
            link = self.parent(current, day)
            if link is None or link.parent in seen:
                break
            current = link.parent
            seen.add(current)
        return current

    def chain(self, actor_id: str, day: str | None = None) -> tuple[Link, ...]:
        """The links followed from ``actor_id`` up to its top, for explanations."""
        out: list[Link] = []
        seen = {actor_id}
        current = actor_id
        for _ in range(_MAX_DEPTH):
            link = self.parent(current, day)
            if link is None or link.parent in seen:
                break
            out.append(link)
            current = link.parent
            seen.add(current)
        return tuple(out)

    def roll_up(self, pairs: pd.DataFrame, published: pd.Series | None = None) -> pd.DataFrame:
        """``pairs`` with source and target replaced by their tops on each event's date
        (its first day; else ``published``; else any date), the original ids kept in
        ``source_orig``/``target_orig``; pairs that become one actor are dropped."""
        out = pairs.copy()
        out["source_orig"] = out["source"]
        out["target_orig"] = out["target"]
        if not self.links or out.empty:
            return out
        day = out["date_lo"]
        if published is not None:
            day = day.where(day.notna(), published)
        for col in ("source", "target"):
            mask = out[col].isin(self.links.keys())
            if not mask.any():
                continue
            keys = pd.DataFrame({"id": out.loc[mask, col], "day": day[mask]})
            uniq = keys.drop_duplicates()
            mapped = {(i, d): self.top(i, d if isinstance(d, str) else None)
                      for i, d in zip(uniq["id"], uniq["day"])}
            out.loc[mask, col] = [mapped[(i, d)] for i, d in zip(keys["id"], keys["day"])]
        out = out[out["source"] != out["target"]]
        return out.reset_index(drop=True)


def _kb_links(kb: KnowledgeBase, rules: Rules) -> Iterable[Link]:
    states = {e.id for e in kb.entries.values() if e.type == "state"}
    for entry in kb.entries.values():
        for role in entry.roles:
            rule = rules.ties.get(role.relation)
            if rule is not None and rule.rollup != "no":
                yield Link(entry.id, role.target, role.relation, role.since, role.until,
                           "knowledge base")
        if entry.affiliate_of:
            yield Link(entry.id, entry.affiliate_of, "affiliate_of", entry.since, entry.until,
                       "knowledge base")
        if (entry.type == "other" and entry.country in states
                and entry.sector in rules.state_sectors and not entry.affiliate_of):
            yield Link(entry.id, entry.country, "organ_of", entry.since, entry.until,
                       "knowledge base")
