"""``tumen user`` / ``tumen token`` on SQLite and PostgreSQL, and ``tumen serve`` refusing to start without an
admin (and starting, on 127.0.0.1, with one)."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import sqlalchemy as sa
from click.testing import CliRunner

import tumen.cli.users  # noqa: F401  (registers `tumen user` and `tumen token` until cli/app.py imports it)
from tumen import Tumen
from tumen.cli.app import main
from tumen.store import accounts

PASSWORD = "invented-passphrase-for-tests"


def tumen_cli(db: str, *args: str, stdin: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["--db", db, *args], input=stdin)
    return result.exit_code, result.stdout, result.stderr


def test_users_are_added_listed_and_disabled(db_url: str) -> None:
    Tumen.init(db_url).close()
    code, _out, err = tumen_cli(
        db_url, "user", "add", "amina", "--role", "analyst", "--password-stdin", stdin=PASSWORD + "\n"
    )
    assert code == 0 and "user amina added (analyst)" in err
    assert tumen_cli(db_url, "user", "add", "root.admin", "--role", "admin", "--password-stdin", stdin=PASSWORD)[0] == 0
    code, out, _err = tumen_cli(db_url, "user", "list", "--json")
    listed = json.loads(out)
    assert code == 0 and [(u["name"], u["role"], u["disabled"]) for u in listed] == [
        ("amina", "analyst", None),
        ("root.admin", "admin", None),
    ]
    engine = sa.create_engine(db_url)
    with engine.connect() as conn:
        stored = conn.execute(sa.select(accounts.users.c.password_hash)).scalars().all()
    engine.dispose()
    assert all(h.startswith("$argon2id$") and PASSWORD not in h for h in stored), "only argon2 hashes are kept"
    code, _out, err = tumen_cli(db_url, "user", "add", "amina", "--role", "reader", "--password-stdin", stdin=PASSWORD)
    assert code == 1 and err.strip() == "error: user 'amina' already exists"
    code, _out, err = tumen_cli(db_url, "user", "disable", "amina")
    assert code == 0 and "user amina disabled" in err
    code, out, _err = tumen_cli(db_url, "user", "list")
    assert code == 0 and "amina\tanalyst" in out and "disabled" in out and "root.admin\tadmin" in out
    assert tumen_cli(db_url, "user", "disable", "nobody")[0] == 1


def test_bad_names_roles_and_passwords_are_usage_errors(sqlite_url: str) -> None:
    Tumen.init(sqlite_url).close()
    code, _out, err = tumen_cli(sqlite_url, "user", "add", "x", "--role", "root", "--password-stdin", stdin=PASSWORD)
    assert code == 2 and "--role" in err
    code, _out, err = tumen_cli(sqlite_url, "user", "add", "x", "--role", "reader", "--password-stdin", stdin="short\n")
    assert code == 2 and "password" in err and "at least 10 characters" in err
    code, _out, err = tumen_cli(
        sqlite_url, "user", "add", "<script>", "--role", "reader", "--password-stdin", stdin=PASSWORD
    )
    assert code == 2 and "NAME" in err and "letters, digits" in err
    assert tumen_cli(sqlite_url, "user", "list", "--json")[1].strip() == "[]", "nothing was added"


def test_tokens_are_shown_once_listed_and_revoked(db_url: str) -> None:
    with Tumen.init(db_url) as tumen:
        accounts.add_user(tumen.store.engine, "nightly", "reader", PASSWORD)
    code, out, err = tumen_cli(db_url, "token", "add", "nightly", "--label", "export script")
    secret = out.strip()
    assert code == 0 and secret.startswith("tmn_") and len(secret) > 40 and secret not in err
    with Tumen.open(db_url) as tumen:
        assert (user := accounts.token_user(tumen.store.engine, secret)) is not None and user.name == "nightly"
    code, out, _err = tumen_cli(db_url, "token", "list", "--json")
    listed = json.loads(out)
    assert code == 0 and [(t["user"], t["label"], t["revoked"]) for t in listed] == [("nightly", "export script", None)]
    assert secret not in out, "a token is never shown again"
    code, _out, err = tumen_cli(db_url, "token", "revoke", str(listed[0]["id"]))
    assert code == 0 and "revoked" in err
    with Tumen.open(db_url) as tumen:
        assert accounts.token_user(tumen.store.engine, secret) is None
    assert tumen_cli(db_url, "token", "revoke", str(listed[0]["id"]))[0] == 1, "already revoked"
    assert tumen_cli(db_url, "token", "revoke", "999")[0] == 1
    assert tumen_cli(db_url, "token", "add", "nobody", "--label", "x")[0] == 1
    assert tumen_cli(db_url, "token", "add", "nightly", "--label", " ")[0] == 2


def test_serve_refuses_to_start_without_an_admin(sqlite_url: str) -> None:
    with Tumen.init(sqlite_url) as tumen:
        accounts.add_user(tumen.store.engine, "only-reader", "reader", PASSWORD)
        accounts.add_user(tumen.store.engine, "former-admin", "admin", PASSWORD)
        accounts.disable_user(tumen.store.engine, "former-admin")
    code, _out, err = tumen_cli(sqlite_url, "serve", "--port", "0")
    assert code == 1
    assert "has no admin account" in err and "tumen user add NAME --role admin --password-stdin" in err


def test_serve_starts_on_loopback_with_an_admin_and_asks_for_a_login(tmp_path: Path) -> None:
    db = tmp_path / "tumen.db"
    with Tumen.init(f"sqlite:///{db}") as tumen:
        accounts.add_user(tumen.store.engine, "chief", "admin", PASSWORD)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**os.environ, "TUMEN_DB": str(db)}
    server = subprocess.Popen(
        [sys.executable, "-m", "tumen", "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            assert server.poll() is None, "tumen serve stopped"
            try:
                answer = httpx.get(f"http://127.0.0.1:{port}/", timeout=5)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "tumen serve did not answer"
                time.sleep(0.2)
        assert answer.status_code == 303 and answer.headers["location"].startswith("/login")
        assert httpx.get(f"http://127.0.0.1:{port}/api/persons", timeout=5).status_code == 401
    finally:
        server.terminate()
        server.wait(timeout=20)
    assert server.stderr is not None
    assert f"at http://127.0.0.1:{port}/" in server.stderr.read().decode()
