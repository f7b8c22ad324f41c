"""Counters the database keeps of changes to the case base (``case_versions``, migration 0013).

``persons``: bumped by triggers in the transaction of every insert, update or delete of the ``persons`` table —
names, aliases, mentions and the stored at-risk flag all live there — so two equal readings mean the persons did
not change in between. The web app keeps the readers' redaction while it stays the same.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from tumen.store import case_schema as t


def persons_version(engine: Engine) -> int:
    """The persons' change counter now (0: never changed since the counter exists)."""
    v = t.case_versions
    with engine.connect() as conn:
        found = conn.execute(sa.select(v.c.version).where(v.c.name == "persons")).scalar()
    return int(found) if found is not None else 0
