"""Encryption at rest: the data key, the sealer (AES-256-GCM) and the blind search index's tokens.

A store is **encrypted** when its ``encryption`` table holds its one row (written by ``tumen keys init``): then
every document's original bytes and extracted text are stored sealed, so are the case base's names and quotes
(:mod:`tumen.store.crypto_columns`), and the full-text index holds keyed tokens instead of words. The key is never
stored in the database (:mod:`tumen.store.crypto_keyfile`). It comes from, in order:

1. ``TUMEN_DATA_KEY`` — the key itself, 64 hexadecimal digits (32 bytes);
2. ``TUMEN_DATA_KEY_FILE`` — a file holding it;
3. ``.tumen-data.key`` beside a SQLite store.

Three sub-keys are derived from it with HKDF-SHA256: one for AES-256-GCM, one for AES-SIV (deterministic sealing of
the case base's look-up values) and one for the keyed BLAKE2b tokens of the blind index. The ``encryption`` row
keeps a **check value** (AES-GCM sealing of a fixed label under the key), so a missing or wrong key is one clear
error when the store is opened, before anything is read or written.

Sealed values carry a version and a fresh 96-bit nonce: ``b"TMN1" || nonce || ciphertext+tag`` for bytes,
``"tumen-sealed:1:" + base64(nonce || ciphertext+tag)`` for text. The associated data names the column and the
document's SHA-256, so a sealed value moved to another row or column does not open. Deterministic values are
``"tumen-fixed:1:" + base64(siv || ciphertext)``.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import re
import weakref
from collections.abc import Iterable, Mapping
from typing import Any

import sqlalchemy as sa
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM, AESSIV
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy.engine import Connection, Dialect, Engine

from tumen.errors import StoreError
from tumen.store.crypto_keyfile import KEY_ENV as KEY_ENV
from tumen.store.crypto_keyfile import KEY_FILE_ENV as KEY_FILE_ENV
from tumen.store.crypto_keyfile import KEY_FILE_NAME as KEY_FILE_NAME
from tumen.store.crypto_keyfile import DataKey as DataKey
from tumen.store.crypto_keyfile import DataKeyError as DataKeyError
from tumen.store.crypto_keyfile import find_key as find_key
from tumen.store.crypto_keyfile import key_path as key_path
from tumen.store.crypto_keyfile import new_key as new_key
from tumen.store.crypto_keyfile import parse_key as parse_key
from tumen.store.crypto_keyfile import read_key_file as read_key_file
from tumen.store.crypto_keyfile import sqlite_file as sqlite_file
from tumen.store.crypto_keyfile import write_key_file as write_key_file
from tumen.store.engine import describe
from tumen.store.schema import metadata

CIPHER = "AES-256-GCM"
BYTES_MAGIC = b"TMN1"
TEXT_PREFIX = "tumen-sealed:1:"
# Deterministic sealing (AES-SIV) of look-up values: equal values seal equally, so equality look-ups still work.
FIXED_PREFIX = "tumen-fixed:1:"
# A look-up value too long to seal within its column: a keyed hash, found by equality but never read back.
BLIND_PREFIX = "tumen-blind:1:"
_CHECK_LABEL = b"tumen data key check v1"
_CHECK_AD = b"tumen/encryption/check"
_NONCE = 12
# Index every word's prefixes up to this many characters; a longer query word is narrowed by its prefix.
PREFIX_CAP = 6
# Hangul, Chinese, Japanese (as in tumen.store.search): character n-grams up to this size, so a query
# matches inside a word with its particles.
GRAM_CAP = 3
UNSPACED_RUN = re.compile(
    "[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
    "\ua960-\ua97f\uac00-\ud7af\ud7b0-\ud7ff\uf900-\ufaff\uff66-\uff9f]+"
)
_WORD_RUN = re.compile(r"\w+")
# Metadata that may name people (a title is often a document's first line), sealed like the text, and so is the
# ``extra`` JSON (fields of a batch record or sidecar). The outlet, dates, language, media type, sizes and hashes
# stay readable: lists, facets and filters select by them.
SEALED_FIELDS = ("title", "author", "url", "filename")
# A sealed JSON value (a document's ``extra``, an extraction) is stored as {"sealed": "<sealed JSON text>"}.
SEALED_KEY = "sealed"

# One row when the store is encrypted (tumen keys init); none when it is not.
encryption = sa.Table(
    "encryption",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("cipher", sa.String(32), nullable=False),
    sa.Column("check_value", sa.Text, nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("rotated_at", sa.DateTime(timezone=True)),
)

# The blind index of an encrypted store: keyed tokens of each document's words, never the words.
search_tokens = sa.Table(
    "search_tokens",
    metadata,
    sa.Column("token", sa.BigInteger, primary_key=True, autoincrement=False),
    sa.Column(
        "document_id",
        sa.Integer,
        sa.ForeignKey("documents.id", ondelete="CASCADE"),
        primary_key=True,
        autoincrement=False,
    ),
)


def _derive(key: bytes, purpose: bytes, length: int = 32) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=length, salt=None, info=b"tumen/" + purpose).derive(key)


class Sealer:
    """Seals and opens values under one data key, and makes the blind index's tokens."""

    def __init__(self, key: DataKey) -> None:
        self.source = key.source
        self._aead = AESGCM(_derive(key.key, b"aes-256-gcm"))
        self._index_key = _derive(key.key, b"blind-index")
        self._siv = AESSIV(_derive(key.key, b"aes-siv", 64))  # AES-256-SIV: two 256-bit keys

    # -- values ----------------------------------------------------------------------------------
    def seal(self, data: bytes, ad: bytes) -> bytes:
        nonce = os.urandom(_NONCE)
        return BYTES_MAGIC + nonce + self._aead.encrypt(nonce, data, ad)

    def open(self, blob: bytes, ad: bytes) -> bytes:
        if not blob.startswith(BYTES_MAGIC):
            raise StoreError("a stored value is not sealed although the store is encrypted")
        body = blob[len(BYTES_MAGIC) :]
        try:
            return self._aead.decrypt(body[:_NONCE], body[_NONCE:], ad)
        except InvalidTag:
            raise StoreError("a sealed value does not open: it was altered or belongs elsewhere") from None

    def seal_text(self, text: str, ad: bytes) -> str:
        sealed = self.seal(text.encode("utf-8"), ad)[len(BYTES_MAGIC) :]
        return TEXT_PREFIX + base64.b64encode(sealed).decode("ascii")

    def open_text(self, value: str, ad: bytes) -> str:
        if not value.startswith(TEXT_PREFIX):
            raise StoreError("a stored text is not sealed although the store is encrypted")
        try:
            raw = base64.b64decode(value[len(TEXT_PREFIX) :])  # damage shows as a tag that does not verify
        except (binascii.Error, ValueError):
            raise StoreError("a sealed text is damaged") from None
        return self.open(BYTES_MAGIC + raw, ad).decode("utf-8")

    def seal_fixed(self, text: str, ad: bytes, room: int | None = None) -> str:
        """``text`` sealed deterministically (AES-SIV, RFC 5297): the same text and associated data always give
        the same value, so a column of them can be looked up by equality. Longer than ``room`` characters, it
        becomes a keyed hash instead (found by equality, never opened)."""
        sealed = FIXED_PREFIX + base64.b64encode(self._siv.encrypt(text.encode("utf-8"), [ad])).decode("ascii")
        if room is None or len(sealed) <= room:
            return sealed
        message = ad + b"\0" + text.encode("utf-8")
        return (
            BLIND_PREFIX
            + hashlib.blake2b(message, key=self._index_key, digest_size=24, person=b"tumen-blind").hexdigest()
        )

    def open_fixed(self, value: str, ad: bytes) -> str:
        """A value of :meth:`seal_fixed`; a keyed hash stays what it is."""
        if value.startswith(BLIND_PREFIX):
            return value
        try:
            raw = base64.b64decode(value[len(FIXED_PREFIX) :])
            return self._siv.decrypt(raw, [ad]).decode("utf-8")
        except (InvalidTag, binascii.Error, ValueError):
            raise StoreError("a sealed value does not open: it was altered or belongs elsewhere") from None

    # -- the key check ---------------------------------------------------------------------------
    def check_value(self) -> str:
        nonce = os.urandom(_NONCE)
        return base64.b64encode(nonce + self._aead.encrypt(nonce, _CHECK_LABEL, _CHECK_AD)).decode("ascii")

    def opens(self, check_value: str) -> bool:
        try:
            raw = base64.b64decode(check_value)
            return self._aead.decrypt(raw[:_NONCE], raw[_NONCE:], _CHECK_AD) == _CHECK_LABEL
        except (InvalidTag, binascii.Error, ValueError):
            return False

    # -- the blind index -------------------------------------------------------------------------
    def token(self, item: str) -> int:
        """A signed 64-bit keyed token of one index item: BLAKE2b keyed with the index sub-key (a MAC, RFC 7693),
        8 bytes."""
        mac = hashlib.blake2b(item.encode("utf-8"), key=self._index_key, digest_size=8, person=b"tumen-index")
        return int.from_bytes(mac.digest(), "big", signed=True)

    def tokens(self, items: Iterable[str]) -> set[int]:
        return {self.token(item) for item in items}


