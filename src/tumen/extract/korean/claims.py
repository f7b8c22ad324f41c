"""What a Korean complement is told by (docs/extraction.md, "Korean"): a charge, a claim, or a telling.

One walk from an event's trigger over the words of its clause and the clauses chained to it ("체포돼 구금됐다는
…": both) to the noun or verb the complement's ending hangs on:

- a charge noun (``charge_nouns`` in ``data/korean_events.yaml``): "한바다 씨를 고문한 혐의로 기소했다" — the deed is
  alleged, its doer the one charged (:func:`charged`, ``events.py``);
- a noun of claim, suspicion or rumour (``claims.nouns`` in ``data/korean_rules.yaml``) after an adnominal ending:
  "고문했다는 의혹이 제기됐다", "체포됐다는 주장을 부인했다" — alleged, unless a verb takes the claim as true
  ("…했다는 주장이 사실로 확인됐다": told, as before);
- a verb of claiming (``claims.verbs``) after a quotative ending: "북한 당국이 그를 고문했다고 주장했다" —
  alleged (but its claimant's own account of what befell them is told, "한바다 씨는 구금 중 구타당했다고
  주장했다": :func:`claimant`, tumen.extract.testimony); a plain verb of saying (말했다, 밝혔다, 전했다) is no
  claim: what it says is told; a claim noun only as the first word after the ending, the clause's object or
  subject ("…했다며 의혹을 제기했다"), not another's claim answered ("…했다며 당국의 주장을 반박했다",
  "…했다며 소문을 바로잡았다": told);
- a noun of telling (``claims.telling_nouns``: 보도, 소식 …) rejected by a verb not negated (``claims.rejecting``:
  "체포됐다는 보도를 부인했다") — alleged; passed on as news ("…했다는 소식이 전해졌다") it is told.

The walk stops where the complement cannot reach: at a sentence end, a comma, a connective ending of the sentence's
own clauses (-며, -지만, -는데 …), an adnominal that describes another noun ("탈북한 한바다 씨가 고문당했다는
주장": the crossing describes him, told), or a subject after a chained clause ("탈북했고 보위원들이 …
고문했다고 주장했다": the crossing is the speaker's own, told)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from .participants import marked
from .vocabulary import adnominal_ending, korean_events, rules

CHARGE, CLAIM = "charge", "claim"
_REACH = 8  # words walked at most
_QUOTE = "\"'”’」』"
_WORD = re.compile(r"\S+")
# the endings that end the complement: quotative before a verb ("고문했다고", "…것이라고", '…했다"고') …
_QUOTATIVE = re.compile(rf"(?:(?:다|라|냐)[{_QUOTE}]?(?:고|며|면서)|자[{_QUOTE}]?고|자[{_QUOTE}](?:며|면서))$")
# … or adnominal before a noun ("고문했다는"): a whole clause chain ("체포돼 구금됐다는 주장": both);
_QUOTED = re.compile(rf"(?:다|라|냐)[{_QUOTE}]?는$")
# the sentence's own clauses: the complement does not reach over them
_STOP = re.compile(r"(?:[.?!,]|며|면서|지만|는데|으나|니까|으면|하면|되면)$")
_CHAINED = re.compile(r"(?:고|서)$")  # "체포됐고", "체포돼서": a clause chained to the next
_SUBJECT = re.compile(r"[가-힣](?:이|가|은|는|께서)$")
# what ends the predicate after a quotation: "…했다고 말했다" (not a place's 에서: "…했다고 법정에서 주장했다")
_PREDICATE_END = re.compile(r"(?:다|고|며|(?<!에)서|지만|는데|[.?!,])$")
_PARTICLES = "(?:로|으로|를|을|가|이|는|은|에|도|과|와|의|까지|만)?"
# where the clause of a noun ends: what is done with it ("…했다는 주장이 제기됐지만 사실로 확인됐다": a contrast
# goes on about the same claim, so a verb taking it as true may stand after -지만, -으나, -는데)
_CLAUSE_END = re.compile(r"[.?!]|(?:며|지만|는데|으나)\s")
_CONTRAST = re.compile(r"(?:지만|는데|으나)\s$")


@dataclass(frozen=True)
class Teller:
    kind: str  # CHARGE or CLAIM
    word: re.Match[str]  # the noun or verb
    spoken: bool = False  # a verb of claiming, not of suspecting: the claimant's testimony if it befell them


@cache
def _words() -> dict[str, re.Pattern[str]]:
    claims = rules()["claims"]

    def alternatives(words: list[str]) -> str:
        return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))

    nouns = [noun for noun in claims["nouns"] if noun not in claims["quoted_only"]]
    return {
        # the rest of the trigger's own word, ending in an adnominal ending: "고문했|다는 ", "고문한 |"
        "own_ending": re.compile(rf"(?:[가-힣]{{0,2}}(?:다는|라는|{adnominal_ending()})[{_QUOTE}]?\s)?"),
        # a bare adnominal ("고문한 혐의", "체포된", "갇혔던") holds its own verb only: a clause chained before it
        # is the sentence's ("김민수 씨는 체포돼 한바다 씨를 고문한 혐의로 기소됐다": the arrest told)
        "adnominal": re.compile(rf"(?:{adnominal_ending()})$"),
        CHARGE: re.compile(rf"(?:{alternatives(korean_events()['charge_nouns'])}){_PARTICLES}(?![가-힣])"),
        "quoted_noun": re.compile(rf"(?:{alternatives(claims['nouns'])}){_PARTICLES}(?![가-힣])"),
        "noun": re.compile(rf"(?:{alternatives(nouns)}){_PARTICLES}(?![가-힣])"),
        # "…했다며 의혹을 제기했다": the claim the clause puts forward (or answers), its object or subject
        "claim_argument": re.compile(rf"(?:{alternatives(nouns)})(?:을|를|이|가)(?![가-힣])"),
        "telling": re.compile(rf"(?:{alternatives(claims['telling_nouns'])}){_PARTICLES}(?![가-힣])"),
        "verb": re.compile(rf"(?:{alternatives(claims['verbs'])})"),
        "suspecting": re.compile(alternatives(claims["suspecting"])),
        # the sentence's topic, the one who claims: "한바다 씨는", "가족들은" (not "중국에서는", "체포되는")
        "topic": re.compile(r"[가-힣)](?:은|는|께서는)$"),
        "no_topic": re.compile(rf"(?:{alternatives(claims['not_topics'])})(?:은|는)$"),
        "pronoun": re.compile(rf"(?:{alternatives(rules()['outer_pronouns'])})(?:은|는)$"),
        "rejecting": re.compile(alternatives(claims["rejecting"])),
        "confirming": re.compile(alternatives(claims["confirming"])),
        "not": re.compile(alternatives(claims["not_so"])),
        "not_done": re.compile(alternatives(claims["not_done"])),
    }


def teller(text: str, end: int, limit: int) -> Teller | None:
    """The charge or claim the complement of the trigger ending at ``end`` is told by, if any (up to ``limit``,
    the sentence's end)."""
    words = _words()
    # the trigger's own word: the head may follow its ending right away ("고문한 혐의로", "고문했다는 의혹")
    first = words["own_ending"].match(text, end)  # not "고문한 뒤 혐의를 조작했다": another clause's noun
    quoting = first is not None and _QUOTED.search(first.group(0).rstrip()) is not None
    head = _noun_head(text, first.end() if first else end, limit, words, quoting)
    if head is not None:
        return head
    chained = False
    for step, word in _words_from(text, end, limit):
        if step >= _REACH:
            return None
        form = word.group(0)
        following = _WORD.search(text, word.end(), limit)
        if _QUOTATIVE.search(form):
            return _claim_verb(text, word.end(), limit, words)
        quoting = _QUOTED.search(form) is not None
        if quoting or (step == 0 and words["adnominal"].search(form)):
            # "고문했다는 의혹", else a relative clause on another noun: the complement does not reach past it
            return _noun_head(text, following.start(), limit, words, quoting) if following else None
        if chained and _SUBJECT.search(form):
            return None  # "탈북했고 보위원들이 …": a clause of its own after the chained one
        if words["adnominal"].search(form) or _STOP.search(form):
            return None
        chained = chained or bool(_CHAINED.search(form))
    return None


def _words_from(text: str, end: int, limit: int) -> Iterator[tuple[int, re.Match[str]]]:
    """The words from the one the trigger ending at ``end`` is in, numbered: the walk of :func:`teller` and
    :func:`reported`."""
    at = end - 1 if text[end - 1].isspace() else end
    word_start = max(text.rfind(" ", 0, at), text.rfind("\n", 0, at)) + 1
    return enumerate(_WORD.finditer(text, word_start, limit))


def reported(text: str, end: int, limit: int) -> bool:
    """Whether the trigger ending at ``end`` is in a clause reported by a quotative or quoting ending ("체포됐다고
    말했다", "체포됐다는 주장"), walked as :func:`teller` walks (not over a connective ending or a relative clause)."""
    for step, word in _words_from(text, end, limit):
        form = word.group(0)
        if step < _REACH and _QUOTATIVE.search(form):  # "붙잡혔다"며": quoted, though 며 also joins clauses
            return True
        if step >= _REACH or _STOP.search(form) or (step and _words()["adnominal"].search(form)):
            return False
        if _QUOTED.search(form):
            return True
    return False


def charge_of(told: Teller | None) -> re.Match[str] | None:
    """The charge noun a trigger's complement is told by (:func:`teller`): "고문한 혐의로", "고문했다는 혐의를"."""
    return told.word if told is not None and told.kind == CHARGE else None


def _noun_head(
    text: str, at: int, limit: int, words: dict[str, re.Pattern[str]], quoting: bool = False
) -> Teller | None:
    """The charge, claim or telling noun at ``at``, after the trigger's adnominal ending (a quoting one: any claim
    noun, "체포됐다는 설")."""
    if at >= limit:
        return None
    if (noun := words[CHARGE].match(text, at)) is not None:
        return Teller(CHARGE, noun)
    if (noun := words["quoted_noun" if quoting else "noun"].match(text, at)) is not None:
        rest = _clause_rest(text, at, limit, over_contrast=True)
        confirmed = words["confirming"].search(rest) and not words["not"].search(rest)
        return None if confirmed else Teller(CLAIM, noun)  # "…했다는 주장이 사실로 확인됐다": told
    if (noun := words["telling"].match(text, at)) is not None:
        rest = _clause_rest(text, at, limit)
        rejected = words["rejecting"].search(rest) and not words["not_done"].search(rest)
        return Teller(CLAIM, noun) if rejected else None  # "…했다는 보도를 부인했다"
    return None


def _claim_verb(text: str, at: int, limit: int, words: dict[str, re.Pattern[str]]) -> Teller | None:
    """A verb of claiming that takes the quotation ending at ``at`` ("고문했다고 거듭 주장했다"), looked for in the
    words up to the first that ends a predicate; or a claim noun as the first word after the ending, the object or
    subject of the clause ("…했다며 의혹을 제기했다"), unless the clause rejects it ("…했다며 당국의 주장을
    반박했다": another's claim, its owner before it; "…했다며 소문을 바로잡았다") or takes it as true ("…했다며
    의혹이 사실로 확인됐다고 말했다") — what the speaker says is told."""
    noun = words["claim_argument"].match(text, at + 1) if text[at : at + 1].isspace() else None
    if noun is not None:
        rest = _clause_rest(text, noun.end(), limit)
        rejected = words["rejecting"].search(rest) and not words["not_done"].search(rest)
        confirmed = words["confirming"].search(rest) and not words["not"].search(rest)
        return None if rejected or confirmed else Teller(CLAIM, noun)
    for step, word in enumerate(_WORD.finditer(text, at, limit)):
        if step >= 3:
            return None
        head = words["verb"].match(text, word.start())
        if head is not None:
            return Teller(CLAIM, head, spoken=not words["suspecting"].match(text, word.start()))
        if _PREDICATE_END.search(word.group(0)):
            return None  # "…했다고 말했다": said, not claimed
    return None


def _clause_rest(text: str, at: int, limit: int, over_contrast: bool = False) -> str:
    """The rest of the clause from ``at``: what is done with the noun (and, ``over_contrast``, the clause after a
    contrast: "…주장이 제기됐지만 사실로 확인됐다")."""
    cut = _CLAUSE_END.search(text, at, limit)
    if cut is None:
        return text[at:limit]
    if over_contrast and _CONTRAST.search(cut.group(0)):
        after = _CLAUSE_END.search(text, cut.end(), limit)
        return text[at : after.start() if after else limit]
    return text[at : cut.start()]


def claimant(text: str, sources: list[tuple[int, int, str]], start: int, at: int, topic: str | None) -> str | None:
    """Who makes the claim in the sentence from ``start`` whose complement holds the trigger at ``at``: the
    sentence's topic — a person or organisation named ("한바다 씨는", "북한 당국은"), the passage's person for a
    pronoun ("그는": ``topic``), no one known for another noun ("가족들은", "당국은") — or, with no topic, the first
    person or organisation marked as subject ("한바다 씨가 …고문당했다고 주장했다")."""
    words = _words()
    first = next((m for m in sources if start <= m[0] < at and marked(text, m[1]) == "subject"), None)
    for word in _WORD.finditer(text, start, at):
        form = word.group(0)
        if first is not None and word.end() > first[0]:
            break  # the mention marked as subject comes first
        if words["topic"].search(form) and not words["no_topic"].search(form):
            return topic if words["pronoun"].fullmatch(form) else None  # "그는": the passage's; "가족들은": not known
    return first[2] if first is not None else None
