"""Running tallies (docs/extraction.md, "Specific and generic statements"): a count of a plural told in the perfect
over a period that runs up to the report — "at least 40 activists have been arrested since January", "dozens of
students have been detained since the protests began", "so far more than 70 reporters have been arrested", "one of
more than 300 defenders murdered since 2016" — and a count of a number noun — "the killing brings to 12 the number
of journalists killed this year", "this brings the total executed so far to 92" — state how many such events there
were, not one occasion: :mod:`tumen.extract.genericity` keeps them as aggregates. So is a large count in the present
perfect with no period, doer or occasion ("Over 30,000 people have been arrested", :func:`undated`), and an ordinal
on a participle's noun over a period ranks one in a tally ("the fifth journalist killed this year", :func:`ranked`).
The words are ``tallies`` under ``genericity`` in data/events.yaml."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from tumen.extract import event_syntax as syntax
from tumen.extract import time_clauses
from tumen.extract.episodes import conjuncts
from tumen.extract.specific_phrases import DEFINITE, genericity_words, phrase_count
from tumen.extract.time.words import NUMBERS, ORDINAL_WORDS
from tumen.extract.vocab import load

PERIOD_DEPS = frozenset(["prep", "advmod", "npadvmod"])


@cache
def tally_words() -> dict[str, Any]:
    data = load("events.yaml")["genericity"]["tallies"]
    periods = sorted((str(p).lower() for p in [*data["periods"], *data["open_periods"]]), key=len, reverse=True)
    return {
        "since": frozenset(str(w).lower() for w in data["since"]),
        "periods": re.compile(r"^(?:" + "|".join(re.escape(p) for p in periods) + r")\b"),
        "least": int(data["least_count"]),
        "closers": frozenset(str(w).lower() for w in data["period_closers"]),
        "labels": frozenset(str(w) for w in data["period_labels"]),
        "vague": frozenset(str(w).lower() for w in load("events.yaml")["genericity"]["vague_counts"]),
        "numbers": frozenset(str(w).lower() for w in data["number_nouns"]),
        "raising": frozenset(str(w).lower() for w in data["number_links"]),
        "open": frozenset(str(w).lower() for w in data["open_periods"]),
        "units": frozenset(str(w).lower() for w in data["period_units"]),
        "occasion_preps": frozenset(str(w).lower() for w in data["occasion_preps"]),
        "occasions": frozenset(str(w).lower() for w in data["occasion_nouns"]),
        "undated_least": int(data["undated_least"]),
        "large_vague": frozenset(str(w).lower() for w in data["large_vague"]),
        "spread": frozenset(str(w).lower() for w in data["spread_words"]),
        "undated_preps": frozenset(str(w).lower() for w in data["undated_occasion_preps"]),
        "gatherings": frozenset(str(w).lower() for w in data["gatherings"]),
        "undated_times": frozenset(str(w).lower() for w in data["undated_times"]),
        "occasion_verbs": frozenset(str(w).lower() for w in data["occasion_verbs"]),
        "suffixes": {int(k): str(v).lower() for k, v in data["ordinal_suffixes"].items()},
        "suffix_else": str(data["ordinal_suffix_else"]).lower(),
    }


def open_count(token: Any) -> bool:
    """A count a tally gives: vague ("dozens", "thousands"), qualified ("at least 40", "more than 300") or large
    ("12 journalists", ``least_count``) — not a definite group ("the 12 activists") nor a small bare number
    ("three activists have been detained since Monday": one group, held since then)."""
    if any(c.dep_ in ("det", "poss") and c.lower_ in DEFINITE for c in token.children):
        return False
    if token.lower_ in tally_words()["vague"]:
        return True
    found = phrase_count(token)
    if found is None:
        return False
    value, qualifier = found
    return qualifier is not None or value >= tally_words()["least"]


def period(trigger: Any, counted: list[Any]) -> str | None:
    """The period up to now a clause in the perfect (or a bare participle: "defenders murdered since 2016") is told
    over: a "since" of its own (a preposition, an adverb, or the mark of a clause: "since January", "have since been
    detained", "since the protests began") or a phrase of ``periods`` ("so far", "to date", "this year", "as of May
    6") on it, its coordinated verbs or the count ("so far more than 70 reporters have been arrested", where the
    parser hangs "so far" on the number), or on the clauses it is told within (:func:`_governing`); None when there
    is none or the clause is neither in the perfect nor a bare participle."""
    if any(c.dep_ == "neg" for c in trigger.children):  # "15 crew members had not been paid since October": a lack
        return None
    clause = conjuncts(trigger)[0]
    tense = trigger if syntax.auxiliaries(trigger) else clause  # "95 had been arrested and 42 were being held"
    if not (_perfect(tense) or _participle(tense)):  # "were beaten when …", "are held": no tally
        return None
    heads = [c for t in counted for c in t.children if c.dep_ == "nummod"]
    for _ in range(3):  # and the clauses it is told within
        heads += conjuncts(clause)
        above = _governing(clause)
        if above is None:
            break
        clause = conjuncts(above)[0]
        heads += [c for s in clause.children if s.dep_ in ("nsubj", "nsubjpass") for c in s.children]
    return own_period(heads)


def _governing(clause: Any) -> Any | None:
    """The clause whose period a clause is told within: the one a clause of time or contrast hangs on ("so far 70
    have been arrested, while dozens have been injured"; not a "since" clause: that is the period), the verb of a
    "with" whose noun a participle describes ("have since been detained, with hundreds tortured"), a verb of
    setting (``setting_verbs``) that takes it ("has seen 1,300 people killed")."""
    head = clause.head
    if head.i == clause.i:
        return None
    if clause.dep_ == "advcl" and not _since_clause(clause):
        return head
    if clause.dep_ == "acl" and head.dep_ == "pobj" and head.head.lower_ == "with":
        return head.head.head
    if clause.dep_ in ("ccomp", "oprd", "xcomp") and head.lemma_.lower() in genericity_words()["settings"]:
        return head
    return None


def _participle(verb: Any) -> bool:
    """A bare participle: "defenders murdered since 2016", "tortured while incarcerated", "has seen 1,300 people
    killed"."""
    if verb.tag_ != "VBN" or syntax.auxiliaries(verb):
        return False
    setting = verb.dep_ in ("ccomp", "oprd") and verb.head.lemma_.lower() in genericity_words()["settings"]
    return verb.dep_ in ("acl", "advcl") or setting  # … or what a setting saw: "has seen 1,300 people killed"


def own_period(heads: list[Any]) -> str | None:
    """The first period of a tally on one of these words, as written."""
    for verb in heads:
        for child in verb.children:
            if child.lower_ in tally_words()["since"] and child.dep_ in PERIOD_DEPS:
                return _written(child)
            if child.dep_ == "advcl" and _since_clause(child):
                return _written(child)
            if child.dep_ in PERIOD_DEPS:  # read on from its first word: "so" and "far" may hang apart
                words = child.doc[child.left_edge.i : child.left_edge.i + 4]
                found = tally_words()["periods"].search(" ".join(t.lower_ for t in words))
                if found is None or (found.group(0) in tally_words()["open"] and not _of_time(child)):
                    continue
                if child.n_lefts + child.n_rights:
                    return _written(child)
                return _written(words[len(found.group(0).split()) - 1], words[0])  # as written: "So far"
    return None


def numbered(trigger: Any) -> Any | None:
    """The number noun a participle tells what is counted of: "the number of journalists killed", "the total
    executed", "the death toll of those killed" (``number_nouns``); the noun, or None."""
    if trigger.dep_ != "acl" or trigger.tag_ != "VBN":
        return None
    noun = trigger.head
    if noun.lemma_.lower() in tally_words()["numbers"]:
        return noun
    link = noun.head
    if noun.dep_ == "pobj" and link.lower_ == "of" and link.head.lemma_.lower() in tally_words()["numbers"]:
        return link.head
    return None


def number_count(noun: Any, trigger: Any) -> tuple[int, str | None] | None:
    """How many a number noun is said to be: what its verb brings or raises it to ("brings to 12 the number", "the
    total executed so far to 92" where the parser hangs the "to" on the participle), or what it is ("the number …
    was over 1,000")."""
    verb = noun.head
    if noun.dep_ not in ("nsubj", "dobj", "nsubjpass"):
        return None
    raising = tally_words()["raising"]
    found = [
        o
        for h in (verb, noun, trigger)
        for p in h.children
        if p.dep_ == "prep" and p.lower_ in raising
        for o in p.children
    ]
    if verb.lemma_.lower() == "be":
        found += [c for c in verb.children if c.dep_ == "attr"]
        found += [o for p in verb.children if p.dep_ == "prep" for o in p.children if o.pos_ == "NUM"]
    for token in found:
        value = phrase_count(token)
        if value is not None:
            return value
    return None


def _written(head: Any, first: Any | None = None) -> str:
    """A phrase as written, without the commas at its ends ("As of September 6 ,"): the words of ``head``, or those
    from ``first`` to ``head``."""
    words = list(head.subtree) if first is None else list(head.doc[first.i : head.i + 1])
    while words and words[-1].is_punct:
        words.pop()
    return str(head.doc[words[0].i : words[-1].i + 1].text) if words else ""


def _of_time(prep: Any) -> bool:
    """Whether "in the last …", "over the past …" runs over a stretch of time: its object a unit of time or a date
    ("over the past three months", "in the last year"; not "in the last attack on Tarvik")."""
    objects = [o for o in prep.children if o.dep_ == "pobj"]
    return any(o.lemma_.lower() in tally_words()["units"] or o.lower_ in tally_words()["units"] for o in objects) or (
        any(o.ent_type_ == "DATE" for o in objects)
    )


def one_occasion(trigger: Any) -> bool:
    """Whether the clause tells the toll of one occasion: its "in" names a definite or dated event noun ("at least 30
    people have been killed so far in Sunday's bombing of the market", "in the last attack on Tarvik";
    ``occasion_nouns``), which no count over a period makes a tally."""
    words = tally_words()
    for verb in conjuncts(trigger):
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in words["occasion_preps"]):
            for noun in (o for o in prep.children if o.dep_ == "pobj" and o.tag_ == "NN"):
                definite = any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE) for c in noun.children)
                if definite and noun.lemma_.lower() in words["occasions"]:
                    return True
    return False