# -- what is indexed ------------------------------------------------------------------------------
def index_items(text: str) -> set[str]:
    """The items of a text's blind index: every word's prefixes (``p`` + up to PREFIX_CAP characters) and, in
    Hangul, Chinese and Japanese, every character n-gram up to GRAM_CAP (``g`` + n-gram); lower-cased as
    :mod:`tumen.store.search` matches."""
    lowered = text.lower()
    items: set[str] = set()
    for run in set(_WORD_RUN.findall(lowered)):
        for size in range(1, min(len(run), PREFIX_CAP) + 1):
            items.add("p" + run[:size])
    for piece in set(UNSPACED_RUN.findall(lowered)):
        for size in range(1, GRAM_CAP + 1):
            for start in range(len(piece) - size + 1):
                items.add("g" + piece[start : start + size])
    return items


def query_items(words: tuple[str, ...], anywhere: bool) -> set[str]:
    """The index items every document matching a search term (its words in order) must hold; empty when the
    term cannot be narrowed by the index. The first word of a term in Hangul, Chinese or Japanese may match
    inside a word (its n-grams); every other word starts a word (its prefix)."""
    items: set[str] = set()
    for position, word in enumerate(words):
        lowered = word.lower()
        if position == 0 and anywhere:
            piece = UNSPACED_RUN.match(lowered)
            if piece is None:
                continue
            chars = piece.group(0)
            if len(chars) <= GRAM_CAP:
                items.add("g" + chars)
            else:
                items.update("g" + chars[i : i + GRAM_CAP] for i in range(len(chars) - GRAM_CAP + 1))
            continue
        run = _WORD_RUN.match(lowered)
        if run is not None:
            items.add("p" + run.group(0)[:PREFIX_CAP])
    return items


