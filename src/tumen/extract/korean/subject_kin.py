"""A Korean kinship word without an owner is the relative of the person its sentence is about.

Korean leaves the owner of a relative unsaid when it is the sentence's subject: "한바다 씨는 교사였던
어머니를 따라 평양으로 갔다" (invented: "Han Ba-da followed her mother, who was a teacher, to Pyongyang") —
the mother is Han's, whether an event of the sentence names her or not. Rule: a kinship word that is not
part of a longer word, has no owner of its own ("X의 어머니"), stands outside a quotation and is the object or
companion of its clause (을/를, 와/과, 에게/한테) is a relative of the named person marked as the subject
(은/는/이/가) nearest before it in the sentence; the relative a sentence already made is reused.
"""

from __future__ import annotations

import re
from functools import cache

from tumen.extract.types import Evidence, Extraction, Span

from .kin_phrases import relatives
from .mentions import Mentions
from .participants import marked, persons_in
from .text import inside, sentences
from .vocabulary import kin_words, unowned_kin_words

_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")


@cache
def _unowned_kin() -> re.Pattern[str]:
    words = "|".join(w for w in unowned_kin_words() if not kin_words()[w].ambiguous)  # longest first
    return re.compile(rf"(?<![가-힣])(?P<word>{words})(?:을|를|와|과|에게|한테)(?![가-힣])")


def relatives_of_subjects(text: str, result: Extraction, found: Mentions) -> None:
    said = {(m.start, m.end) for e in result.entities if e.kind == "person" for m in e.mentions}
    for start, end in sentences(text):
        quotations = [(m.start() + start, m.end() + start) for m in _QUOTED.finditer(text[start:end])]
        for match in _unowned_kin().finditer(text, start, end):
            at, stop = match.span("word")
            if text[max(0, at - 2) : at] == "의 " or inside(at, quotations):
                continue
            if any(s <= at < e for s, e in said):
                continue  # a relative an event already made, or a person of the story
            before = persons_in(found, start, at)
            if not before or inside(before[-1][0], quotations) or marked(text, before[-1][1]) != "subject":
                continue
            owner = result.entity(before[-1][2])
            if owner.kind != "person" or owner.name is None:
                continue
            word = kin_words()[match["word"]]
            evidence = Evidence(start, end, text[start:end].strip())
            relatives(result, owner.id, [(word, Span(at, stop, match["word"]))], evidence)
