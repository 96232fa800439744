"""Shared fixtures: one pipeline (the spaCy model loads once per test session)."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def pipeline():
    from entente.pipeline import Pipeline
    return Pipeline()
