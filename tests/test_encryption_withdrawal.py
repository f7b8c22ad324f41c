"""Withdrawing a document from an encrypted store: the reason (which may name a person) is sealed in its own table
and re-sealed when the key rotates; the evidence chain holds only a salted hash of it. A plaintext store keeps the
reason in the chain. Every store test runs on a SQLite file and on PostgreSQL; the texts are invented."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator

import pytest
import sqlalchemy as sa

from test_encryption import OTHER_KEY, _fill, _rows_text, _seal, keyed  # noqa: F401  (keyed: the fixture)
from tumen import Tumen
from tumen.store import crypto, crypto_keys
from tumen.store.chain import chain
from tumen.store.crypto import DataKey
from tumen.store.withdrawal import reason_of, withdrawal_reasons

REASON = "Vorlanth Ki-bom asked us to withdraw it"
pytestmark = pytest.mark.usefixtures("keyed")  # the data key in the environment (a plaintext store ignores it)


@pytest.fixture
def sealed(db_url: str) -> Iterator[tuple[Tumen, dict[str, int]]]:
    tumen = Tumen.init(db_url)
    ids = _fill(tumen, ("arrest", "korean"))
    _seal(tumen)
    yield tumen, ids
    tumen.close()


def _tombstone(tumen: Tumen) -> dict[str, str]:
    with tumen.store.engine.connect() as conn:
        detail = conn.execute(sa.select(chain.c.detail).where(chain.c.kind == "withdrawal")).scalar_one()
    told: dict[str, str] = json.loads(detail)
    return told


def test_a_sealed_stores_withdrawal_reason_is_nowhere_in_clear(sealed: tuple[Tumen, dict[str, int]]) -> None:
    tumen, ids = sealed
    tumen.withdraw(ids["arrest"], reason=REASON, by="tester")
    tables = ("chain", "withdrawal_reasons", "audit_log")
    assert "vorlanth" not in _rows_text(tumen.store.engine, tables)
    told = _tombstone(tumen)
    assert "reason" not in told
    with tumen.store.engine.connect() as conn:
        assert reason_of(conn, ids["arrest"]) == REASON
        salt = conn.execute(sa.select(withdrawal_reasons.c.salt)).scalar_one()
    assert told["reason_sha256"] == hashlib.sha256((salt + REASON).encode()).hexdigest()
    assert tumen.check() == []


def test_the_reason_is_resealed_when_the_key_rotates(
    sealed: tuple[Tumen, dict[str, int]], db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    tumen, ids = sealed
    tumen.withdraw(ids["arrest"], reason=REASON, by="tester")
    old = crypto.sealer_of(tumen.store.engine)
    assert old is not None
    crypto_keys.rotate_store(tumen.store.engine, old, DataKey(bytes.fromhex(OTHER_KEY), "the new key"))
    monkeypatch.setenv(crypto.KEY_ENV, OTHER_KEY)
    with Tumen.open(db_url) as reopened, reopened.store.engine.connect() as conn:
        assert reason_of(conn, ids["arrest"]) == REASON
        assert reopened.check() == []


def test_a_plaintext_store_keeps_the_reason_in_the_chain(db_url: str) -> None:
    tumen = Tumen.init(db_url)
    ids = _fill(tumen, ("arrest",))
    tumen.withdraw(ids["arrest"], reason=REASON, by="tester")
    assert _tombstone(tumen)["reason"] == REASON
    with tumen.store.engine.connect() as conn:
        assert reason_of(conn, ids["arrest"]) is None
    tumen.close()