# -- the store's state ----------------------------------------------------------------------------
def read_check(conn: Connection) -> str | None:
    """The store's check value, None when the store is not encrypted."""
    found = conn.execute(sa.select(encryption.c.check_value).where(encryption.c.id == 1)).scalar()
    return str(found) if found is not None else None


_SEALERS: weakref.WeakKeyDictionary[Engine, Sealer | None] = weakref.WeakKeyDictionary()


def _missing(engine: Engine) -> DataKeyError:
    path = key_path(engine)
    where = f"no file {path}" if path is not None else "no key file beside a server database"
    return DataKeyError(
        f"{describe(engine)} is encrypted and its data key is missing ({where}): set {KEY_ENV} or "
        f"{KEY_FILE_ENV}" + (f", or put the key file {KEY_FILE_NAME} beside it" if path is not None else "")
    )


def _wrong(engine: Engine, key: DataKey) -> DataKeyError:
    hint = ""
    path = key_path(engine)
    pending = path.with_name(path.name + ".new") if path is not None else None
    if pending is not None and pending.exists():
        try:
            if Sealer(read_key_file(pending)).opens(_check_of(engine) or ""):
                hint = f"; the key in {pending} opens it (an interrupted `tumen keys rotate`): move it to {path}"
        except DataKeyError:
            pass
    return DataKeyError(
        f"the data key from {key.source} does not open {describe(engine)}: it is not this store's key{hint}"
    )


_BEFORE_ENCRYPTION: weakref.WeakSet[Engine] = weakref.WeakSet()  # stores whose schema predates 0014


def _check_of(engine: Engine) -> str | None:
    try:
        with engine.connect() as conn:
            return read_check(conn)
    except sa.exc.DBAPIError:  # no such table yet: a store before migration 0014 is not encrypted
        _BEFORE_ENCRYPTION.add(engine)
        return None


def unlock(engine: Engine, check: str) -> Sealer:
    """The sealer of an encrypted store whose check value is ``check``; a clear error without the right key."""
    key = find_key(engine)
    if key is None:
        raise _missing(engine)
    sealer = Sealer(key)
    if not sealer.opens(check):
        raise _wrong(engine, key)
    return sealer


def sealer_of(engine: Engine) -> Sealer | None:
    """The sealer of ``engine``'s store (None: the store is not encrypted). Read once per engine; raises
    :class:`DataKeyError` for an encrypted store without its key."""
    if engine in _SEALERS:
        return _SEALERS[engine]
    check = _check_of(engine)
    sealer = unlock(engine, check) if check is not None else None
    remember(engine, sealer)
    return sealer


# The case base's sealed columns (tumen.store.crypto_columns) see only the dialect: each engine's dialect is its own,
# so it leads to the engine's sealer.
_BY_DIALECT: weakref.WeakKeyDictionary[Dialect, Sealer | None] = weakref.WeakKeyDictionary()
_ENGINE_OF: weakref.WeakKeyDictionary[Dialect, weakref.ref[Engine]] = weakref.WeakKeyDictionary()


@sa.event.listens_for(Engine, "engine_connect")
def _connected(conn: Connection) -> None:
    _ENGINE_OF[conn.dialect] = weakref.ref(conn.engine)


