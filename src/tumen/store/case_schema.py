"""The case base's tables: what resolution and corroboration found, stored so every read is a query.

Written only by the pipeline (``tumen process``, analysts' decisions); created by migration
``0005_casebase``. In an encrypted store the columns that hold people's names and words are sealed
(:mod:`tumen.store.crypto_columns`). Persons and facts keep their ids as their clusters grow; a retired id
(merged into another) lives on in ``redirects``.
"""

from __future__ import annotations

import sqlalchemy as sa

from tumen.store.crypto_columns import FixedString, SealedJSON, SealedText
from tumen.store.schema import metadata

KEY = sa.String(96)

# Which extraction version of each document the case base has absorbed.
case_documents = sa.Table(
    "case_documents",
    metadata,
    sa.Column("document_id", sa.Integer, primary_key=True),
    sa.Column("version", sa.String(64), nullable=False),
)

# One person as one document tells of them ("DOC:LOCAL_ID"), and the person it belongs to.
case_records = sa.Table(
    "case_records",
    metadata,
    sa.Column("key", KEY, primary_key=True),
    sa.Column("document_id", sa.Integer, nullable=False, index=True),
    sa.Column("person_id", sa.String(16), index=True),
    sa.Column("anchor", KEY, index=True),
    sa.Column("data", SealedJSON("case_records.data"), nullable=False),
)

# Blocking keys: records sharing one may be the same person.
record_keys = sa.Table(
    "record_keys",
    metadata,
    sa.Column("key", FixedString("record_keys.key", 160), primary_key=True),
    sa.Column("record", KEY, primary_key=True, index=True),
    sa.Column("surname", sa.Boolean, nullable=False),
)

persons = sa.Table(
    "persons",
    metadata,
    sa.Column("id", sa.String(16), primary_key=True),
    sa.Column("name", SealedText("persons.name"), nullable=False),
    sa.Column("status", sa.String(32), nullable=False, index=True),
    sa.Column("at_risk", sa.Boolean, nullable=False, index=True),
    sa.Column("anonymous", sa.Boolean, nullable=False),
    sa.Column("mentions", sa.Integer, nullable=False),
    sa.Column("origin", KEY, nullable=False),
    sa.Column("data", SealedJSON("persons.data"), nullable=False),
)

# Every name and alias of a person, normalised, to find persons by name.
person_names = sa.Table(
    "person_names",
    metadata,
    sa.Column("person_id", sa.String(16), primary_key=True),
    sa.Column("normal", FixedString("person_names.normal", 255), primary_key=True, index=True),
)

# Counters the database bumps on every change of a table (0013_persons_version: row "persons", by triggers).
case_versions = sa.Table(
    "case_versions",
    metadata,
    sa.Column("name", sa.String(32), primary_key=True),
    sa.Column("version", sa.BigInteger, nullable=False),
)

# Ids that were merged into another: followed on every look-up, so no printed id dangles.
redirects = sa.Table(
    "redirects",
    metadata,
    sa.Column("id", sa.String(16), primary_key=True),
    sa.Column("target", sa.String(16), nullable=False),
)

# Each statement of an event, persons still as record keys.
# A statement told of no one (or of an anonymous person) that could join fewer than two named facts: ``candidates``
# counts them (0, 1, 2); -1 marks a statement told of someone, NULL one not counted yet (stored before 0019).
# Written out, not built, so that a query can repeat it word for word and SQLite uses the partial index.
OPEN_STATEMENT = "(candidates IS NULL OR candidates IN (0, 1))"

statements = sa.Table(
    "statements",
    metadata,
    sa.Column("id", sa.String(128), primary_key=True),
    sa.Column("document_id", sa.Integer, nullable=False, index=True),
    sa.Column("type", sa.String(64), nullable=False, index=True),
    sa.Column("principal", KEY, index=True),
    sa.Column("place", KEY, index=True),
    sa.Column("fact_id", sa.String(16), index=True),
    # When it may have happened (its time, else the weeks before its report) and a distinctive tally it counts:
    # what could join it to a fact of another document is looked up by these.
    sa.Column("lo", sa.Date),
    sa.Column("hi", sa.Date),
    sa.Column("tally", sa.Integer, index=True),
    sa.Column("dated", sa.Boolean, nullable=False, server_default=sa.false()),  # lo/hi is its own time
    # 0019: of a statement told of no one in particular, how many named facts it could join (counted up to two)
    # and, when two, one statement of each: it stays a fact of its own until one of those facts changes.
    sa.Column("candidates", sa.SmallInteger),
    sa.Column("candidate_a", sa.String(128), index=True),  # 0020: indexed, to find who may choose again
    sa.Column("candidate_b", sa.String(128), index=True),
    sa.Column("data", SealedJSON("statements.data"), nullable=False),
    sa.Index("ix_statements_where", "place", "type", "lo", "hi"),  # 0015: what is told there, then
    # 0020: the same for the open statements only (told of no one, fewer than two candidates: OPEN_STATEMENT), so
    # that what an update reads near a busy place does not grow with the settled and named statements there
    sa.Index(
        "ix_statements_open",
        "place",
        "type",
        "lo",
        "hi",
        sqlite_where=sa.text(OPEN_STATEMENT),
        postgresql_where=sa.text(OPEN_STATEMENT),
    ),
)

