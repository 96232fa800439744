"""Per-document resource limits, so that one pathological input cannot stall a run.

    max_chars    the longest text coded (after extraction): longer documents are refused
                 before any work, with an error that names them
    max_seconds  how long coding one document may take: past it, the document becomes an
                 error and the run goes on

Defaults come from the environment (``ENTENTE_MAX_CHARS``, ``ENTENTE_MAX_SECONDS``), else
the constants below; the command line's ``--max-chars`` / ``--max-seconds`` win over both.
``0`` turns a limit off.  (The size of the raw input is the readers' ``--max-bytes``.)

The time limit is enforced twice:

* cooperatively: the pipeline checks its :class:`Deadline` between stages, in any thread;
* by an alarm (:func:`hard_limit`, ``SIGALRM``) that interrupts a stage stuck inside its
  own loop, where signals can be used: the main thread of a process on a POSIX system
  (``entente code``, ``entente ingest``, its worker processes).  In other threads (the
  API server, Dask workers) only the cooperative checks apply.

A worker process that cannot be interrupted at all is ended by the pool's watchdog
(:mod:`entente.batch.coders`).
"""
from __future__ import annotations

import math
import os
import signal
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Iterator, Mapping

from .errors import EntenteError, InputError

DEFAULT_MAX_CHARS = 1_000_000        # spaCy's own max_length: about 170,000 words
DEFAULT_MAX_SECONDS = 120.0          # a news article codes in well under a second
ENV_MAX_CHARS = "ENTENTE_MAX_CHARS"
ENV_MAX_SECONDS = "ENTENTE_MAX_SECONDS"


class DocumentTimeout(BaseException):
    """Coding one document ran past its deadline.

    A BaseException (like KeyboardInterrupt), so that a stage's ``except Exception``
    cannot swallow it: only the pipeline, which set the deadline, catches it."""

    def __init__(self, stage: str = ""):
        super().__init__(stage)
        self.stage = stage


class LimitExceeded(EntenteError):
    """A document over a limit, for callers of ``Pipeline.code`` (one document): the
    :class:`InputError` that ``code_many`` would have given is in ``error``."""

    def __init__(self, error: InputError):
        super().__init__(str(error))
        self.error = error


@dataclass(frozen=True, slots=True)
class Limits:
    """How long a document may be, and how long coding it may take (0 or None: no limit)."""
    max_chars: int | None = DEFAULT_MAX_CHARS
    max_seconds: float | None = DEFAULT_MAX_SECONDS

    def __post_init__(self) -> None:
        if self.max_chars is not None and self.max_chars < 0:
            raise EntenteError(f"max_chars {self.max_chars}: give a number of characters, "
                               "or 0 for no limit")
        if self.max_seconds is not None and not (self.max_seconds >= 0
                                                 and math.isfinite(self.max_seconds)):
            raise EntenteError(f"max_seconds {self.max_seconds}: give a number of seconds, "
                               "or 0 for no limit")
        # 0 means "no limit": keep one spelling of it
        object.__setattr__(self, "max_chars", self.max_chars or None)
        object.__setattr__(self, "max_seconds", float(self.max_seconds) if self.max_seconds
                           else None)

    @classmethod
    def from_env(cls, max_chars: int | None = None, max_seconds: float | None = None,
                 environ: Mapping[str, str] | None = None) -> "Limits":
        """Limits given here, else from ``ENTENTE_MAX_CHARS`` / ``ENTENTE_MAX_SECONDS``,
        else the defaults."""
        env = os.environ if environ is None else environ
        if max_chars is None:
            max_chars = int(_env_number(env, ENV_MAX_CHARS, DEFAULT_MAX_CHARS, whole=True))
        if max_seconds is None:
            max_seconds = _env_number(env, ENV_MAX_SECONDS, DEFAULT_MAX_SECONDS)
        return cls(max_chars=max_chars, max_seconds=max_seconds)

    def check_length(self, doc_id: str, text: str) -> InputError | None:
        """The error for a text over ``max_chars``, or None."""
        if self.max_chars is None or len(text) <= self.max_chars:
            return None
        return InputError(doc_id, f"is longer than {self.max_chars:,} characters "
                                  f"({len(text):,}); split it, or raise --max-chars "
                                  f"(${ENV_MAX_CHARS}) to code it whole")

    def timed_out(self, doc_id: str, stage: str = "") -> InputError:
        """The error for a document that ran past ``max_seconds``."""
        where = f", stopped in {stage}" if stage else ""
        return InputError(doc_id, f"took longer than {self.max_seconds:g} s to code (the "
                                  f"limit per document{where}); raise --max-seconds "
                                  f"(${ENV_MAX_SECONDS}) or split it")

    def deadline(self, spent: float = 0.0) -> "Deadline":
        """A deadline for one document that has already used ``spent`` seconds."""
        return Deadline(self.max_seconds, started=time.monotonic() - max(0.0, spent))


def _env_number(env: Mapping[str, str], name: str, default: float, whole: bool = False) -> float:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw) if whole else float(raw)
    except ValueError:
        raise EntenteError(f"${name}={raw!r} is not a {'whole ' if whole else ''}number; "
                           f"set it to a number{' of seconds' if not whole else ''}, 0 for no "
                           "limit, or unset it for the default") from None
    if value < 0 or not math.isfinite(value):
        raise EntenteError(f"${name}={raw!r}: give a positive number, 0 for no limit")
    return value


NO_LIMITS = Limits(max_chars=None, max_seconds=None)


@dataclass
class Deadline:
    """The time one document may still take, and the stage it is in.  ``check(stage)``,
    called before each stage, raises :class:`DocumentTimeout` (naming the stage that used
    the time up) once the deadline has passed; without a limit it never does."""
    seconds: float | None
    started: float = field(default_factory=lambda: time.monotonic())
    stage: str = "parse"

    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def remaining(self) -> float | None:
        return None if self.seconds is None else self.seconds - self.elapsed()

    def check(self, stage: str) -> None:
        left = self.remaining()
        if left is not None and left <= 0:
            raise DocumentTimeout(self.stage)
        self.stage = stage


def can_alarm() -> bool:
    """Whether :func:`hard_limit` can interrupt code here (main thread, POSIX timers)."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def hard_limit(deadline: Deadline) -> Iterator[None]:
    """Interrupt the block with :class:`DocumentTimeout` when ``deadline`` passes (an
    interval timer and ``SIGALRM``), even inside a stage's own loops.  Does nothing
    without a limit, outside the main thread, or while another interval timer runs (it
    is someone else's, e.g. a test runner's; the cooperative checks still apply).  Never
    ``yield`` to a caller from inside it: the alarm would go off in the caller's code."""
    seconds = deadline.remaining()
    if seconds is None or not can_alarm() or signal.getitimer(signal.ITIMER_REAL)[0] > 0:
        yield
        return
    if seconds <= 0:
        raise DocumentTimeout(deadline.stage)

    def expired(signum, frame):
        raise DocumentTimeout(deadline.stage)

    previous = signal.signal(signal.SIGALRM, expired)
    try:
        signal.setitimer(signal.ITIMER_REAL, seconds)
        yield
    finally:
        try:
            signal.setitimer(signal.ITIMER_REAL, 0)
        finally:
            signal.signal(signal.SIGALRM, signal.SIG_DFL if previous is None else previous)


__all__ = ["DEFAULT_MAX_CHARS", "DEFAULT_MAX_SECONDS", "ENV_MAX_CHARS", "ENV_MAX_SECONDS",
           "Deadline", "DocumentTimeout", "LimitExceeded", "Limits", "NO_LIMITS", "can_alarm",
           "hard_limit"]
