"""Actors: the knowledge base of states, territories, organisations, groups, media and
persons (with dated roles), its sector words and role titles, and how a name resolves."""
from .kb import (ENV_ACTORS, ActorEntry, Candidate, Explanation, KnowledgeBase,
                 KnowledgeBaseError, Role, Title, load_kb, parse_day)

__all__ = ["ENV_ACTORS", "ActorEntry", "Candidate", "Explanation", "KnowledgeBase",
           "KnowledgeBaseError", "Role", "Title", "load_kb", "parse_day"]
