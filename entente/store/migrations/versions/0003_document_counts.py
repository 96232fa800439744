"""Store safety: each document row keeps how many actors, events, event actors, quotes,
relations and LSH bands it was saved with (written in the same transaction), so that
``entente check`` can tell a complete document from a half-written one.  Documents
already stored are counted from their rows.

Revision ID: 0003
Revises: 0002
"""
import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

COLUMNS = ("n_actors", "n_events", "n_event_actors", "n_quotes", "n_relations", "n_bands")
COUNTED = {
    "n_actors": "SELECT count(*) FROM actors x WHERE x.doc_id = documents.id",
    "n_events": "SELECT count(*) FROM events x WHERE x.doc_id = documents.id",
    "n_event_actors": "SELECT count(*) FROM event_actors x JOIN events e ON e.id = x.event_id "
                      "WHERE e.doc_id = documents.id",
    "n_quotes": "SELECT count(*) FROM quotes x WHERE x.doc_id = documents.id",
    "n_relations": "SELECT count(*) FROM relations x WHERE x.doc_id = documents.id",
    "n_bands": "SELECT count(*) FROM doc_bands x WHERE x.doc_id = documents.id",
}


def upgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        for name in COLUMNS:
            batch.add_column(sa.Column(name, sa.Integer))
    op.execute("UPDATE documents SET " + ", ".join(f"{name} = ({COUNTED[name]})"
                                                   for name in COLUMNS))


def downgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        for name in reversed(COLUMNS):
            batch.drop_column(name)
