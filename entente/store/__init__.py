"""Where coded documents are kept: SQLite by default, PostgreSQL by URL.

    from entente.store import Store
    with Store() as store:              # $ENTENTE_DB or ~/.local/share/entente/entente.db
        store.save(coded)
        store.events(actor="RUS", event="ASSAULT", since="2015-09-30")
        store.check()                   # [] when consistent (entente.store.check)
"""
from .sqlstore import DEFAULT_DB_PATH, Store, StoreFull, date_bounds, default_url, to_url

__all__ = ["DEFAULT_DB_PATH", "Store", "StoreFull", "date_bounds", "default_url", "to_url"]