def sealer_for(dialect: Dialect) -> Sealer | None:
    """The sealer of the store a connection of this dialect reads or writes (None: not encrypted)."""
    try:
        return _BY_DIALECT[dialect]
    except KeyError:
        pass
    ref = _ENGINE_OF.get(dialect)
    engine = ref() if ref is not None else None
    if engine is None:
        raise StoreError("a case-base value was read or written without a connection tumen knows")
    return sealer_of(engine)


def remember(engine: Engine, sealer: Sealer | None) -> None:
    """After ``tumen keys init`` or ``rotate``: the engine uses the new sealer from now on."""
    _SEALERS[engine] = sealer
    _BY_DIALECT[engine.dialect] = sealer


def forget(engine: Engine) -> None:
    _SEALERS.pop(engine, None)
    _BY_DIALECT.pop(engine.dialect, None)
    _BEFORE_ENCRYPTION.discard(engine)


def require_current(conn: Connection, sealer: Sealer | None) -> None:
    """Inside a writing transaction: refuse unless ``sealer`` is what the store is sealed with now (nothing
    plaintext is written into a store encrypted since it was opened, nothing under a key rotated away)."""
    if sealer is None and conn.engine in _BEFORE_ENCRYPTION:
        return  # a store whose schema predates encryption at rest cannot be encrypted
    check = read_check(conn)
    if check is None and sealer is None:
        return
    if check is None:
        raise StoreError("the store is no longer encrypted since it was opened: open it again")
    if sealer is None or not sealer.opens(check):
        raise DataKeyError("the store's data key changed since it was opened (encrypted or rotated): open it again")


def document_ad(column: str, sha256: str) -> bytes:
    """Associated data of a document's sealed column: the column and the document's identity."""
    return f"tumen/documents/{column}/{sha256}".encode()


def open_row(sealer: Sealer | None, row: Mapping[Any, Any], strict: bool = True) -> dict[str, Any]:
    """A document row's sealed metadata (:data:`SEALED_FIELDS`) opened; other columns as they are. ``strict``:
    a value that does not open is an error; otherwise (for the evidence chain, which then finds it changed) it is
    left as stored."""
    opened = dict(row)
    sha = str(opened.get("sha256", ""))
    extra = opened.get("extra")
    if isinstance(extra, dict) and set(extra) == {SEALED_KEY} and isinstance(extra[SEALED_KEY], str):
        opened["extra"] = extra[SEALED_KEY]  # opened below, then read back as JSON
    for name in (*SEALED_FIELDS, "extra"):
        value = opened.get(name)
        if not isinstance(value, str) or not value.startswith(TEXT_PREFIX):
            continue
        if sealer is None:
            if strict:
                raise StoreError("the store was encrypted since it was opened: open it again")
            continue
        try:
            opened[name] = sealer.open_text(value, document_ad(name, sha))
        except StoreError:
            if strict:
                raise
            continue
        if name == "extra":
            opened[name] = json.loads(opened[name])
    if opened.get("extra") is not None and not isinstance(opened["extra"], dict):
        opened["extra"] = {SEALED_KEY: opened["extra"]}  # could not be opened: left as stored
    return opened


def seal_fields(sealer: Sealer, sha: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """The sealed metadata columns of ``values`` (None stays None; ``extra``, a JSON object, sealed whole)."""
    sealed: dict[str, Any] = {
        name: sealer.seal_text(str(values[name]), document_ad(name, sha))
        for name in SEALED_FIELDS
        if name in values and values[name] is not None
    }
    if isinstance(values.get("extra"), dict):
        text = json.dumps(values["extra"], ensure_ascii=False, separators=(",", ":"))
        sealed["extra"] = {SEALED_KEY: sealer.seal_text(text, document_ad("extra", sha))}
    return sealed


def extraction_ad(document_id: int) -> bytes:
    return f"tumen/extractions/{document_id}".encode()


def seal_json(sealer: Sealer | None, document_id: int, data: dict[str, Any]) -> dict[str, Any]:
    """What is stored for one document's extraction: as it is, or sealed whole."""
    if sealer is None:
        return data
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return {SEALED_KEY: sealer.seal_text(text, extraction_ad(document_id))}


def open_json(sealer: Sealer | None, document_id: int, stored: Any, strict: bool = True) -> Any:
    """A stored extraction as it was saved: opened when sealed. ``strict`` as in :func:`open_row`."""
    if not isinstance(stored, dict) or set(stored) != {SEALED_KEY} or not isinstance(stored[SEALED_KEY], str):
        return stored
    if sealer is None:
        if strict:
            raise StoreError("the store was encrypted since it was opened: open it again")
        return stored
    try:
        return json.loads(sealer.open_text(stored[SEALED_KEY], extraction_ad(document_id)))
    except StoreError:
        if strict:
            raise
        return stored
