"""Schema versions: Alembic, driven from code with tumen's own connection.

Opening a store only compares two revision names, so it does not import Alembic (about half a second of
start-up for every command): the stored revision is read from Alembic's own ``alembic_version`` table and the
newest revision from the migration files, whose chain is linear. Alembic itself runs only to upgrade.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).parent / "migrations"
VERSION_TABLE = "alembic_version"  # Alembic's default, which tumen's environment keeps
_ASSIGNMENT = re.compile(r"^(revision|down_revision)\s*(?::[^=]*)?=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)


def _config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def _chain() -> dict[str, str | None]:
    """revision -> the revision it follows, read from the migration files' two assignments."""
    chain: dict[str, str | None] = {}
    for path in sorted((MIGRATIONS / "versions").glob("[0-9]*.py")):
        found = dict(_ASSIGNMENT.findall(path.read_text(encoding="utf-8")))
        if "revision" not in found:
            raise RuntimeError(f"{path.name}: a migration without a revision")
        chain[found["revision"]] = found.get("down_revision")
    return chain


@cache
def head_revision() -> str:
    """The newest revision: the one no other revision follows (there is exactly one)."""
    chain = _chain()
    followed = {down for down in chain.values() if down is not None}
    heads = [revision for revision in chain if revision not in followed]
    if len(heads) != 1:
        raise RuntimeError(f"the migrations must form one chain; heads: {', '.join(sorted(heads)) or 'none'}")
    return heads[0]


def current_revision(engine: Engine) -> str | None:
    """The store's revision, or None for a database tumen has not initialised."""
    with engine.connect() as connection:
        if not sa.inspect(connection).has_table(VERSION_TABLE):
            return None
        versions = sa.table(VERSION_TABLE, sa.column("version_num", sa.String))
        return connection.execute(sa.select(versions.c.version_num)).scalars().first()


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest version (creating it in an empty database)."""
    from alembic import command

    with engine.begin() as connection:
        command.upgrade(_config(connection), "head")


def alembic_head() -> str | None:
    """The head as Alembic computes it (for the test that :func:`head_revision` agrees)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config()).get_current_head()
