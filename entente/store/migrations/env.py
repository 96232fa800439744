"""Alembic environment for entente's store: run by entente.store.migrate on the
connection it is given (no alembic.ini, no URL here)."""
from alembic import context

from entente.store.schema import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata,
                  render_as_batch=connection.dialect.name == "sqlite")
with context.begin_transaction():
    context.run_migrations()
