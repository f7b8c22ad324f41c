"""statement_candidates: how many named facts each statement told of no one could join, and which

A statement without a known principal ("an arrest in <town> on <day>") joins the one named fact it can only be
(corroborate/grouping.py). Until now every update near such a statement chose its fact again, and read every
named fact around it to do so: at a busy place an update's work grew with the base. Each such statement now
keeps how many candidates it had (counted up to two) and, when two, one statement of each. With two it stays a
fact of its own until one of them changes, so an update passes it over (pipeline/refact.py).

Statements stored before this revision have no count: they are chosen again as before, and get their count the
next time they are.

Revision ID: 0019_statement_candidates
Revises: 0018_regroup_unattributed
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0019_statement_candidates"
down_revision = "0018_regroup_unattributed"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("statements", sa.Column("candidates", sa.SmallInteger))
    op.add_column("statements", sa.Column("candidate_a", sa.String(128)))
    op.add_column("statements", sa.Column("candidate_b", sa.String(128)))


def downgrade() -> None:
    with op.batch_alter_table("statements") as batch:
        batch.drop_column("candidate_b")
        batch.drop_column("candidate_a")
        batch.drop_column("candidates")
