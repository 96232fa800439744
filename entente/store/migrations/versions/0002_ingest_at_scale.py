"""Ingest at scale: where each document was read from, MinHash signatures and LSH bands
for near-duplicates, and the duplicates table (n_articles / n_sources on events).

Revision ID: 0002
Revises: 0001
"""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _doc_fk() -> sa.ForeignKey:
    return sa.ForeignKey("documents.id", ondelete="CASCADE")


def upgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.add_column(sa.Column("origin", sa.Text))
        batch.add_column(sa.Column("minhash", sa.LargeBinary))

    op.create_table(
        "duplicates",
        sa.Column("id", sa.String(512), primary_key=True),
        sa.Column("of_id", sa.String(512), _doc_fk(), nullable=False),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("similarity", sa.Float, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("url", sa.Text),
        sa.Column("source", sa.String(256)),
        sa.Column("published", sa.String(32)),
        sa.Column("origin", sa.Text),
        sa.Column("ingested_at", sa.String(32), nullable=False),
    )
    op.create_index("ix_duplicates_of_id", "duplicates", ["of_id"])
    op.create_index("ix_duplicates_sha256", "duplicates", ["sha256"])

    op.create_table(
        "doc_bands",
        sa.Column("key", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("doc_id", sa.String(512), _doc_fk(), primary_key=True),
    )
    op.create_index("ix_doc_bands_doc_id", "doc_bands", ["doc_id"])


def downgrade() -> None:
    op.drop_table("doc_bands")
    op.drop_table("duplicates")
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("minhash")
        batch.drop_column("origin")
