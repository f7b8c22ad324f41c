"""candidate_index: the statements that may have to choose their fact again are looked up by their candidates

A statement told of no one that could join two named facts is settled (0019). An update used to read every
statement without a principal near its own statements — at a busy place, more with every document the base
holds — and then pass the settled ones over. It now asks the store only for the open ones near it, and for the
settled ones whose recorded candidate is regrouped or of a changed document: by these two indexes.

Revision ID: 0020_candidate_index
Revises: 0019_statement_candidates
Create Date: 2026-12-04
"""

from __future__ import annotations

from alembic import op

revision = "0020_candidate_index"
down_revision = "0019_statement_candidates"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_statements_candidate_a", "statements", ["candidate_a"])
    op.create_index("ix_statements_candidate_b", "statements", ["candidate_b"])


def downgrade() -> None:
    op.drop_index("ix_statements_candidate_b", "statements")
    op.drop_index("ix_statements_candidate_a", "statements")
