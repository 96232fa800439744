"""Pipelines that stall or crash, for tests/test_limits.py.  A module of their own, with
light imports, because the worker processes of a pool import it (by name) to make them.
"""
from __future__ import annotations

import os
import signal
import time

from entente.records import CodedDocument

STALL = "STALL"            # a document that starts with this never finishes its dates stage
CRASH = "CRASH"            # ... kills its process (in the fake pipeline)


def stalling_pipeline(**kwargs):
    """The real pipeline, except that its dates stage never ends on a document that
    starts with STALL: only the time limit stops it."""
    from entente.pipeline import Pipeline

    class Stalling(Pipeline):
        def _dates(self, doc, published):
            if doc.text.startswith(STALL):
                while True:
                    time.sleep(0.005)
            return super()._dates(doc, published)

    return Stalling(**kwargs)


class Fake:
    """A stand-in pipeline for the watchdog: it 'codes' at once, but a STALL document
    hangs where no alarm can reach it and a CRASH document kills its process."""
    nlp = None

    def code_many(self, batch, batch_size=16, limits=None):
        for doc in batch:
            if doc.text.startswith(STALL):
                signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
                time.sleep(3600)
            if doc.text.startswith(CRASH):
                os._exit(3)
            yield CodedDocument(doc, (), (), (), ())


def fake_pipeline() -> Fake:
    return Fake()
