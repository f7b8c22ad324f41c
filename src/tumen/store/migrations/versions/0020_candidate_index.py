"""candidate_index: the statements that may have to choose their fact again are looked up by their candidates

A statement told of no one that could join two named facts is settled (0019). An update used to read every
statement without a principal near its own statements — at a busy place, more with every document the base
holds — and then pass the settled ones over. It now asks the store only for the open ones near it (a partial index
of the open statements by place, type and time: ``OPEN_STATEMENT``; a statement told of someone is counted -1, so
it is not in it), and for the settled ones whose recorded candidate is regrouped or of a changed document (two
indexes on the candidates). Statements stored before keep their counts; those told of someone enter the partial
index (NULL) until an update near them counts them -1.

Revision ID: 0020_candidate_index
Revises: 0019_statement_candidates
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

OPEN_STATEMENT = "(candidates IS NULL OR candidates IN (0, 1))"  # as in tumen.store.case_schema, at this revision

revision = "0020_candidate_index"
down_revision = "0019_statement_candidates"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_statements_candidate_a", "statements", ["candidate_a"])
    op.create_index("ix_statements_candidate_b", "statements", ["candidate_b"])
    op.create_index(
        "ix_statements_open",
        "statements",
        ["place", "type", "lo", "hi"],
        sqlite_where=sa.text(OPEN_STATEMENT),
        postgresql_where=sa.text(OPEN_STATEMENT),
    )


def downgrade() -> None:
    op.drop_index("ix_statements_open", "statements")
    op.drop_index("ix_statements_candidate_b", "statements")
    op.drop_index("ix_statements_candidate_a", "statements")
