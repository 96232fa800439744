"""entente's REST API and web server (FastAPI): ``create_app`` builds the application.

Install with the ``web`` extra: ``pip install 'entente[web]'``.
"""
from __future__ import annotations


def create_app(*args, **kwargs):
    """See :func:`entente.api.app.create_app`."""
    try:
        from .app import create_app as make
    except ModuleNotFoundError as exc:
        from ..errors import EntenteError
        raise EntenteError(f"the web server needs {exc.name}, which is not installed; "
                           "install it with: pip install 'entente[web]'") from exc
    return make(*args, **kwargs)


__all__ = ["create_app"]
