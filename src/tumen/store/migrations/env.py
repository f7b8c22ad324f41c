"""Alembic environment: tumen always passes the connection in, never reads alembic.ini."""

from __future__ import annotations

from alembic import context

from tumen.store.schema import metadata

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("tumen migrations run through tumen.store.Store.init(), which supplies a connection")

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
