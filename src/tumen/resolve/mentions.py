"""Generic mention clustering: which mentions of participants, places, times and events are one thing.

tumen's person resolver (:mod:`tumen.resolve.resolver`) knows Korean names; this module clusters any
mention — "Tara Reid", "the actress", "she", "Promises Treatment Center", "Friday", "checked into" —
in the same explainable way: records with features, blocking, weighted features that each give a
reason, and union-find.

1. :func:`describe` turns mention spans of tokenised sentences into :class:`Mention` records with
   tumen's spaCy pipeline: head word and lemma (headlines in title case are read in running-text case),
   proper-name words, number, the sentence's content lemmas, identity links the syntax states
   (appositions, "actress Esther Williams", relative pronouns, "X is a Y") and, for events, their
   arguments (the entity mentions in subject, object and prepositional positions of the trigger, and
   the sentence's times and places).
2. :func:`cluster_documents` groups the documents of a group (a topic) into stories: reports of one
   seminal event share its rare words in their headline and lead. Mentions of different stories meet
   only through a full name (entities) or a named event ("Watergate").
3. :func:`resolve_mentions` clusters entities first: syntax links and pronoun antecedents within a
   document, then pairs that share a block (head lemma, a name word, a full name) scored by features
   (same head lemma, same or different names, similar wording, type, same sentence, story). Then events:
   blocks by trigger lemma, stem, word class (a small lexicon of news events plus tumen's event
   vocabulary, ``data/events.yaml``) and named event; features: same word, word family, class, a
   happening of one family to the same participant (tumen's rule for facts), shared participants,
   times and places, similar sentences, reports by different speakers, negation. Then entities again:
   the same participant slot (doer, undergoer) of one event cluster is one participant; events and
   participants alternate :data:`ROUNDS` times.

The strongest pairs merge first; a pair merges at :data:`MERGE_AT` (:data:`EVENT_MERGE_AT` for events)
or more, and never when it would put two different names in one cluster. Every merge keeps its
reasons (:attr:`MentionResolution.links`). The weights and thresholds were tuned on the ECB+ training
topics (``benchmarks/ecbplus.py``, ``docs/accuracy.md``). Deterministic: the same mentions, in any
order, give the same clusters.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

from rapidfuzz import fuzz

from tumen.resolve.resolver import UnionFind

MERGE_AT = 3.0  # entity pairs merge at this score or more (tuned on the ECB+ train topics)
EVENT_MERGE_AT = 2.5  # event pairs likewise (tuned on the ECB+ train topics)
STORY_SIMILARITY = 0.04  # documents whose TF-IDF cosine (average link) reaches this tell one story
STORY_ATTACH = 0.02  # a story of one or two documents joins its nearest larger story from this similarity
SMALL_STORY = 2
LEAD_SENTENCES = 4  # headline (or address) and lead of a report
MAX_BLOCK = 300  # larger blocks are compared in a sliding window
CONTEXT_OVERLAP = 0.3  # Jaccard overlap of two sentences' content lemmas from which they count as similar
WORDING_SIMILARITY = 90  # rapidfuzz token-set ratio from which two mentions' words count as similar
FAMILY_WEIGHT = 1.5  # two kinds of happening of one family (a hanging, a death) to the same participant
ROLE_WEIGHT = 3.0  # the same participant slot of one event cluster merges alone
JOINT_ROLES = ("A0", "A1")  # the slots that count for that: doer and undergoer
ROUNDS = 2  # events, then participants of one event, alternate this many times

PERSONAL = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs", "themselves", "we", "us", "our", "ours", "ourselves"})
NEUTER_PRONOUNS = frozenset({"it", "its", "itself"})
RELATIVE_PRONOUNS = frozenset({"who", "whom", "whose", "which", "that"})
OTHER_PRONOUNS = frozenset({"i", "me", "my", "mine", "myself", "you", "your", "yours", "yourself"})
PRONOUNS = PERSONAL | PLURAL_PRONOUNS | NEUTER_PRONOUNS | RELATIVE_PRONOUNS | OTHER_PRONOUNS
SUBJECT_DEPS = frozenset({"nsubj", "csubj", "expl"})
OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd", "dative"})
NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
PREDICATES = frozenset({"VERB", "NOUN", "ADJ", "AUX"})


@dataclass(frozen=True)
class Span:
    """A mention as the caller knows it: where it is and what kind of thing it names."""

    key: str
    document: str
    group: str  # mentions of different groups (topics) never meet
    sentence: str  # key of its sentence
    order: int  # position in its document (for antecedents)
    tokens: tuple[int, ...]  # word positions in the sentence
    kind: str  # entity | event
    type: str  # person | organisation | location | time | thing | event
    negated: bool = False


@dataclass(frozen=True)
class Mention:
    """A mention with the features resolution compares."""

    key: str
    document: str
    group: str
    sentence: str
    order: int
    kind: str
    type: str
    text: str
    lemma: str  # head lemma, lower case
    pos: str
    proper: bool
    pronoun: bool
    plural: bool
    name: frozenset[str] = frozenset()  # lower-cased proper-name words
    context: frozenset[str] = frozenset()  # content lemmas of the sentence
    same_as: tuple[tuple[str, str], ...] = ()  # (mention key, why): identity the syntax states
    arguments: tuple[tuple[str, str], ...] = ()  # events: (role, entity mention key)
    negated: bool = False
    story: str = ""


@dataclass(frozen=True)
class Link:
    """A scored pair of mentions; the merged ones are kept with their reasons."""

    left: str
    right: str
    total: float
    reasons: tuple[str, ...]


@dataclass
class MentionResolution:
    """Which mentions are one thing (cluster ids are the smallest mention key of each cluster)."""

    cluster_of: dict[str, str] = field(default_factory=dict)  # mention key -> cluster id
    members: dict[str, list[str]] = field(default_factory=dict)
    links: list[Link] = field(default_factory=list)  # the merges, with their reasons
    stories: dict[str, str] = field(default_factory=dict)  # document -> story id


# ---------------------------------------------------------------------------------------------
# 1. Features from the parse


def describe(
    sentences: Mapping[str, Sequence[str]], spans: Sequence[Span], nlp: Any = None, batch_size: int = 128
) -> list[Mention]:
    """Mention records for ``spans``; only the sentences that hold a mention are parsed. Headlines in
    title case or capitals are parsed in the case their words have in running text ("Dies" -> "dies")."""
    from spacy.tokens import Doc

    if nlp is None:
        from tumen.extract.nlp import english

        nlp = english()
    names = _name_words(sentences.values())
    needed = sorted({s.sentence for s in spans})
    docs = [Doc(nlp.vocab, words=_truecase(sentences[sid], names)) for sid in needed]
    parsed = dict(zip(needed, nlp.pipe(docs, batch_size=batch_size), strict=True))
    by_sentence: dict[str, list[Span]] = defaultdict(list)
    for span in spans:
        by_sentence[span.sentence].append(span)
    records: dict[str, Mention] = {}
    for sid, doc in parsed.items():
        original = sentences[sid]
        context = frozenset(t.lemma_.lower() for t in doc if _content(t))
        here = by_sentence[sid]
        entities = [s for s in here if s.kind == "entity"]
        heads = {span.key: _head(doc, span) for span in here}
        for span in here:
            records[span.key] = _mention(doc, original, span, heads[span.key], context, nlp)
        entity_at = _entity_tokens(entities, heads)
        for span in entities:
            links = _identity(doc, heads[span.key], span, entity_at, records)
            if links:
                records[span.key] = replace(records[span.key], same_as=links)
        for span in here:
            if span.kind == "event":
                args = _arguments(doc, heads[span.key], entity_at, entities, records)
                records[span.key] = replace(records[span.key], arguments=args)
    return [records[s.key] for s in spans]


def _name_words(sentences: Iterable[Sequence[str]]) -> frozenset[str]:
    """Lower-cased words written with a capital inside running-text sentences: names."""
    names: set[str] = set()
    for words in sentences:
        if _title_case(words):
            continue
        for word in words[1:]:
            if (word[:1].isupper() and word[1:].islower()) or (word.isupper() and len(word) > 1):
                names.add(word.lower())
    return frozenset(names)


def _title_case(words: Sequence[str]) -> bool:
    long = [w for w in words if w.isalpha() and len(w) > 3]
    return len(long) >= 2 and sum(1 for w in long if w[0].isupper()) >= 0.6 * len(long)


def _truecase(words: Sequence[str], names: frozenset[str]) -> list[str]:
    words = [w if w.strip() else "_" for w in words]
    if not _title_case(words):
        return words
    return [w if w.lower() in names else w.lower() for w in words]


def _content(token: Any) -> bool:
    return bool(token.is_alpha and not token.is_stop and len(token.text) > 2)


def _head(doc: Any, span: Span) -> int:
    """The mention's head word: the word of the span whose syntactic head leads out of the span (through
    only prepositions and the like: "in Beverly Hills" -> Hills); nominal words for entities."""
    positions = [i for i in span.tokens if i < len(doc)]
    if not positions:
        return 0
    inside = set(positions)
    wanted = NOMINAL if span.kind == "entity" else PREDICATES
    candidates = [i for i in positions if doc[i].pos_ in wanted]

    def top(i: int) -> bool:
        token = doc[i]
        while token.head.i != token.i and token.head.i in inside:
            token = token.head
            if token.pos_ in wanted:
                return False
        return True

    roots = [i for i in candidates if top(i)]
    if roots:
        return roots[0]
    plain = [i for i in positions if doc[i].head.i == i or doc[i].head.i not in inside]
    return (plain or positions)[0]


def _mention(doc: Any, original: Sequence[str], span: Span, head: int, context: frozenset[str], nlp: Any) -> Mention:
    positions = [i for i in span.tokens if i < len(doc)]
    tokens = [doc[i] for i in positions]
    token = doc[head]
    lower = token.text.lower()
    pronoun = lower in PRONOUNS or (token.pos_ == "PRON" and span.kind == "entity")
    name = frozenset(t.text.lower() for t in tokens if t.pos_ == "PROPN" and t.is_alpha and span.kind == "entity")
    if span.kind == "entity":
        lemma = lower if token.pos_ == "PROPN" else token.lemma_.lower()
    elif token.pos_ in ("PROPN", "X") or token.text[:1].isupper():
        lemma = _verb_lemma(nlp, lower)  # a capitalised trigger the tagger took for a name
    else:
        lemma = token.lemma_.lower()
    plural = token.tag_ in ("NNS", "NNPS") or lower in PLURAL_PRONOUNS
    return Mention(
        key=span.key,
        document=span.document,
        group=span.group,
        sentence=span.sentence,
        order=span.order,
        kind=span.kind,
        type=span.type,
        text=" ".join(original[i] for i in positions),
        lemma=lemma,
        pos=token.pos_,
        proper=bool(name) or (span.kind == "event" and token.pos_ == "PROPN"),
        pronoun=pronoun,
        plural=plural,
        name=name,
        context=context,
        negated=span.negated,
    )


def _verb_lemma(nlp: Any, word: str) -> str:
    from spacy.tokens import Doc

    doc = Doc(nlp.vocab, words=[word])
    doc[0].pos_ = "VERB"
    lemmas: list[str] = nlp.get_pipe("lemmatizer").rule_lemmatize(doc[0])
    return lemmas[0] if lemmas else word


def _entity_tokens(entities: Sequence[Span], heads: Mapping[str, int]) -> dict[int, str]:
    """Word position -> the smallest entity mention covering it (a mention's head is its own)."""
    covering: dict[int, tuple[int, str]] = {}
    for span in entities:
        for i in span.tokens:
            if i not in covering or len(span.tokens) < covering[i][0]:
                covering[i] = (len(span.tokens), span.key)
    result = {i: key for i, (_size, key) in covering.items()}
    for span in entities:
        result[heads[span.key]] = span.key
    return result


def _identity(
    doc: Any, head: int, span: Span, entity_at: Mapping[int, str], records: Mapping[str, Mention]
) -> tuple[tuple[str, str], ...]:
    """Mentions of the same sentence that the syntax says are the same as this one."""
    token = doc[head]
    found: list[tuple[str, str]] = []

    def other(i: int) -> str | None:
        key = entity_at.get(i)
        return key if key is not None and key != span.key else None

    me = records[span.key]
    if token.dep_ == "appos":  # "Alice McMeekin, his mother"
        key = other(token.head.i)
        if key:
            found.append((key, "apposition"))
    if token.dep_ in ("compound", "nmod") and token.pos_ == "NOUN" and token.head.pos_ == "PROPN":
        key = other(token.head.i)  # "actress Esther Williams"
        if key and records[key].type == me.type:
            found.append((key, "title before a name"))
    if token.dep_ == "attr" and token.head.lemma_ in ("be", "become", "remain"):  # "Williams was a swimmer"
        for child in token.head.children:
            if child.dep_ == "nsubj":
                key = other(child.i)
                if key:
                    found.append((key, "X is Y"))
    if token.lower_ in RELATIVE_PRONOUNS:  # "Williams, who ..."
        verb = token.head
        while verb.dep_ not in ("relcl", "ROOT") and verb.head.i != verb.i:
            verb = verb.head
        if verb.dep_ == "relcl":
            key = other(verb.head.i)
            if key:
                found.append((key, "relative pronoun"))
    return tuple(found)


def _arguments(
    doc: Any, head: int, entity_at: Mapping[int, str], entities: Sequence[Span], records: Mapping[str, Mention]
) -> tuple[tuple[str, str], ...]:
    """(role, entity key) of the entity mentions attached to an event trigger: A0 the doer, A1 what is
    done to, P a prepositional argument, TIME and LOC the sentence's times and places (nearest first)."""
    found: list[tuple[str, str]] = []
    trigger = doc[head]

    def add(role: str, token: Any) -> None:
        key = entity_at.get(token.i)
        if key is None:
            key = next((entity_at[t.i] for t in token.subtree if t.i in entity_at), None)
        if key is not None and records[key].type not in ("time", "location") and (role, key) not in found:
            found.append((role, key))
        for conj in token.conjuncts:
            if conj.i in entity_at and (role, entity_at[conj.i]) not in found:
                found.append((role, entity_at[conj.i]))

    for child in trigger.children:
        if child.dep_ in SUBJECT_DEPS:
            add("A0", child)
        elif child.dep_ in OBJECT_DEPS:
            add("A1", child)
        elif child.dep_ == "agent":
            for grandchild in child.children:
                add("A0", grandchild)
        elif child.dep_ == "poss":
            add("A1" if trigger.pos_ == "NOUN" else "A0", child)
        elif child.dep_ in ("compound", "nmod") and trigger.pos_ == "NOUN":
            add("A1", child)
        elif child.dep_ == "prep":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    add("A1" if child.lower_ == "of" and trigger.pos_ == "NOUN" else "P", grandchild)
    if trigger.dep_ in ("relcl", "acl") and trigger.head.i in entity_at:
        add("A0" if trigger.dep_ == "relcl" else "A1", trigger.head)
    if trigger.dep_ in ("xcomp", "conj", "advcl") and not any(r == "A0" for r, _ in found):
        for child in trigger.head.children:
            if child.dep_ in SUBJECT_DEPS:
                add("A0", child)
    if trigger.pos_ == "ADJ" and trigger.dep_ in ("acomp", "oprd", "xcomp", "ccomp"):  # "was found dead"
        for child in trigger.head.children:
            if child.dep_ in SUBJECT_DEPS or child.dep_ in ("nsubjpass", "dobj"):
                add("A1", child)
    if trigger.pos_ == "ADJ" and trigger.dep_ == "amod":  # "the dead man"
        add("A1", trigger.head)
    if trigger.pos_ == "NOUN" and trigger.dep_ in ("dobj", "attr") and not any(r == "A0" for r, _ in found):
        for child in trigger.head.children:  # "carried out the attack", "was a suicide"
            if child.dep_ in SUBJECT_DEPS:
                add("A0" if trigger.dep_ == "dobj" else "A1", child)
    for role, wanted in (("TIME", "time"), ("LOC", "location")):
        near = sorted((abs(s.tokens[0] - head), s.key) for s in entities if records[s.key].type == wanted)
        found.extend((role, key) for _distance, key in near)
    return tuple(found)


# ---------------------------------------------------------------------------------------------
# 2. Stories: documents about one seminal event


def cluster_documents(
    texts: Mapping[str, Sequence[Sequence[str]]],
    groups: Mapping[str, str],
    threshold: float = STORY_SIMILARITY,
    attach: float = STORY_ATTACH,
) -> dict[str, str]:
    """Document -> story id. ``texts`` holds each document's sentences (as words); the headline and
    lead (:data:`LEAD_SENTENCES` first sentences) say what a news report is about. Documents of one
    group meet when the average TF-IDF cosine of their clusters reaches ``threshold`` (average-link
    agglomeration, most similar first); then stories of one or two documents join the most similar
    larger story of their group if their average similarity to it reaches ``attach``."""
    stories: dict[str, str] = {}
    by_group: dict[str, list[str]] = defaultdict(list)
    for document in sorted(texts):
        by_group[groups[document]].append(document)
    for group, documents in sorted(by_group.items()):
        vectors = _tfidf({d: [w for sentence in texts[d][:LEAD_SENTENCES] for w in sentence] for d in documents})
        for cluster in _agglomerate(documents, vectors, threshold, attach):
            for document in cluster:
                stories[document] = f"{group}/{cluster[0]}"
    return stories


def _agglomerate(
    documents: list[str], vectors: Mapping[str, Mapping[str, float]], threshold: float, attach: float
) -> list[list[str]]:
    similarity = {(a, b): _cosine(vectors[a], vectors[b]) for a in documents for b in documents}

    def mean(left: list[str], right: list[str]) -> float:
        return sum(similarity[(a, b)] for a in left for b in right) / (len(left) * len(right))

    clusters = [[d] for d in documents]
    while len(clusters) > 1:
        best, (i, j) = max(
            (
                (mean(clusters[i], clusters[j]), (i, j))
                for i in range(len(clusters))
                for j in range(i + 1, len(clusters))
            ),
            key=lambda item: (item[0], -item[1][0], -item[1][1]),
        )
        if best < threshold:
            break
        clusters[i] = sorted(clusters[i] + clusters[j])
        del clusters[j]
    large = [c for c in clusters if len(c) > SMALL_STORY]
    for small in (c for c in clusters if len(c) <= SMALL_STORY):
        if large:
            closest, target = max(((mean(small, c), k) for k, c in enumerate(large)), key=lambda t: (t[0], -t[1]))
            if closest >= attach:
                large[target] = sorted(large[target] + small)
                continue
        large.append(small)
    return large


_WORD = re.compile(r"[a-z][a-z'-]{2,}|[0-9][0-9.,:]*")
_STOP_WORDS = """the and for that with was were are from has have had this his her their they its will would said
says who which what when where after before about into over than then them been being also more most other some such
only just not but all any can could did does one two three new year years told http www com html news article story
according"""
_STOP = frozenset(_STOP_WORDS.split())


def _tfidf(texts: Mapping[str, Sequence[str]]) -> dict[str, dict[str, float]]:
    counts = {
        d: Counter(w for w in map(str.lower, words) if _WORD.fullmatch(w) and w not in _STOP)
        for d, words in texts.items()
    }
    df: Counter[str] = Counter()
    for c in counts.values():
        df.update(c.keys())
    n = len(texts)
    vectors = {}
    for d, c in counts.items():
        v = {w: (1 + math.log(k)) * math.log((1 + n) / (1 + df[w])) for w, k in c.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vectors[d] = {w: x / norm for w, x in v.items()}
    return vectors


def _cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b.get(w, 0.0) for w, x in a.items())


# ---------------------------------------------------------------------------------------------
# 3. What events are called: classes of words for one kind of happening (a small WordNet of news
# events), tumen's event vocabulary (data/events.yaml) and derivations (shoot/shooting, quake/earthquake).

EVENT_CLASSES = """
death: die death dead pass passing succumb perish fatal fatality demise decease deceased lose_life
killing: kill killing murder slay slaying homicide assassinate assassination massacre slaughter manslaughter
shooting: shoot shooting shot gunfire gunshot gun fire_on open_fire
stabbing: stab stabbing knife
earthquake: earthquake quake temblor tremor shake jolt seism aftershock
fire: blaze inferno burn burning flame arson torch gut
explosion: explode explosion blast bomb bombing detonate detonation
attack: attack assault raid ambush strike offensive
arrest: arrest detain detention apprehend capture nab catch custody collar
charge: charge accuse indict indictment prosecute prosecution allegation
conviction: convict conviction guilty verdict
sentence: sentence sentencing jail imprison imprisonment
trial: trial try hearing arraignment arraign
escape: escape flee breakout abscond getaway
robbery: rob robbery heist steal theft snatch grab loot burglary burglarize hold-up stickup
win: win victory beat defeat triumph clinch lose loss rout edge top
injury: injure injury wound hurt sprain tear
riot: riot rioting unrest clash protest violence demonstration uprising turmoil
release: release issue launch unveil roll_out rush_out ship debut introduce
fix: fix patch plug repair update mend
resignation: resign resignation quit step_down
hiring: hire rehire appoint appointment name nominate nomination tap sign
firing: sack dismiss oust ouster fire
election: elect election vote poll
acquisition: acquire acquisition buy purchase takeover merge merger
crash: crash collide collision accident wreck derail
damage: damage sever cut break disrupt disruption destroy destruction devastate rupture
outage: outage downtime blackout failure disruption
enter: enter check admit check_in check_into
rehab: rehab rehabilitation treatment
negotiation: negotiate negotiation talk
announcement: announce announcement
statement: say tell state statement comment remark
report: report reporting
find: find discover discovery locate
kidnap: kidnap kidnapping abduct abduction seize hostage
hijack: hijack hijacking commandeer
sinking: sink capsize
rescue: rescue save
flood: flood flooding deluge inundate
storm: storm hurricane typhoon cyclone tornado
hang: hang hanging
suicide: suicide
meeting: meet meeting summit talks
visit: visit trip tour
record: record mark milestone
overturn: overturn reverse overrule quash
retain: retain keep defend
investigation: investigate investigation probe inquiry
stop: stop halt stoppage
playoff: playoff playoffs postseason
"""

# families of classes that reports use for one happening to one participant ("found dead" for a hanging)
FAMILIES = {
    "death": frozenset({"death", "killing", "shooting", "stabbing", "hang", "suicide"})
    | frozenset({"tumen:death", "tumen:killing", "tumen:execution"}),
}

# classes whose members are only near each other: an argument or the setting must agree too
LOOSE_CLASSES = frozenset({"win", "damage", "outage", "enter", "statement", "attack", "release", "find"})


@cache
def _event_classes() -> dict[str, frozenset[str]]:
    classes: dict[str, set[str]] = defaultdict(set)
    for line in EVENT_CLASSES.strip().splitlines():
        name, _colon, words = line.partition(":")
        for word in words.split():
            classes[word.replace("_", " ")].add(name.strip())
    from tumen.extract.events import lexicon

    vocabulary = lexicon()
    for lemma, triggers in vocabulary.verbs.items():
        for trigger in triggers:
            classes[lemma].add("tumen:" + trigger.type)
    for lemma, trigger in vocabulary.nouns.items():
        classes[lemma].add("tumen:" + trigger.type)
    return {word: frozenset(names) for word, names in classes.items()}


def event_classes(lemma: str) -> frozenset[str]:
    return _event_classes().get(lemma, frozenset())


_SUFFIXES = (
    "ations",
    "ation",
    "ings",
    "ing",
    "ions",
    "ion",
    "ments",
    "ment",
    "ages",
    "age",
    "ers",
    "er",
    "ed",
    "es",
    "s",
)


def stem(word: str) -> str:
    """A crude derivational stem: "shooting" and "shoot", "stoppage" and "stop" meet."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    word = word.removesuffix("e") if len(word) > 3 else word
    return re.sub(r"([^aeiou])\1$", r"\1", word)


def derived(a: str, b: str) -> bool:
    """Two lemmas of one word family: same stem ("explosion", "explode"), or one ends with the other
    ("quake", "earthquake")."""
    if a == b:
        return True
    sa, sb = stem(a), stem(b)
    if sa == sb and len(sa) >= 3:
        return True
    short, long = sorted((sa, sb), key=len)
    if len(short) >= 5 and long.startswith(short):
        return True
    short, long = sorted((a, b), key=len)
    return len(short) >= 4 and long.endswith(short) and long[: -len(short)].isalpha()


# ---------------------------------------------------------------------------------------------
# 4. Resolution


@dataclass
class Context:
    """What features may look at besides the pair: the clusters found so far."""

    find: Callable[[str], str]
    by_key: Mapping[str, Mention]

    def same(self, a: str, b: str) -> bool:
        return self.find(a) == self.find(b)


Feature = Callable[[Mention, Mention, Context], tuple[float, str]]


def f_head(a: Mention, b: Mention, ctx: Context) -> tuple[float, str]:
    if a.lemma == b.lemma and not (a.pronoun or b.pronoun):
        return 3.0, f"same head ({a.lemma})"
    return 0.0, ""


def f_name(a: Mention, b: Mention, ctx: Context) -> tuple[float, str]:
    if a.name and b.name:
        if a.name <= b.name or b.name <= a.name:
            return 3.0, f"same name ({a.text} / {b.text})"
        if a.name & b.name:
            return 1.0, f"names share {', '.join(sorted(a.name & b.name))}"
        return -3.0, f"different names ({a.text} / {b.text})"
    return 0.0, ""


def f_wording(a: Mention, b: Mention, ctx: Context) -> tuple[float, str]:
    if a.pronoun or b.pronoun or a.lemma == b.lemma:
        return 0.0, ""
    if fuzz.token_set_ratio(a.text.lower(), b.text.lower()) >= WORDING_SIMILARITY:
        return 1.0, f"similar wording ({a.text} / {b.text})"
    return 0.0, ""


def f_types(a: Mention, b: Mention, ctx: Context) -> tuple[float, str]:
    if a.type != b.type:
        return -10.0, f"types differ ({a.type} / {b.type})"
    return 0.0, ""


def f_story(a: Mention, b: Mention, ctx: Context) -> tuple[float, str]:
    if a.story != b.story:
        return -2.0, "different stories"
    return 0.0, ""


def f_sentence(a: Mention, b: Mention, ctx: Context) -> tuple[float, str]:
    if a.sentence == b.sentence:
        return -2.0, "two mentions in one sentence"
    return 0.0, ""


def f_trigger(a: Mention, b: Mention, ctx: Context) -> tuple[float, str]:
    if a.lemma == b.lemma:
        return 3.0, f"same word ({a.lemma})"
    if derived(a.lemma, b.lemma):
        return 2.5, f"one word family ({a.lemma}, {b.lemma})"
    shared = event_classes(a.lemma) & event_classes(b.lemma)
    if shared:
        loose = all(name in LOOSE_CLASSES for name in shared)
        return (1.0 if loose else 2.0), f"both {'/'.join(sorted(shared))} ({a.lemma}, {b.lemma})"
    return 0.0, ""


def families(lemma: str) -> frozenset[str]:
    classes = event_classes(lemma)
    return frozenset(name for name, members in FAMILIES.items() if classes & members)


def f_family(a: Mention, b: Mention, ctx: Context) -> tuple[float, str]:
    """tumen's rule for facts: one kind of happening to the same principal participant is one fact."""
    shared = families(a.lemma) & families(b.lemma)
    if not shared or a.lemma == b.lemma or event_classes(a.lemma) & event_classes(b.lemma):
        return 0.0, ""
    left, right = _filled(a, ctx, PARTICIPANT_ROLES), _filled(b, ctx, PARTICIPANT_ROLES)
    if {c for cs in left.values() for c in cs} & {c for cs in right.values() for c in cs}:
        return FAMILY_WEIGHT, f"a {'/'.join(sorted(shared))} of the same participant ({a.lemma}, {b.lemma})"
    return 0.0, ""


def f_named(a: Mention, b: Mention, ctx: Context) -> tuple[float, str]:
    if a.proper and b.proper and a.lemma == b.lemma:
        return 2.0, f"same named event ({a.text})"
    return 0.0, ""


PARTICIPANT_ROLES = ("A0", "A1", "P")


def _filled(m: Mention, ctx: Context, roles: Sequence[str]) -> dict[str, set[str]]:
    found: dict[str, set[str]] = defaultdict(set)
    for role, key in m.arguments:
        if role in roles:
            found[role].add(ctx.find(key))
    return found


def f_arguments(a: Mention, b: Mention, ctx: Context) -> tuple[float, str]:
    left, right = _filled(a, ctx, PARTICIPANT_ROLES), _filled(b, ctx, PARTICIPANT_ROLES)
    shared = {c for cs in left.values() for c in cs} & {c for cs in right.values() for c in cs}
    if shared:
        names = sorted(ctx.by_key[c].text for c in shared)
        return min(2.0, 1.0 * len(shared)), "same participants: " + ", ".join(names[:3])
    return 0.0, ""


def f_setting(a: Mention, b: Mention, ctx: Context) -> tuple[float, str]:
    left, right = _filled(a, ctx, ("TIME", "LOC")), _filled(b, ctx, ("TIME", "LOC"))
    total, reasons = 0.0, []
    for role in ("TIME", "LOC"):
        if left[role] & right[role]:
            total += 0.5
            reasons.append("same " + ("time" if role == "TIME" else "place"))
    return total, ", ".join(reasons)


def f_reporting(a: Mention, b: Mention, ctx: Context) -> tuple[float, str]:
    if a.lemma in _reporting() or b.lemma in _reporting():
        left, right = _filled(a, ctx, ("A0",)), _filled(b, ctx, ("A0",))
        if not (left["A0"] & right["A0"]):
            return -2.0, "reports by speakers not known to be the same"
    return 0.0, ""


def f_context(a: Mention, b: Mention, ctx: Context) -> tuple[float, str]:
    if a.context and b.context and len(a.context & b.context) >= CONTEXT_OVERLAP * len(a.context | b.context):
        return 1.0, "similar sentences"
    return 0.0, ""


def f_negation(a: Mention, b: Mention, ctx: Context) -> tuple[float, str]:
    if a.negated != b.negated:
        return -1.0, "one negated"
    return 0.0, ""


@cache
def _reporting() -> frozenset[str]:
    from tumen.extract.vocab import load

    return frozenset(load("events.yaml")["modality"]["reporting_verbs"])


ENTITY_FEATURES: list[tuple[str, Feature]] = [
    ("head", f_head),
    ("name", f_name),
    ("wording", f_wording),
    ("types", f_types),
    ("sentence", f_sentence),
    ("story", f_story),
]
EVENT_FEATURES: list[tuple[str, Feature]] = [
    ("trigger", f_trigger),
    ("named", f_named),
    ("family", f_family),
    ("story", f_story),
    ("arguments", f_arguments),
    ("setting", f_setting),
    ("reporting", f_reporting),
    ("context", f_context),
    ("negation", f_negation),
    ("sentence", f_sentence),
]


def score_pair(a: Mention, b: Mention, ctx: Context, features: Sequence[tuple[str, Feature]]) -> Link:
    total = 0.0
    reasons = []
    for _name, feature in features:
        weight, reason = feature(a, b, ctx)
        total += weight
        if reason:
            reasons.append(reason)
    return Link(a.key, b.key, total, tuple(reasons))


def _entity_blocks(mentions: Iterable[Mention]) -> dict[str, list[Mention]]:
    blocks: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.pronoun:
            continue
        blocks[f"L|{m.story}|{m.lemma}"].append(m)
        for word in m.name:
            blocks[f"N|{m.story}|{word}"].append(m)
        if len(m.name) >= 2:  # full names meet across the stories of a group
            blocks[f"F|{m.group}|{' '.join(sorted(m.name))}"].append(m)
    return blocks


def _event_blocks(mentions: Iterable[Mention]) -> dict[str, list[Mention]]:
    blocks: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        blocks[f"L|{m.story}|{m.lemma}"].append(m)
        blocks[f"S|{m.story}|{stem(m.lemma)}"].append(m)
        for name in sorted(event_classes(m.lemma) | {f"family:{f}" for f in families(m.lemma)}):
            blocks[f"C|{m.story}|{name}"].append(m)
        if m.proper:  # named events ("Watergate") meet across the stories of a group
            blocks[f"N|{m.group}|{m.lemma}"].append(m)
    return blocks


def _pairs(blocks: Mapping[str, list[Mention]]) -> Iterable[tuple[Mention, Mention]]:
    seen: set[tuple[str, str]] = set()
    for _key, members in sorted(blocks.items()):
        for i, a in enumerate(members):
            for b in members[i + 1 : i + 1 + MAX_BLOCK]:
                pair = (a.key, b.key) if a.key < b.key else (b.key, a.key)
                if pair not in seen:
                    seen.add(pair)
                    yield a, b


def _roles(events: Sequence[Mention], ctx: Context) -> dict[str, set[tuple[str, str]]]:
    """Entity mention -> (event cluster, role) it fills."""
    roles: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for event in events:
        for role, key in event.arguments:
            if role in JOINT_ROLES:
                roles[key].add((ctx.find(event.key), role))
    return roles


def _role_feature(roles: Mapping[str, set[tuple[str, str]]]) -> Feature:
    def f_role(a: Mention, b: Mention, ctx: Context) -> tuple[float, str]:
        shared = roles.get(a.key, set()) & roles.get(b.key, set())
        if shared:
            event, role = sorted(shared)[0]
            what = "doer" if role == "A0" else "undergoer"
            return ROLE_WEIGHT, f"both the {what} of one event ({ctx.by_key[event].text})"
        return 0.0, ""

    return f_role


def _role_blocks(events: Sequence[Mention], by_key: Mapping[str, Mention], ctx: Context) -> dict[str, list[Mention]]:
    keys: dict[str, dict[str, None]] = defaultdict(dict)  # ordered sets
    for event in events:
        for role, key in event.arguments:
            if role in JOINT_ROLES:
                keys[f"R|{ctx.find(event.key)}|{role}"][key] = None
    return {block: [by_key[k] for k in members] for block, members in keys.items()}


class _Clusters:
    """Union-find that refuses a union which would put two different names in one cluster."""

    def __init__(self, mentions: Sequence[Mention]) -> None:
        self.uf = UnionFind(m.key for m in mentions)
        self.names: dict[str, list[frozenset[str]]] = {m.key: [m.name] for m in mentions if m.name}

    def find(self, key: str) -> str:
        return self.uf.find(key)

    def clash(self, a: str, b: str) -> bool:
        left, right = self.names.get(self.find(a), []), self.names.get(self.find(b), [])
        if not left or not right:
            return False
        words_left = frozenset().union(*left)
        return not any(words_left & name for name in right)

    def union(self, a: str, b: str) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if self.clash(a, b):
            return False
        self.uf.union(a, b)
        root = self.find(a)
        merged = self.names.pop(ra, []) + self.names.pop(rb, [])
        if merged:
            self.names[root] = merged
        return True


def _merge(
    clusters: _Clusters, links: Iterable[Link], threshold: float, result: MentionResolution, ctx: Context
) -> None:
    for link in sorted(links, key=lambda x: (-x.total, x.left, x.right)):
        if link.total < threshold:
            break
        if not ctx.same(link.left, link.right) and clusters.union(link.left, link.right):
            result.links.append(link)


def _syntax_links(mentions: Sequence[Mention]) -> list[Link]:
    """What the syntax says is one thing ("Alice McMeekin, his mother"), between mentions of one type."""
    by_key = {m.key: m for m in mentions}
    return [
        Link(m.key, key, 10.0, (why,))
        for m in mentions
        for key, why in m.same_as
        if key in by_key and by_key[key].type == m.type
    ]


def _antecedent_links(mentions: Sequence[Mention]) -> list[Link]:
    """Personal pronouns: the nearest earlier name of the document that may be what they stand for, else the
    nearest earlier mention that may."""
    by_document: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_document[m.document].append(m)
    links = []
    for members in by_document.values():
        members.sort(key=lambda m: (m.order, m.key))
        for i, m in enumerate(members):
            word = m.text.lower()
            if not m.pronoun or word in RELATIVE_PRONOUNS or word in OTHER_PRONOUNS:
                continue
            candidates = [c for c in reversed(members[:i]) if not c.pronoun and _can_stand_for(word, m, c)]
            candidates = [c for c in candidates if c.proper] + candidates
            if candidates:
                reason = f"'{m.text}' refers back to '{candidates[0].text}'"
                links.append(Link(m.key, candidates[0].key, 5.0, (reason,)))
    return links


def _can_stand_for(word: str, pronoun: Mention, candidate: Mention) -> bool:
    if candidate.type != pronoun.type:
        return False
    if word in PERSONAL:
        return candidate.type == "person" and not candidate.plural
    if word in PLURAL_PRONOUNS:
        return candidate.plural or candidate.type == "organisation"
    if word in NEUTER_PRONOUNS:
        return candidate.type != "person" and not candidate.plural
    return False


def same_head_baseline(mentions: Sequence[Mention], stories: Mapping[str, str] | None = None) -> MentionResolution:
    """The reference point of the literature: mentions of one kind with the same head lemma in one story are one."""
    result = MentionResolution(stories=dict(stories or {}))
    _collect(result, ((f"{m.kind}|{(stories or {}).get(m.document, m.group)}|{m.lemma}", m.key) for m in mentions))
    return result


def resolve_mentions(mentions: Sequence[Mention], stories: Mapping[str, str] | None = None) -> MentionResolution:
    """Clusters of ``mentions`` (entities and events separately); ``stories`` maps documents to stories."""
    mentions = sorted((replace(m, story=(stories or {}).get(m.document, m.group)) for m in mentions), key=_by_key)
    by_key = {m.key: m for m in mentions}
    clusters = _Clusters(mentions)
    ctx = Context(clusters.find, by_key)
    result = MentionResolution(stories=dict(stories or {}))
    entities = [m for m in mentions if m.kind == "entity"]
    events = [m for m in mentions if m.kind == "event"]
    within = _syntax_links(entities) + _antecedent_links(entities)
    _merge(clusters, within, MERGE_AT, result, ctx)
    scored = [score_pair(a, b, ctx, ENTITY_FEATURES) for a, b in _pairs(_entity_blocks(entities))]
    _merge(clusters, scored, MERGE_AT, result, ctx)
    for _round in range(ROUNDS):  # events with the participants found so far, then participants of one event
        scored = [score_pair(a, b, ctx, EVENT_FEATURES) for a, b in _pairs(_event_blocks(events))]
        _merge(clusters, scored, EVENT_MERGE_AT, result, ctx)
        roles = _roles(events, ctx)
        role_features = [*ENTITY_FEATURES, ("role", _role_feature(roles))]
        scored = [score_pair(a, b, ctx, role_features) for a, b in _pairs(_role_blocks(events, by_key, ctx))]
        _merge(clusters, scored, MERGE_AT, result, ctx)
    _collect(result, ((clusters.find(m.key), m.key) for m in mentions))
    return result


def _by_key(m: Mention) -> str:
    return m.key


def _collect(result: MentionResolution, assignment: Iterable[tuple[str, str]]) -> None:
    """Fill ``members`` and ``cluster_of`` from (any cluster label, mention key) pairs."""
    grouped: dict[str, list[str]] = defaultdict(list)
    for label, key in assignment:
        grouped[label].append(key)
    for keys in grouped.values():
        keys.sort()
        result.members[keys[0]] = keys
        for key in keys:
            result.cluster_of[key] = keys[0]