# The records and corpus-wide entities a statement names (participants and witness).
statement_entities = sa.Table(
    "statement_entities",
    metadata,
    sa.Column("statement", sa.String(128), primary_key=True),
    sa.Column("entity", KEY, primary_key=True, index=True),
)

facts = sa.Table(
    "facts",
    metadata,
    sa.Column("id", sa.String(16), primary_key=True),
    sa.Column("type", sa.String(64), nullable=False, index=True),
    sa.Column("verdict", sa.String(32), nullable=False, index=True),
    sa.Column("earliest", sa.Date),
    sa.Column("latest", sa.Date, index=True),  # the last day of its time (0012_fact_period: upper bound if older)
    sa.Column("origin", sa.String(128), nullable=False),
    sa.Column("data", SealedJSON("facts.data"), nullable=False),
    sa.Index("ix_facts_period", "earliest", "type", "id", "latest"),
)

# The persons and corpus-wide entities a fact involves, with their role ("witness" for witnesses).
fact_entities = sa.Table(
    "fact_entities",
    metadata,
    sa.Column("fact_id", sa.String(16), primary_key=True),
    sa.Column("entity", sa.String(16), primary_key=True, index=True),
    sa.Column("role", sa.String(32), primary_key=True),
)

named = sa.Table(
    "named",
    metadata,
    sa.Column("id", sa.String(16), primary_key=True),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("name", SealedText("named.name"), nullable=False),
    sa.Column("place_kind", sa.String(32)),
    sa.Column("aliases", SealedJSON("named.aliases"), nullable=False),
)

# How one document names an organisation, place or group, with its mentions.
named_mentions = sa.Table(
    "named_mentions",
    metadata,
    sa.Column("entity", sa.String(16), primary_key=True),
    sa.Column("document_id", sa.Integer, primary_key=True, index=True),
    sa.Column("data", SealedJSON("named_mentions.data"), nullable=False),
)

relation_statements = sa.Table(
    "relation_statements",
    metadata,
    sa.Column("id", sa.String(128), primary_key=True),
    sa.Column("document_id", sa.Integer, nullable=False, index=True),
    sa.Column("subject", KEY, nullable=False, index=True),
    sa.Column("object", KEY, nullable=False, index=True),
    sa.Column("data", SealedJSON("relation_statements.data"), nullable=False),
)

relations = sa.Table(
    "relations",
    metadata,
    sa.Column("id", sa.String(16), primary_key=True),
    sa.Column("subject", KEY, nullable=False, index=True),
    sa.Column("object", KEY, nullable=False, index=True),
    sa.Column("data", SealedJSON("relations.data"), nullable=False),
)

# MinHash signatures and their LSH bands: a new document finds its copies by index.
signatures = sa.Table(
    "signatures",
    metadata,
    sa.Column("document_id", sa.Integer, primary_key=True),
    sa.Column("signature", sa.LargeBinary, nullable=False),
)

signature_bands = sa.Table(
    "signature_bands",
    metadata,
    sa.Column("band", sa.String(32), primary_key=True),
    sa.Column("document_id", sa.Integer, primary_key=True, index=True),
)

# A document credits an outlet ("according to Seoul Wire").
citations = sa.Table(
    "citations",
    metadata,
    sa.Column("document_id", sa.Integer, primary_key=True),
    sa.Column("outlet", sa.String(255), primary_key=True, index=True),
)

dependencies = sa.Table(
    "dependencies",
    metadata,
    sa.Column("document_id", sa.Integer, primary_key=True),
    sa.Column("depends_on", sa.Integer, primary_key=True, index=True),
    sa.Column("why", sa.String(128), primary_key=True),
)

# Uncertain "same person?" pairs for the review queue, with the reasons for and against.
review_pairs = sa.Table(
    "review_pairs",
    metadata,
    sa.Column("left_record", KEY, primary_key=True),
    sa.Column("right_record", KEY, primary_key=True, index=True),
    sa.Column("score", sa.Float, nullable=False),
    sa.Column("data", SealedJSON("review_pairs.data"), nullable=False),
)

CASE_TABLES = (
    case_documents,
    case_records,
    record_keys,
    persons,
    person_names,
    redirects,
    statements,
    statement_entities,
    facts,
    fact_entities,
    named,
    named_mentions,
    relation_statements,
    relations,
    signatures,
    signature_bands,
    citations,
    dependencies,
    review_pairs,
)
