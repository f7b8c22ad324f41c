"""casebase: persons, facts, statements, relations, signatures and dependencies stored

Revision ID: 0005_casebase
Revises: 0004_search
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_casebase"
down_revision = "0004_search"
branch_labels = None
depends_on = None

KEY = sa.String(96)


def upgrade() -> None:
    op.create_table(
        "case_documents",
        sa.Column("document_id", sa.Integer, primary_key=True),
        sa.Column("version", sa.String(64), nullable=False),
    )
    op.create_table(
        "case_records",
        sa.Column("key", KEY, primary_key=True),
        sa.Column("document_id", sa.Integer, nullable=False),
        sa.Column("person_id", sa.String(16)),
        sa.Column("anchor", KEY),
        sa.Column("data", sa.JSON, nullable=False),
    )
    op.create_index("ix_case_records_document_id", "case_records", ["document_id"])
    op.create_index("ix_case_records_person_id", "case_records", ["person_id"])
    op.create_index("ix_case_records_anchor", "case_records", ["anchor"])
    op.create_table(
        "record_keys",
        sa.Column("key", sa.String(160), primary_key=True),
        sa.Column("record", KEY, primary_key=True),
        sa.Column("surname", sa.Boolean, nullable=False),
    )
    op.create_index("ix_record_keys_record", "record_keys", ["record"])
    op.create_table(
        "persons",
        sa.Column("id", sa.String(16), primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("status", sa.String(32), nullable=False),
        sa.Column("at_risk", sa.Boolean, nullable=False),
        sa.Column("anonymous", sa.Boolean, nullable=False),
        sa.Column("mentions", sa.Integer, nullable=False),
        sa.Column("origin", KEY, nullable=False),
        sa.Column("data", sa.JSON, nullable=False),
    )
    op.create_index("ix_persons_status", "persons", ["status"])
    op.create_index("ix_persons_at_risk", "persons", ["at_risk"])
    op.create_table(
        "person_names",
        sa.Column("person_id", sa.String(16), primary_key=True),
        sa.Column("normal", sa.String(255), primary_key=True),
    )
    op.create_index("ix_person_names_normal", "person_names", ["normal"])
    op.create_table(
        "redirects",
        sa.Column("id", sa.String(16), primary_key=True),
        sa.Column("target", sa.String(16), nullable=False),
    )
    op.create_table(
        "statements",
        sa.Column("id", sa.String(128), primary_key=True),
        sa.Column("document_id", sa.Integer, nullable=False),
        sa.Column("type", sa.String(64), nullable=False),
        sa.Column("principal", KEY),
        sa.Column("place", KEY),
        sa.Column("fact_id", sa.String(16)),
        sa.Column("lo", sa.Date),
        sa.Column("hi", sa.Date),
        sa.Column("tally", sa.Integer),
        sa.Column("dated", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("data", sa.JSON, nullable=False),
    )
    op.create_index("ix_statements_document_id", "statements", ["document_id"])
    op.create_index("ix_statements_type", "statements", ["type"])
    op.create_index("ix_statements_principal", "statements", ["principal"])
    op.create_index("ix_statements_place", "statements", ["place"])
    op.create_index("ix_statements_tally", "statements", ["tally"])
    op.create_index("ix_statements_fact_id", "statements", ["fact_id"])
    op.create_table(
        "statement_entities",
        sa.Column("statement", sa.String(128), primary_key=True),
        sa.Column("entity", KEY, primary_key=True),
    )
    op.create_index("ix_statement_entities_entity", "statement_entities", ["entity"])
    op.create_table(
        "facts",
        sa.Column("id", sa.String(16), primary_key=True),
        sa.Column("type", sa.String(64), nullable=False),
        sa.Column("verdict", sa.String(32), nullable=False),
        sa.Column("earliest", sa.Date),
        sa.Column("origin", sa.String(128), nullable=False),
        sa.Column("data", sa.JSON, nullable=False),
    )
    op.create_index("ix_facts_type", "facts", ["type"])
    op.create_index("ix_facts_verdict", "facts", ["verdict"])
    op.create_table(
        "fact_entities",
        sa.Column("fact_id", sa.String(16), primary_key=True),
        sa.Column("entity", sa.String(16), primary_key=True),
        sa.Column("role", sa.String(32), primary_key=True),
    )
    op.create_index("ix_fact_entities_entity", "fact_entities", ["entity"])
    op.create_table(
        "named",
        sa.Column("id", sa.String(16), primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("place_kind", sa.String(32)),
        sa.Column("aliases", sa.JSON, nullable=False),
    )
    op.create_table(
        "named_mentions",
        sa.Column("entity", sa.String(16), primary_key=True),
        sa.Column("document_id", sa.Integer, primary_key=True),
        sa.Column("data", sa.JSON, nullable=False),
    )
    op.create_index("ix_named_mentions_document_id", "named_mentions", ["document_id"])
    op.create_table(
        "relation_statements",
        sa.Column("id", sa.String(128), primary_key=True),
        sa.Column("document_id", sa.Integer, nullable=False),
        sa.Column("subject", KEY, nullable=False),
        sa.Column("object", KEY, nullable=False),
        sa.Column("data", sa.JSON, nullable=False),
    )
    op.create_index("ix_relation_statements_document_id", "relation_statements", ["document_id"])
    op.create_index("ix_relation_statements_subject", "relation_statements", ["subject"])
    op.create_index("ix_relation_statements_object", "relation_statements", ["object"])
    op.create_table(
        "relations",
        sa.Column("id", sa.String(16), primary_key=True),
        sa.Column("subject", KEY, nullable=False),
        sa.Column("object", KEY, nullable=False),
        sa.Column("data", sa.JSON, nullable=False),
    )
    op.create_index("ix_relations_subject", "relations", ["subject"])
    op.create_index("ix_relations_object", "relations", ["object"])
    op.create_table(
        "signatures",
        sa.Column("document_id", sa.Integer, primary_key=True),
        sa.Column("signature", sa.LargeBinary, nullable=False),
    )
    op.create_table(
        "signature_bands",
        sa.Column("band", sa.String(32), primary_key=True),
        sa.Column("document_id", sa.Integer, primary_key=True),
    )
    op.create_index("ix_signature_bands_document_id", "signature_bands", ["document_id"])
    op.create_table(
        "citations",
        sa.Column("document_id", sa.Integer, primary_key=True),
        sa.Column("outlet", sa.String(255), primary_key=True),
    )
    op.create_index("ix_citations_outlet", "citations", ["outlet"])
    op.create_table(
        "dependencies",
        sa.Column("document_id", sa.Integer, primary_key=True),
        sa.Column("depends_on", sa.Integer, primary_key=True),
        sa.Column("why", sa.String(128), primary_key=True),
    )
    op.create_index("ix_dependencies_depends_on", "dependencies", ["depends_on"])
    op.create_table(
        "review_pairs",
        sa.Column("left_record", KEY, primary_key=True),
        sa.Column("right_record", KEY, primary_key=True),
        sa.Column("score", sa.Float, nullable=False),
        sa.Column("data", sa.JSON, nullable=False),
    )
    op.create_index("ix_review_pairs_right_record", "review_pairs", ["right_record"])


def downgrade() -> None:
    op.drop_table("review_pairs")
    op.drop_table("dependencies")
    op.drop_table("citations")
    op.drop_table("signature_bands")
    op.drop_table("signatures")
    op.drop_table("relations")
    op.drop_table("relation_statements")
    op.drop_table("named_mentions")
    op.drop_table("named")
    op.drop_table("fact_entities")
    op.drop_table("facts")
    op.drop_table("statement_entities")
    op.drop_table("statements")
    op.drop_table("redirects")
    op.drop_table("person_names")
    op.drop_table("persons")
    op.drop_table("record_keys")
    op.drop_table("case_records")
    op.drop_table("case_documents")
