"""Accounts: users with roles, their web sessions and their API tokens (created by migration ``0009_accounts``).

Nothing secret is stored as written. Passwords are argon2id hashes (argon2-cffi's defaults, rehashed when those
change); a session cookie's value and an API token are 32 random bytes of which only the SHA-256 is kept — they
are unguessable, so a fast hash is enough, and a copy of the database lets nobody sign in. A disabled account
keeps its row (what it did stays attributable) but its sessions end and its tokens stop working at once.

Roles are ordered: a ``reader`` reads pages and the API; an ``analyst`` also records review decisions and
uploads documents; an ``admin`` may do everything. :meth:`User.may` is the one comparison the web uses.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import logging
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy.engine import Engine

from tumen.errors import NotFoundError, TumenError
from tumen.store.schema import metadata

log = logging.getLogger(__name__)

ROLES = ("reader", "analyst", "admin")  # each role may do what the ones before it may
SESSION_LIFETIME = timedelta(hours=12)  # a signed-in browser must sign in again after this
TOKEN_PREFIX = "tmn_"  # makes a leaked token recognisable (secret scanners, logs)
TOKEN_TOUCH = timedelta(minutes=1)  # last_used_at is written at most this often (no write per API request)
MIN_PASSWORD = 10
MAX_PASSWORD = 1024  # characters: argon2 takes any length, a megabyte "password" is an attack on the CPU
NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$")
MAX_LABEL = 200

users = sa.Table(
    "users",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("name", sa.String(64), nullable=False),
    sa.Column("role", sa.String(16), nullable=False),
    sa.Column("password_hash", sa.Text, nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("disabled_at", sa.DateTime(timezone=True)),
    sa.UniqueConstraint("name", name="uq_users_name"),
)

sessions = sa.Table(
    "sessions",
    metadata,
    sa.Column("key_hash", sa.String(64), primary_key=True),  # SHA-256 of the cookie's value
    sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    sa.Column("csrf_token", sa.String(64), nullable=False),  # every form of this session carries it
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
)
sa.Index("ix_sessions_user", sessions.c.user_id)

api_tokens = sa.Table(
    "api_tokens",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("token_hash", sa.String(64), nullable=False),  # SHA-256 of the token (shown once, never stored)
    sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    sa.Column("label", sa.Text, nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("last_used_at", sa.DateTime(timezone=True)),
    sa.Column("revoked_at", sa.DateTime(timezone=True)),
    sa.UniqueConstraint("token_hash", name="uq_api_tokens_hash"),
)
sa.Index("ix_api_tokens_user", api_tokens.c.user_id)

_HASHER = PasswordHasher()
_DUMMY_HASH: list[str] = []  # verified against when the name is unknown, so both cost the same time


class AccountError(TumenError):
    """An account operation that cannot be done (the name is taken, the token is already revoked)."""


class AccountInputError(TumenError):
    """A name, role, password or label that is not acceptable; names the field and the reason (a usage error)."""

    exit_code = 2

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason


@dataclass(frozen=True)
class User:
    id: int
    name: str
    role: str
    created_at: datetime
    disabled_at: datetime | None

    @property
    def disabled(self) -> bool:
        return self.disabled_at is not None

    def may(self, role: str) -> bool:
        """True when this user's role includes ``role`` (an admin may what an analyst may, and so on)."""
        return ROLES.index(self.role) >= ROLES.index(role)

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "role": self.role,
            "created": _utc(self.created_at).isoformat(),
            "disabled": _utc(self.disabled_at).isoformat() if self.disabled_at else None,
        }


@dataclass(frozen=True)
class Token:
    id: int
    user: str
    label: str
    created_at: datetime
    last_used_at: datetime | None
    revoked_at: datetime | None

    def as_dict(self) -> dict[str, Any]:
        def when(value: datetime | None) -> str | None:
            return _utc(value).isoformat() if value else None

        return {
            "id": self.id,
            "user": self.user,
            "label": self.label,
            "created": when(self.created_at),
            "last_used": when(self.last_used_at),
            "revoked": when(self.revoked_at),
        }


