"""Actors: the knowledge base of states, organisations, groups, media and persons."""
from .kb import ActorEntry, KnowledgeBase, KnowledgeBaseError, Role, load_kb

__all__ = ["ActorEntry", "KnowledgeBase", "KnowledgeBaseError", "Role", "load_kb"]