def undated(trigger: Any, tallied: list[Any]) -> bool:
    """A tally with no period (``undated_least``, ``large_vague``, ``spread_words``): a count told in the present
    perfect of those it befell, with no "by", and large ("Over 30,000 people have been arrested", "Thousands have been
    killed") or spread over a country ("More than 20 activists have been detained across the country"), of no occasion
    its "in", "at" or "during" names ("in the blasts", "at a rally": :func:`an_occasion`). The caller checks the
    doer, the time and the place."""
    words = tally_words()
    clause = conjuncts(trigger)[0]
    if not _present_perfect(trigger if syntax.auxiliaries(trigger) else clause) or an_occasion(trigger):
        return False
    if any(p.lower_ == "by" for v in conjuncts(trigger) for p in v.children if p.dep_ in ("prep", "agent")):
        return False
    told = [t for t in tallied if t.dep_ in ("nsubj", "nsubjpass") or t.head.dep_ in ("nsubj", "nsubjpass")]
    spread = any(c.lower_ in words["spread"] for v in conjuncts(trigger) for c in v.children)
    return any(spread or _large(t) for t in told)


def _large(token: Any) -> bool:
    """A count at least ``undated_least``, or vague in the hundreds and up ("thousands", "many thousands")."""
    if token.lower_ in tally_words()["large_vague"]:
        return True
    found = phrase_count(token)
    return found is not None and found[0] >= tally_words()["undated_least"]