def _utc(value: datetime) -> datetime:
    """A stored time as an aware UTC datetime (SQLite hands them back naive)."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def _user(row: Any) -> User:
    return User(row.id, row.name, row.role, row.created_at, row.disabled_at)


# -- checks ----------------------------------------------------------------------------------------------------


def check_name(name: str) -> str:
    if not NAME.match(name):
        raise AccountInputError(
            "name", "1 to 64 characters: letters, digits, '.', '_', '@', '-', starting with a letter or digit"
        )
    return name


def check_role(role: str) -> str:
    if role not in ROLES:
        raise AccountInputError("role", f"must be one of {', '.join(ROLES)}")
    return role


def check_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise AccountInputError("password", f"at least {MIN_PASSWORD} characters")
    if len(password) > MAX_PASSWORD:
        raise AccountInputError("password", f"at most {MAX_PASSWORD} characters")
    if password.strip() != password or any(ord(c) < 32 or ord(c) == 127 for c in password):
        raise AccountInputError("password", "no control characters and no spaces at either end")
    return password


# -- users -----------------------------------------------------------------------------------------------------


def add_user(engine: Engine, name: str, role: str, password: str) -> User:
    """A new account; the password is stored only as its argon2 hash."""
    check_name(name)
    check_role(role)
    check_password(password)
    hashed = _HASHER.hash(password)
    with engine.begin() as conn:
        if conn.execute(sa.select(users.c.id).where(users.c.name == name)).first() is not None:
            raise AccountError(f"user {name!r} already exists")
        conn.execute(users.insert().values(name=name, role=role, password_hash=hashed, created_at=datetime.now(UTC)))
        row = conn.execute(sa.select(users).where(users.c.name == name)).one()
    return _user(row)


def find_user(engine: Engine, name: str) -> User | None:
    with engine.connect() as conn:
        row = conn.execute(sa.select(users).where(users.c.name == name)).first()
    return _user(row) if row is not None else None


def list_users(engine: Engine) -> list[User]:
    with engine.connect() as conn:
        return [_user(row) for row in conn.execute(sa.select(users).order_by(users.c.name))]


def disable_user(engine: Engine, name: str) -> User:
    """Disable an account: its sessions end and its tokens stop working now; the row stays."""
    with engine.begin() as conn:
        row = conn.execute(sa.select(users).where(users.c.name == name)).first()
        if row is None:
            raise NotFoundError(f"no user {name!r}")
        if row.disabled_at is None:
            conn.execute(users.update().where(users.c.id == row.id).values(disabled_at=datetime.now(UTC)))
        conn.execute(sessions.delete().where(sessions.c.user_id == row.id))
        row = conn.execute(sa.select(users).where(users.c.id == row.id)).one()
    return _user(row)


def has_admin(engine: Engine) -> bool:
    """True when at least one enabled admin account exists (``tumen serve`` refuses to start otherwise)."""
    query = sa.select(users.c.id).where(users.c.role == "admin", users.c.disabled_at.is_(None)).limit(1)
    with engine.connect() as conn:
        return conn.execute(query).first() is not None


def authenticate(engine: Engine, name: str, password: str) -> User | None:
    """The enabled user with this name and password, else None (unknown, wrong or disabled: one answer).

    An unknown name is verified against a dummy hash so that it takes as long as a wrong password."""
    with engine.connect() as conn:
        row = conn.execute(sa.select(users).where(users.c.name == name)).first() if len(name) <= 64 else None
    if len(password) > MAX_PASSWORD:
        return None
    if row is None:
        if not _DUMMY_HASH:
            _DUMMY_HASH.append(_HASHER.hash(secrets.token_hex(16)))
        with contextlib.suppress(VerificationError):
            _HASHER.verify(_DUMMY_HASH[0], password)
        return None
    try:
        _HASHER.verify(row.password_hash, password)
    except (VerificationError, InvalidHashError):
        return None
    if row.disabled_at is not None:
        return None
    if _HASHER.check_needs_rehash(row.password_hash):
        with engine.begin() as conn:
            conn.execute(users.update().where(users.c.id == row.id).values(password_hash=_HASHER.hash(password)))
    return _user(row)


# -- sessions --------------------------------------------------------------------------------------------------


def start_session(engine: Engine, user: User) -> tuple[str, str]:
    """A new session for ``user``: the cookie's value (to give to the browser only) and its CSRF token."""
    key, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    now = datetime.now(UTC)
    with engine.begin() as conn:
        conn.execute(sessions.delete().where(sessions.c.expires_at < now))  # expired ones go as new ones come
        conn.execute(
            sessions.insert().values(
                key_hash=_digest(key),
                user_id=user.id,
                csrf_token=csrf,
                created_at=now,
                expires_at=now + SESSION_LIFETIME,
            )
        )
    return key, csrf


def session_user(engine: Engine, key: str) -> tuple[User, str] | None:
    """The enabled user signed in by this cookie value and the session's CSRF token; None when it is not one."""
    if not key or len(key) > 100:
        return None
    query = (
        sa.select(users, sessions.c.csrf_token, sessions.c.expires_at)
        .join(sessions, sessions.c.user_id == users.c.id)
        .where(sessions.c.key_hash == _digest(key))
    )
    with engine.connect() as conn:
        row = conn.execute(query).first()
    if row is None or row.disabled_at is not None or _utc(row.expires_at) <= datetime.now(UTC):
        return None
    return _user(row), str(row.csrf_token)


