"""Plain text and Markdown: find the encoding (UTF-8/16/32, EUC-KR/CP949, Latin-1, …)."""

from __future__ import annotations

import codecs
import unicodedata

from charset_normalizer import from_bytes

from tumen.config import DEFAULT_LIMITS, Limits
from tumen.errors import InputError
from tumen.ingest.limits import check_chars
from tumen.model import Extracted

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Allowed control characters in text: tab, newline, carriage return, form feed.
_ALLOWED_CONTROLS = {"\t", "\n", "\r", "\f"}
# Korean first: for Hangul text charset-normalizer may otherwise pick a wrong Asian codec.
_KOREAN_CODECS = ("euc_kr", "cp949")
# Tie-breaking order among equally plausible decodings (charset-normalizer's names).
_COMMON_ENCODINGS = (
    "utf_8",
    "cp1252",
    "latin_1",
    "iso8859_15",
    "euc_kr",
    "cp949",
    "gb18030",
    "big5",
    "shift_jis",
    "euc_jp",
    "cp1251",
    "koi8_r",
    "cp1250",
)


def normalise(text: str) -> str:
    """The canonical stored form: Unicode NFC, ``\\n`` line ends, no byte order mark."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    return unicodedata.normalize("NFC", text)


# The ASCII characters :func:`looks_binary` counts (ASCII has no private, unassigned or surrogate code points).
_ASCII_CONTROLS = "".join(
    chr(c) for c in range(128) if unicodedata.category(chr(c)) == "Cc" and chr(c) not in _ALLOWED_CONTROLS
)


def looks_binary(text: str) -> bool:
    """More than one character in a hundred (at least two) is a control character (other than tab, line ends and
    form feed) or a private, unassigned or surrogate code point."""
    if "\x00" in text:
        return True
    if text.isascii():  # the usual case, without a Python loop over every character
        bad = sum(text.count(ch) for ch in _ASCII_CONTROLS)  # no copy of the text (it may be a megabyte)
    else:
        bad = sum(
            1
            for ch in text
            if (kind := unicodedata.category(ch)) in ("Co", "Cn", "Cs")
            or (kind == "Cc" and ch not in _ALLOWED_CONTROLS)
        )
    return bad > max(1, len(text) // 100)


def _hangul_share(text: str) -> float:
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for ch in letters if "\uac00" <= ch <= "\ud7a3") / len(letters)


def _best_guess(data: bytes) -> tuple[str, str] | None:
    """charset-normalizer's guess; among equally good ones, the encoding most often met.

    Western text often decodes equally well as cp1252 and cp1250 (à becomes ŕ): the
    tie goes to the more common encoding instead of to the first one listed.
    """
    matches = list(from_bytes(data))
    if not matches:
        return None
    best = matches[0]
    tied = [m for m in matches if m.chaos <= best.chaos and m.coherence >= best.coherence - 0.05]
    for preferred in _COMMON_ENCODINGS:
        for match in tied:
            if match.encoding == preferred:
                return str(match), preferred.replace("_", "-")
    return str(best), best.encoding.replace("_", "-")


def _lane_zeros(sample: bytes, width: int) -> list[float]:
    """The share of zero bytes at each position ``0..width-1`` of the ``width``-byte code units."""
    units = len(sample) // width
    return [sample[lane : units * width : width].count(0) / units for lane in range(width)]


def _wide_unicode(data: bytes) -> tuple[str, str] | None:
    """UTF-32 or UTF-16 without a byte order mark, told by where the zero bytes fall.

    Latin, digits and spaces written in UTF-16 have a zero byte in every code unit, always
    on the same side; UTF-32 has two or three zero bytes per unit. Binary junk has zeros
    everywhere or nowhere in particular. The decoding must succeed strictly to count.
    """
    sample = data[:8192]
    if b"\x00" not in sample or len(sample) < 4:
        return None
    guesses: list[str] = []
    if len(data) % 4 == 0:
        lanes = _lane_zeros(sample, 4)
        if min(lanes[2], lanes[3]) > 0.95 and lanes[0] < 0.05:
            guesses.append("utf-32-le")
        elif min(lanes[0], lanes[1]) > 0.95 and lanes[3] < 0.05:
            guesses.append("utf-32-be")
    if len(data) % 2 == 0:
        even, odd = _lane_zeros(sample, 2)
        if odd >= 0.1 and even <= min(0.02, odd / 10):
            guesses.append("utf-16-le")
        elif even >= 0.1 and odd <= min(0.02, even / 10):
            guesses.append("utf-16-be")
    for encoding in guesses:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    return None


def decode(data: bytes, source: str) -> tuple[str, str]:
    """Decode ``data``; returns ``(text, encoding)`` or raises a named :class:`InputError`."""
    if not data.strip():
        raise InputError(source, "empty file (no text)")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                decoded = data.decode(encoding)
            except UnicodeDecodeError as exc:
                reason = f"undecodable text: byte order mark says {encoding} but {exc.reason}"
                raise InputError(source, reason) from exc
            if looks_binary(decoded):
                raise InputError(source, f"binary content, not text (behind a {encoding} byte order mark)")
            return decoded, encoding.replace("-sig", "")
    wide = _wide_unicode(data)
    candidates: list[tuple[str, str]] = [wide] if wide is not None else []
    try:
        candidates.append((data.decode("utf-8"), "utf-8"))
    except UnicodeDecodeError:
        for encoding in _KOREAN_CODECS:
            try:
                decoded = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            if _hangul_share(decoded) > 0.3:
                candidates.append((decoded, encoding.replace("_", "-")))
                break
        best = _best_guess(data)
        if best is not None:
            candidates.append(best)
    for decoded, encoding in candidates:
        if not looks_binary(decoded):
            return decoded, encoding
    if b"\x00" in data or candidates:
        raise InputError(source, "binary content, not text (control characters or NUL bytes)")
    raise InputError(source, "undecodable text: no known character encoding fits these bytes")


def _read(data: bytes, source: str, media_type: str, limits: Limits) -> Extracted:
    decoded, encoding = decode(data, source)
    check_chars(len(decoded), source, limits)
    text = normalise(decoded)
    if not text.strip():
        raise InputError(source, "empty file (no text)")
    return Extracted(text=text, media_type=media_type, encoding=encoding)


def read_plain(data: bytes, source: str, limits: Limits = DEFAULT_LIMITS, /) -> Extracted:
    return _read(data, source, "text/plain", limits)


def read_markdown(data: bytes, source: str, limits: Limits = DEFAULT_LIMITS, /) -> Extracted:
    return _read(data, source, "text/markdown", limits)