def an_occasion(trigger: Any) -> bool:
    """Whether an "in", "at" or "during" anywhere in the clause names an occasion (``occasion_nouns``,
    ``gatherings``), whatever its number or determiner: "in the blasts", "at a rally", "in clashes", "in two blasts",
    "in the fighting" (its verb's lemma, :func:`lemmas`); anywhere, for a gapped list hangs it on what it lists ("more
    than 100 people have been killed and more than 1,000 others wounded in the blasts")."""
    words = tally_words()
    nouns = words["occasions"] | words["gatherings"]
    for prep in (c for c in conjuncts(trigger)[0].subtree if c.dep_ == "prep" and c.lower_ in words["undated_preps"]):
        if any(o.dep_ == "pobj" and lemmas(o) & nouns for o in prep.children):
            return True
    return False


def occasion_word(token: Any) -> bool:
    """A word that tells an occasion a toll can belong to: an occasion noun (``occasion_nouns``, ``gatherings``) or a
    verb of one (``occasion_verbs``: "stormed", "exploded", "raided")."""
    words = tally_words()
    return bool(lemmas(token) & (words["occasions"] | words["gatherings"] | words["occasion_verbs"]))


def lemmas(token: Any) -> set[str]:
    """A word's lemma, and the verb a noun in -ing is of ("fighting": fight, "shelling": shell, "firing": fire)."""
    lemma = token.lemma_.lower()
    found = {lemma, token.lower_}
    if token.pos_ == "NOUN" and lemma.endswith("ing") and len(lemma) > 5:
        stem = lemma[:-3]
        found |= {stem, stem + "e"} | ({stem[:-1]} if stem[-1] == stem[-2] else set())
    return found


