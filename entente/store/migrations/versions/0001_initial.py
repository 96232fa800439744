"""The store of entente 0.1: documents, actors, events, event_actors, quotes, relations.

A store made by entente 0.1 (before migrations) has exactly these tables and is
stamped with this revision when it is first opened.

Revision ID: 0001
Revises:
"""
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _doc_fk() -> sa.ForeignKey:
    return sa.ForeignKey("documents.id", ondelete="CASCADE")


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.String(512), primary_key=True),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("url", sa.Text),
        sa.Column("source", sa.String(256)),
        sa.Column("published", sa.String(32)),
        sa.Column("language", sa.String(16), nullable=False),
        sa.Column("n_chars", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("ingested_at", sa.String(32), nullable=False),
    )
    op.create_index("ix_documents_sha256", "documents", ["sha256"], unique=True)
    op.create_index("ix_documents_published", "documents", ["published"])

    op.create_table(
        "actors",
        sa.Column("doc_id", sa.String(512), _doc_fk(), primary_key=True),
        sa.Column("actor_id", sa.String(256), primary_key=True),
        sa.Column("name", sa.String(512), nullable=False),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("country", sa.String(3)),
        sa.Column("sector", sa.String(16)),
        sa.Column("wikidata", sa.String(32)),
        sa.Column("n_mentions", sa.Integer, nullable=False),
        sa.Column("mentions", sa.JSON, nullable=False),
    )
    op.create_index("ix_actors_actor_id", "actors", ["actor_id"])

    op.create_table(
        "events",
        sa.Column("id", sa.String(512), primary_key=True),
        sa.Column("doc_id", sa.String(512), _doc_fk(), nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("event", sa.String(16), nullable=False),
        sa.Column("mode", sa.String(64)),
        sa.Column("cameo", sa.String(8)),
        sa.Column("quad", sa.Integer),
        sa.Column("intensity", sa.Float),
        sa.Column("date", sa.String(32)),
        sa.Column("date_precision", sa.String(16)),
        sa.Column("date_lo", sa.String(10)),
        sa.Column("date_hi", sa.String(10)),
        sa.Column("confidence", sa.Float),
        sa.Column("record", sa.JSON, nullable=False),
    )
    for column in ("doc_id", "event", "date", "date_lo", "date_hi"):
        op.create_index(f"ix_events_{column}", "events", [column])

    op.create_table(
        "event_actors",
        sa.Column("event_id", sa.String(512), sa.ForeignKey("events.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("actor_id", sa.String(256), primary_key=True),
        sa.Column("role", sa.String(16), primary_key=True),
        sa.Column("name", sa.String(512), nullable=False),
    )
    op.create_index("ix_event_actors_actor_id", "event_actors", ["actor_id"])

    op.create_table(
        "quotes",
        sa.Column("id", sa.String(512), primary_key=True),
        sa.Column("doc_id", sa.String(512), _doc_fk(), nullable=False),
        sa.Column("speaker_id", sa.String(256)),
        sa.Column("speaker_name", sa.String(512)),
        sa.Column("record", sa.JSON, nullable=False),
    )
    op.create_index("ix_quotes_doc_id", "quotes", ["doc_id"])
    op.create_index("ix_quotes_speaker_id", "quotes", ["speaker_id"])

    op.create_table(
        "relations",
        sa.Column("id", sa.String(512), primary_key=True),
        sa.Column("doc_id", sa.String(512), _doc_fk(), nullable=False),
        sa.Column("source_id", sa.String(256), nullable=False),
        sa.Column("source_name", sa.String(512), nullable=False),
        sa.Column("target_id", sa.String(256), nullable=False),
        sa.Column("target_name", sa.String(512), nullable=False),
        sa.Column("relation", sa.String(32), nullable=False),
        sa.Column("record", sa.JSON, nullable=False),
    )
    for column in ("doc_id", "source_id", "target_id", "relation"):
        op.create_index(f"ix_relations_{column}", "relations", [column])


def downgrade() -> None:
    for table in ("relations", "quotes", "event_actors", "events", "actors", "documents"):
        op.drop_table(table)