def end_session(engine: Engine, key: str) -> None:
    with engine.begin() as conn:
        conn.execute(sessions.delete().where(sessions.c.key_hash == _digest(key)))


def same_secret(expected: str, given: str) -> bool:
    """Constant-time comparison of two secrets (a CSRF token, say)."""
    return hmac.compare_digest(expected.encode("utf-8"), given.encode("utf-8"))


# -- API tokens ------------------------------------------------------------------------------------------------


def _token(row: Any) -> Token:
    return Token(row.id, row.name, row.label, row.created_at, row.last_used_at, row.revoked_at)


def _token_query() -> sa.Select[Any]:
    return sa.select(api_tokens, users.c.name).join(users, users.c.id == api_tokens.c.user_id)


def add_token(engine: Engine, name: str, label: str) -> tuple[Token, str]:
    """A new API token for user ``name``: the stored record and the token itself (to show once)."""
    label = label.strip()
    if not label or len(label) > MAX_LABEL or any(ord(c) < 32 for c in label):
        raise AccountInputError("label", f"1 to {MAX_LABEL} characters, no control characters")
    secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
    with engine.begin() as conn:
        row = conn.execute(sa.select(users).where(users.c.name == name)).first()
        if row is None:
            raise NotFoundError(f"no user {name!r}")
        if row.disabled_at is not None:
            raise AccountError(f"user {name!r} is disabled")
        found = conn.execute(
            api_tokens.insert()
            .values(token_hash=_digest(secret), user_id=row.id, label=label, created_at=datetime.now(UTC))
            .returning(api_tokens.c.id)
        )
        token_id = found.scalar_one()
        stored = conn.execute(_token_query().where(api_tokens.c.id == token_id)).one()
    return _token(stored), secret


def list_tokens(engine: Engine, name: str | None = None) -> list[Token]:
    query = _token_query().order_by(api_tokens.c.id)
    if name is not None:
        query = query.where(users.c.name == name)
    with engine.connect() as conn:
        return [_token(row) for row in conn.execute(query)]


def revoke_token(engine: Engine, token_id: int) -> Token:
    """Revoke a token by its id (``tumen token list`` shows them): it stops working at once."""
    with engine.begin() as conn:
        row = conn.execute(_token_query().where(api_tokens.c.id == token_id)).first()
        if row is None:
            raise NotFoundError(f"no API token {token_id}")
        if row.revoked_at is not None:
            raise AccountError(f"API token {token_id} is already revoked")
        conn.execute(api_tokens.update().where(api_tokens.c.id == token_id).values(revoked_at=datetime.now(UTC)))
        row = conn.execute(_token_query().where(api_tokens.c.id == token_id)).one()
    return _token(row)


def token_user(engine: Engine, secret: str) -> User | None:
    """The enabled user a valid, unrevoked token belongs to (and note its use), else None."""
    if not secret.startswith(TOKEN_PREFIX) or len(secret) > 100:
        return None
    query = (
        sa.select(users, api_tokens.c.id.label("token_id"), api_tokens.c.revoked_at, api_tokens.c.last_used_at)
        .join(api_tokens, api_tokens.c.user_id == users.c.id)
        .where(api_tokens.c.token_hash == _digest(secret))
    )
    with engine.connect() as conn:
        row = conn.execute(query).first()
    if row is None or row.revoked_at is not None or row.disabled_at is not None:
        return None
    now = datetime.now(UTC)
    if row.last_used_at is None or now - _utc(row.last_used_at) >= TOKEN_TOUCH:
        with engine.begin() as conn:
            conn.execute(api_tokens.update().where(api_tokens.c.id == row.token_id).values(last_used_at=now))
    return _user(row)


# -- the audit log -------------------------------------------------------------------------------------------


def record_failed_login(engine: Engine, name: str, address: str, reason: str) -> None:
    """A failed login (the name tried, the client's address, why) into the audit log
    (:func:`tumen.store.audit.failed_login`). Never raises: a failure to audit must not decide a login; it is
    logged instead."""
    from tumen.store import audit

    log.warning("failed login for %r from %s: %s", name[:64], address, reason)
    try:
        audit.failed_login(engine, name, address, reason)
    except Exception as exc:  # the login's answer stands
        log.error("the failed login could not be written to the audit log (%s)", type(exc).__name__)