def ranked(trigger: Any) -> tuple[Any, int, str] | None:
    """The rank an ordinal gives one in a tally over a period: "the fifth journalist killed this year", "the 12th
    reporter detained since January", "the fifth journalist to be killed this year", "the first activist arrested
    since May" (a tally of one so far) — (the ordinal, its rank, the period as written), or None (not "the second man
    arrested in the case", told over no period)."""
    infinitive = trigger.dep_ == "relcl" and any(a.lower_ == "to" for a in syntax.auxiliaries(trigger))
    if (trigger.dep_ != "acl" and not infinitive) or trigger.tag_ != "VBN":
        return None
    noun = trigger.head
    for child in (c for c in noun.children if c.dep_ in ("amod", "nummod") and c.i < noun.i):
        rank = rank_of(child)
        if rank is None:
            continue
        found = own_period([trigger])
        return (child, rank, found) if found is not None else None
    return None


def rank_of(ordinal: Any) -> int | None:
    """The rank an ordinal tells, in words (data/time_words.yaml ``ordinals``, and tens joined to one: "twenty-first",
    "thirty-second") or in figures with the suffix English gives that number ("1st", "22nd", "13th"; not "3th", "0th");
    None for any other word."""
    words = tally_words()
    figure = re.fullmatch(r"([1-9]\d*)([a-z]+)", ordinal.lower_)
    if figure is not None:
        value = int(figure.group(1))
        last = value % 10 if value % 100 not in (11, 12, 13) else 0
        return value if figure.group(2) == words["suffixes"].get(last, words["suffix_else"]) else None
    written = "".join(t.lower_ for t in ordinal.doc[ordinal.left_edge.i : ordinal.i + 1])
    if written in ORDINAL_WORDS:
        return ORDINAL_WORDS[written]
    tens = NUMBERS.get(ordinal.left_edge.lower_) if ordinal.left_edge.i < ordinal.i else None
    ones = ORDINAL_WORDS.get(ordinal.lower_)
    if tens is not None and ones is not None and tens % 10 == 0 and tens >= 20 and ones < 10:
        return tens + ones
    return ones if ordinal.left_edge.i == ordinal.i else None


def _present_perfect(verb: Any) -> bool:
    """ "have been arrested", "has died" (not "had been", "may have been", "to have been")."""
    return verb.tag_ == "VBN" and any(
        a.lemma_.lower() == "have" and a.tag_ in ("VBP", "VBZ") for a in syntax.auxiliaries(verb)
    )


def _since_clause(clause: Any) -> bool:
    return any(m.dep_ == "mark" and m.lower_ in tally_words()["since"] for m in clause.children)


def _perfect(verb: Any) -> bool:
    return syntax.perfect(verb) and verb.tag_ == "VBN"


def closed_period(trigger: Any, times: list[Any], counted: list[Any]) -> str | None:
    """A time of the trigger's own clause closed by ``period_closers`` ("in 2023 alone", "last year alone"): the
    period a count is of ("in 2023 alone"), with the preposition that opens it; None when there is none (nor for a
    time of another clause of the sentence: "nine were charged in 2018 alone, five were detained in 2019"). The
    closer follows the time phrase as its modifier (hung on its noun, its preposition or the verb), the time (of
    ``times``) is a month, a year or longer, not a day ("arrested 12 protesters on Friday alone"), and one of
    ``counted`` is an open count (:func:`open_count`: not "two brothers fled in 2019 alone, without a broker")."""
    if not any(open_count(t) for t in counted):
        return None
    doc = trigger.doc
    for token in trigger.subtree:
        if token.lower_ not in tally_words()["closers"] or token.i == 0:
            continue
        before = doc[token.i - 1]
        if before.ent_type_ not in tally_words()["labels"] or time_clauses.clause_of(before) != trigger.i:
            continue
        if token.head.i not in (before.i, before.head.i, trigger.i) or not _longer_than_a_day(before, times):
            continue
        start = before.i
        while start > 0 and doc[start - 1].ent_type_ == before.ent_type_:
            start -= 1
        if start > 0 and doc[start - 1].pos_ == "ADP":
            start -= 1
        return str(doc[start : token.i + 1].text)
    return None


def _longer_than_a_day(token: Any, times: list[Any]) -> bool:
    """Whether the time mention ending at ``token`` spans a month, a season, a year or more."""
    end = token.idx + len(token.text)
    found = next((t for t in times if t.start <= token.idx and end <= t.end and t.interval is not None), None)
    return found is not None and found.interval.precision != "day" and found.interval.earliest != found.interval.latest
