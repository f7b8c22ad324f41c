"""Modality of an English event trigger: whether the text asserts the event, tells an attempt or a
failure, a demand, an offer or a plan, or only a hypothesis or a negation (docs/extraction.md,
"Modality"). Nothing is dropped here: the event finder keeps every event with its modality, and only
asserted, attempted, failed, demanded, offered and planned ones become statements of facts.

Habits and tendencies ("China routinely returns them") are no modality but genericity
(:mod:`tumen.extract.genericity`); :func:`classify` reports them as ``"generic"``.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import Any

from tumen.extract import announced_quotes, fiction, threats, time_clauses
from tumen.extract import event_syntax as syntax
from tumen.extract import indirect_arguments as indirect
from tumen.extract.claimed_clauses import claim
from tumen.extract.contact_acts import contact_of
from tumen.extract.event_lexicon import modality_words
from tumen.extract.governing_clauses import governing_chain, infinitive
from tumen.extract.list_heads import list_head
from tumen.extract.modal_causes import modal_clause, modal_deed, particular
from tumen.extract.negation_cues import negative_argument, not_brought_about, unsaid
from tumen.extract.payees import asking_verbs
from tumen.extract.sought_ends import sought_end
from tumen.extract.vocab import load

GENERIC = "generic"
NEGATIONS = ("no", "never")
CLAIMABLE = frozenset({"asserted", "attempted", "failed"})  # told as done or tried: alleged inside a claim


# Prepositions that tell an event done before the clause they hang on ("after her release", "since
# resettlement"): the clause's modal verb does not govern it.
DONE_BEFORE = frozenset({"after", "since", "following", "upon"})
INDEFINITE = frozenset({"a", "an", "any", "some", "no", "another"})  # "thought about an escape": none in particular


@cache
def governor_modality() -> dict[str, str]:
    """Governor lemma -> the modality it gives what it governs; other irrealis governors: hypothetical."""
    data = load("events.yaml")["modality"]
    found = {str(word).lower(): "hypothetical" for word in data["irrealis_governors"]}
    for mood, words in (data.get("governor_modality") or {}).items():
        found.update((str(word).lower(), str(mood)) for word in words)
    return found


@cache
def plot_words() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load("events.yaml")["modality"].get("plots") or ())


def _governed_by(lemma: str, governors: dict[str, str]) -> tuple[str, dict[str, Any]]:
    """The modality a governor gives what it governs, and ``plotted`` when it is a plot ("a plot to kidnap X",
    "plotting to kill"): the deed is planned, the scheme to do it told as hatched (a crime of its own)."""
    mood = governors[lemma]
    return mood, ({"plotted": True} if lemma in plot_words() else _attributes(mood))


def _governor_word(word: Any, governors: dict[str, str]) -> str:
    """The word's lemma, or its own form where only that is a governor: the tagger takes "slated" for a form of
    "slat" ("prisoners slated for release in 2025": planned)."""
    lemma = str(word.lemma_.lower())
    return word.lower_ if lemma not in governors and word.lower_ in governors else lemma


def _plot_of(infinitive: Any) -> dict[str, Any]:
    """ "the plot to kidnap the governor", "a conspiracy to murder": an infinitive that says what a plot is to do
    (the parser may hang it on the clause's verb instead of the noun just before its "to")."""
    to = next((c for c in infinitive.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    nouns = [infinitive.head] if infinitive.dep_ in ("acl", "relcl") else []
    if to is not None and to.i > 0:
        nouns.append(to.nbor(-1))
    plotted = any(n.pos_ == "NOUN" and n.lemma_.lower() in plot_words() for n in nouns)
    return {"plotted": True} if plotted else {}


@cache
def habitual_words() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load("events.yaml")["genericity"]["habitual"])


def _regret(word: Any, mod: dict[str, Any]) -> bool:
    """ "I am afraid that your son was killed": a speaker's "I" with a word of worry that also breaks news
    (``modality: news_breaking``) tells it, with regret."""
    head = word.head if word.dep_ == "acomp" else word
    speaker = any(c.dep_ == "nsubj" and c.lower_ == "i" for c in head.children)
    return speaker and word.lemma_.lower() in mod["news_breaking"]


def _repeated_to_someone(verb: Any, adverb: str) -> bool:
    """A harm told in the past as done again and again (``genericity.repeated``: "regularly", "often") to one
    particular person — a personal pronoun or a name as its object ("guards beat her regularly", "Ana Berg was often
    beaten"): it happened, more than once; not "police regularly arrest activists" (no one in particular, a habit)."""
    spec = load("events.yaml")["genericity"]
    if adverb not in spec["repeated"] or verb.pos_ != "VERB":
        return False
    past = verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)  # "would beat her": a habit or a wish
    if not past or modal:
        return False
    pronouns = {str(w).lower() for w in spec["personal_pronouns"]}
    befallen = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(c.lower_ in pronouns or (c.pos_ == "PROPN" and c.ent_type_ == "PERSON") for c in befallen)


def _attributes(mood: str) -> dict[str, Any]:
    """The older attributes that tell the same: ``attempt`` and ``success: false``."""
    if mood == "attempted":
        return {"attempt": True}
    if mood == "failed":
        return {"attempt": True, "success": False}
    return {}


def _scheduled(noun: Any, mod: dict[str, Any]) -> bool:
    """An event noun that is the subject of a verb of scheduling or putting off ("the trial is set for 8 March",
    "her trial has been postponed"): it has not taken place (yet)."""
    noun = list_head(noun)
    return noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_.lower() in mod.get("scheduling", frozenset())


def _governing_noun(trigger: Any, governors: dict[str, str]) -> str | None:
    """A noun of risk, threat or fear that governs a verb trigger through a clause under its
    preposition ("the threat of having her be forcibly returned", "fear of being sent back")."""
    node = trigger
    for _ in range(5):
        if node.dep_ not in ("ccomp", "xcomp", "pcomp", "pobj", "prep") or node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ == "NOUN" and node.lemma_.lower() in governors:
            return str(node.lemma_.lower())
    return None


def _disposition(trigger: Any, event_type: str) -> bool:
    """A verb of harm done to someone (`harms` in data/events.yaml) in the simple present with no one it is done to —
    no object of its own or shared, no passive subject ("the vampires kill casually", "such regimes torture and
    maim") — tells what its subject does by habit or nature, not an occasion ("gunmen kill two farmers" has one)."""
    if trigger.pos_ != "VERB" or trigger.tag_ not in ("VBP", "VBZ") or event_type not in _harms():
        return False
    undergone = ("dobj", "nsubjpass", "auxpass", "aux", "ccomp", "xcomp", "dative", "oprd", "attr")
    return not any(c.dep_ in undergone for c in trigger.children) and indirect.shared_object(trigger) is None


@cache
def _harms() -> frozenset[str]:
    return frozenset(str(t) for t in load("events.yaml").get("harms") or [])


def _thought_of(trigger: Any, mod: dict[str, Any]) -> bool:
    """The trigger is what a verb of thinking or talking is about: under one of `contemplation_prepositions`
    ("thought about killing herself", "dreamt of escaping"), not under a preposition of place or time ("spoke to
    reporters from detention", "talked after his release"), nor a particular event, a noun with "the" or a possessor
    ("spoke about her torture in prison", "talked about the arrest of her son": told)."""
    if trigger.dep_ not in ("pcomp", "pobj"):
        return False
    particular = any(c.dep_ in ("poss", "det") and c.lower_ not in INDEFINITE for c in trigger.children)
    if trigger.pos_ == "NOUN" and particular:
        return False  # "talked about her arrest", "spoke about the killing of her son": a particular event, told
    return trigger.head.lower_ in mod.get("contemplation_prepositions", frozenset())


def _listed_thought(trigger: Any, mod: dict[str, Any]) -> bool:
    """A gerund the parser hung on the clause's verb though it goes on a list of what a noun or verb of thinking or
    talking is about: "a discussion of kidnapping and murdering the governor" ("murdering" a conjunct of "had")."""
    doc = trigger.doc
    if trigger.tag_ != "VBG" or trigger.dep_ != "conj" or trigger.i < 2 or doc[trigger.i - 1].dep_ != "cc":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children):
        return False  # "he talked of leaving and she was killing time": a clause of its own
    left = doc[trigger.i - 2]
    link = left.head
    if left.dep_ not in ("pobj", "pcomp") or link.lower_ not in mod.get("contemplation_prepositions", frozenset()):
        return False
    return link.head.lemma_.lower() in mod.get("contemplation", frozenset())


def _prescribed(verb: Any, mod: dict[str, Any]) -> bool:
    """A verb by which a law prescribes a penalty: "punishable (by)", or "provides (for)", "carries", "imposes"
    with a law, a section or a charge as subject ("the act provides for", "a charge which carries")."""
    lemma = verb.lemma_.lower()
    if lemma not in mod.get("prescribing", frozenset()):
        return False
    if verb.pos_ == "ADJ":
        return True  # "an offence punishable by death"
    norms = mod.get("norms", frozenset())
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        if subject.tag_ == "WDT" and verb.dep_ == "relcl":
            subject = verb.head  # "Section 34, which provides for …"
        if subject.lemma_.lower() in norms:
            return True
    return False


def _habitual_would(link: Any, child: Any) -> bool:
    """ "Each time she was caught, she would be sent back": a past habit, told as done."""
    if child.lower_ != "would":
        return False
    return any(
        w.lower_ in ("whenever", "time") for c in link.children if c.dep_ in ("advcl", "npadvmod") for w in c.subtree
    )


def _conditional_price(trigger: Any, event_type: str, has_amount: bool) -> bool:
    """ "If you give me 5,000 dollars, I will bring him out": a payment on a condition with its
    amount is the price demanded."""
    return event_type == "payment" and has_amount


def _subjunctive(verb: Any) -> bool:
    """A "that" clause in the subjunctive — its verb in the base form with a subject of its own and no auxiliary
    but a bare "be" ("that the family take him", "that she be freed") — tells what is proposed or wished, not what
    was done."""
    if verb.pos_ != "VERB" or not any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not auxiliaries:  # a singular subject without "-s": "that the family take him" (the tagger says VBP)
        return verb.tag_ == "VB" or (verb.tag_ == "VBP" and subject.tag_ in ("NN", "NNP"))
    return verb.tag_ == "VBN" and len(auxiliaries) == 1 and auxiliaries[0].lower_ == "be"


def classify(
    trigger: Any, verbs: dict[str, Any], event_type: str, has_amount: bool, told_by_negation: bool = False
) -> tuple[str, dict[str, Any]]:
    """(modality, attributes) of a trigger; modality is ``"generic"`` for a habit or tendency. A trigger whose
    sense its own negation tells (``told_by_negation``: "never came back") is not negated by it."""
    mod = modality_words()
    attempt = _attempt_noun(trigger, mod)
    if attempt is not None:  # "a kidnap attempt", "escaped an assassination attempt"
        return _attempt_mood(attempt, verbs, event_type, mod)
    governors = governor_modality()
    habitual = habitual_words()
    chain = governing_chain(trigger, verbs)
    if _disposition(trigger, event_type):  # "they kill casually": what they do, no occasion
        return GENERIC, {}
    if trigger.pos_ == "NOUN" and _scheduled(trigger, mod):  # "the trial is set for March", "was postponed"
        return "planned", {}
    if trigger.pos_ == "NOUN" and not_brought_about(trigger, mod):  # "nobody ordered his arrest"
        return "negated", {}
    if trigger.pos_ == "NOUN" and (deed := modal_deed(trigger, governors)) is not None:
        return deed, {}  # "the courts could order the flogging of a thief": one that could be, not done
    if trigger.pos_ == "NOUN" and (end := sought_end(trigger, mod)) is not None:
        return end, {}  # "to secure the release of X", "a reward for information leading to his conviction"
    if trigger.pos_ == "NOUN" and time_clauses.told_done(trigger):  # "to ask about a shooting that had taken place"
        return "asserted", {}  # its clause tells it took place, whatever the phrase around it wants or plans
    if _listed_thought(trigger, mod):  # "a discussion of kidnapping and murdering the governor"
        return "hypothetical", {}
    if trigger.pos_ == "NOUN" or trigger.dep_ == "pcomp":  # "the risk of torture", "at risk of being returned"
        node = trigger
        clause = False  # reached through a clause thought or said: "is thought to be under house arrest"
        for _ in range(3):
            if node.dep_ not in ("pobj", "pcomp", "prep", "dobj", "compound", "conj", "xcomp") or node.head.i == node.i:
                break  # "is set to go to trial": the noun's verb, then what governs that verb
            clause = clause or node.dep_ == "xcomp"
            node = node.head
            if node.dep_ == "prep" and node.lower_ in DONE_BEFORE:
                break  # "After resettlement, I wanted to bring him": done before the clause, not wanted
            if node.lower_ in mod["cause_adjectives"] and any(c.lower_ == "to" for c in node.children):
                break  # "due to his beatings": their cause, told, not a schedule ("due to be sentenced")
            lemma = _governor_word(node, governors)
            if lemma in governors:
                return _governed_by(lemma, governors)
            if lemma in mod.get("seeking", frozenset()) and trigger.pos_ == "NOUN":
                return "demanded", {}  # "seeking the arrest of the driver": wanted of others, not done
            if lemma in mod.get("contemplation", frozenset()) and (clause or _thought_of(trigger, mod)):
                return "hypothetical", {}  # "thought about killing herself" (not "spoke from detention")
            if _prescribed(node, mod):
                return "hypothetical", {}  # "the act provides for life imprisonment": a law's penalty, no event
            if syntax.purpose(node) and not (lemma in mod["looking_back"] and particular(trigger)):
                return "planned", {}  # not "a vigil to mark the shooting" (done), but "to address abuses"
        if trigger.pos_ == "NOUN" and (modal := modal_clause(trigger, governors)) is not None:
            return modal, {}  # "may have died as a result of torture": a cause as uncertain as what it caused
    elif syntax.purpose(trigger):  # "paid a broker to smuggle him out": the purpose, not (yet) an event
        contact = contact_of(trigger)  # ... but "called from Seoul to confess": the call is the confession
        if contact is not None:
            return classify(contact, verbs, event_type, has_amount)  # as done as the call ("did not call …")
        if trigger.dep_ == "acl" and trigger.head.lemma_.lower() in mod["decisions"]:
            return _decided(trigger, verbs, event_type, has_amount)  # "its decision to deport them": as made
        return "planned", _plot_of(trigger)
    if _subjunctive(trigger):  # "three options: that the family take him to Cuba", "the request that she be freed"
        wish = trigger.head.lemma_.lower()  # a request or a demand says what kind of wish: demanded
        return _governed_by(wish, governors) if wish in governors else ("hypothetical", {})
    if trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() in mod["permissions"]:  # "free to leave"
        return "hypothetical", {}
    noun = _governing_noun(trigger, governors)
    if noun is not None:  # "the threat of having her be returned": a clause under a noun of risk
        return _governed_by(noun, governors)
    for advcl in (c for c in trigger.children if c.dep_ == "advcl"):  # "if nobody talks, he disappears"
        if any(m.dep_ == "mark" and m.lower_ in mod["hypothetical_marks"] for m in advcl.children):
            return "hypothetical", {}
    top = chain[-1]
    if top.dep_ == "ROOT" and top.tag_ == "VB" and any(c.tag_ == "TO" for c in top.children):
        return "hypothetical", {}  # "… calls on them | to release Choi": an infinitive no finite verb asserts
    mood = "asserted"
    repeated = False
    adjunct = False  # an adverbial clause below: "tried to flee, killing a guard" killed him (no attempt)
    timed = False  # a clause of time below: "ordered her to pay a fine after police arrested her" (told)
    for link in chain:
        said = unsaid(link, chain, mod)
        if said is not None:
            return said, {}  # "does not say that he was sentenced"; "did not say when she was arrested" (she was)
        negations = [
            c for c in link.children if c.dep_ == "neg" or (c.dep_ in ("det", "advmod") and c.lower_ in NEGATIONS)
        ]
        if link.i == trigger.i and threats.demanded(link):
            return "demanded", {}  # "'If you don't pay 500 dollars, they will beat her'": asked, not undone
        if negations and not (told_by_negation and link.i == trigger.i):
            return "negated", {}  # "could not pay": negated before it is hypothetical
        if threats.threatened(link) and not (link.i != trigger.i and chain[chain.index(link) - 1].i < link.i):
            return "hypothetical", {}  # "'Pay now, or we kill him'": a threat (not the demand before it, "Pay")
        if link.i == trigger.i and negative_argument(link, mod):
            return "negated", {}  # "none of the activists had been arrested", "no journalist was detained"
        if link.i != trigger.i and _going_future(link, chain[chain.index(link) - 1], mod):
            return "planned", {}  # "they are going to kidnap people": to come, not done
        if link.i == trigger.i and any(c.dep_ == "advmod" and c.lower_ in mod["counterfactual"] for c in link.children):
            return "negated", {}  # "she nearly starved to death": it did not happen
        for child in link.children:
            lower = child.lower_
            if child.dep_ == "advmod" and (lower in habitual or lower in mod["not_specific"]):
                if link.i == trigger.i and _repeated_to_someone(trigger, lower):
                    repeated = True  # "guards beat her regularly": again and again, to her — as the clauses above say
                    continue
                return GENERIC, {}
            if child.dep_ == "mark" and lower in mod["hypothetical_marks"]:
                if link.i == trigger.i and _conditional_price(trigger, event_type, has_amount):
                    return "demanded", {}
                return "hypothetical", {}
            if child.dep_ == "aux" and child.lemma_.lower() in governors and not _habitual_would(link, child):
                return governors[child.lemma_.lower()], {}
        if link.i == trigger.i:
            continue
        below = chain[chain.index(link) - 1]
        adjunct = adjunct or below.dep_ == "advcl"
        timed = timed or syntax.marked_clause(below, mod["time_marks"])
        if below.dep_ == "conj":  # "tried to cross, was caught": only the crossing tried
            continue
        if below.dep_ == "ccomp" and link.lemma_.lower() in mod["fearing"] and not _regret(link, mod):
            return "hypothetical", {}  # "she is worried that her son was sent to a camp": feared, not told
        if _caused(below) and syntax.purpose(link):
            return "planned", {}  # "started a fight to get the guards to arrest him": a purpose, not (yet) an event
        lemma = _governor_word(link, governors)
        if lemma in mod["commissioning"] and _to_do(below) and not timed:
            return "planned", {}  # "hired a gunman to kill her", "were sent to arrest him": what they are to do
        if lemma in governors and not (adjunct and governors[lemma] == "failed"):
            return _governed_by(lemma, governors)  # not "thwarted the attack, capturing 26 pirates" (captured)
        if lemma in mod["attempt_governors"] and mood == "asserted" and not adjunct:
            mood = "attempted"
        if lemma in mod["failure_governors"] and not adjunct:
            mood = "failed"
    if trigger.pos_ == "NOUN" and mood == "asserted":
        mood = _tried(trigger, mod) or mood  # "the attempted murder of a judge", "a failed kidnapping"
    return mood, {**_attributes(mood), **({"repeated": True} if repeated else {})}


def _decided(trigger: Any, verbs: dict[str, Any], event_type: str, has_amount: bool) -> tuple[str, dict[str, Any]]:
    """What a noun of deciding's infinitive tells is as done as the decision: as the noun's own phrase tells it
    ("demanded a decision to release her": demanded), then as the clause it is in ("if Norland makes a decision to
    deport her": hypothetical); "a decision not to deport her" is negated, so is one undone ("the court overturned
    Norland's decision to deport her": ``reversing``)."""
    if any(c.dep_ == "neg" for c in trigger.children):
        return "negated", {}
    decision = trigger.head
    undone = decision.head.lemma_.lower() in modality_words()["reversing"]  # "the decision was overturned"
    if undone and decision.dep_ in ("nsubjpass", "dobj", "nsubj"):
        return "negated", {}
    mood = classify(decision, verbs, event_type, has_amount)
    clause = next((a for a in decision.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if mood[0] == "asserted" and clause is not None:
        return classify(clause, verbs, event_type, has_amount)
    return mood


def _attempt_noun(trigger: Any, mod: dict[str, Any]) -> Any | None:
    """The noun of trying an event noun is the first part of: "kidnap" in "a kidnap attempt", "assassination" in "an
    assassination bid"."""
    head = trigger.head
    if trigger.pos_ == "NOUN" and trigger.dep_ == "compound" and head.i > trigger.i:
        return head if head.lemma_.lower() in mod.get("attempt_nouns", frozenset()) else None
    return None


def _attempt_mood(
    attempt: Any, verbs: dict[str, Any], event_type: str, mod: dict[str, Any]
) -> tuple[str, dict[str, Any]]:
    """The modality of an event told by a noun of trying: failed when the attempt is escaped, survived or thwarted
    ("she escaped a kidnap attempt"), or described as failed ("a failed kidnap attempt"); else the attempt's own
    modality, an attempt told as done being attempted ("a kidnap attempt on Monday", "planned a kidnap attempt")."""
    governor = attempt.head
    if attempt.dep_ in ("dobj", "pobj", "nsubjpass") and governor.lemma_.lower() in mod.get("foiling", frozenset()):
        return "failed", _attributes("failed")
    mood, attributes = classify(attempt, verbs, event_type, False)
    if mood == "asserted":
        return "attempted", _attributes("attempted")
    return mood, attributes


def _caused(verb: Any) -> bool:
    """A clause that a verb brings about, with no tense of its own: an infinitive or a bare participle ("to get the
    guards to arrest him", "to have him arrested"), not a clause said or told ("to say that she was tortured")."""
    if verb.dep_ not in ("xcomp", "ccomp"):
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VB":  # "to arrest him", "make them arrest him"; not "they can lock journalists up"
        return all(a.lower_ == "to" for a in auxiliaries)
    return verb.tag_ == "VBN" and not auxiliaries


def _to_do(verb: Any) -> bool:
    """An active infinitive that complements a verb or gives its purpose ("hired him to kill", "sent to arrest"), not
    a passive one ("ordered him to be held")."""
    return verb.dep_ in ("xcomp", "advcl", "ccomp") and infinitive(verb)


def _going_future(link: Any, governed: Any, mod: dict[str, Any]) -> bool:
    """ "are going to kidnap", "was going to be released": a progressive "go" with "be" whose infinitive is the
    clause below it."""
    if (
        governed.dep_ == "conj"
        and governed.tag_ == "VB"
        and not any(c.dep_ in ("nsubj", "aux") for c in governed.children)
    ):
        # "going to beat children, kidnap people": a bare verb listed after the infinitive goes on from it
        governed = next((c for c in link.children if c.dep_ == "xcomp"), governed)
    if link.lemma_.lower() not in mod["going_future"] or link.tag_ != "VBG" or governed.dep_ != "xcomp":
        return False
    if not any(c.dep_ == "aux" for c in link.children):  # "are", "’re", "was" (the parse may not lemmatise "’re")
        return False
    return any(c.tag_ == "TO" for c in governed.children)


def _tried(noun: Any, mod: dict[str, Any]) -> str | None:
    """An event noun described as tried ("attempted murder") or as failed ("a failed kidnapping", "the aborted
    abduction": ``failure_marks``): its modality."""
    amods = [c for c in noun.children if c.dep_ == "amod"]  # "failed" may be tagged an adjective: its own lemma
    words = {w for c in amods for w in (c.lemma_.lower(), c.lower_.removesuffix("ed"))}
    if words & (mod["failure_governors"] | mod.get("failure_marks", frozenset())):
        return "failed"  # "a failed kidnapping", "the aborted abduction of the lawyer"
    return "attempted" if words & mod["attempt_governors"] else None


def settle(finder: Any, token: Any, trigger: Any) -> tuple[str, dict[str, Any]]:
    """The trigger's modality and attributes; a trigger that is a demand or an offer itself
    ("demanded 3,000 dollars") has that modality when nothing else governs it."""
    finder.claim = None
    has_amount = trigger.type == "payment" and finder.amount_for(token) is not None
    mood, attributes = classify(token, finder.lex.verbs, trigger.type, has_amount, trigger.negated)
    if mood not in ("negated", "hypothetical", GENERIC) and fiction.fictional(token):
        return fiction.FICTIONAL, {}  # "In the novel, the heroine is arrested": the plot, no real person's event
    if mood == "asserted" and trigger.modality is not None:
        return str(trigger.modality), attributes
    if mood == "asserted" and announced_quotes.addressed(token)[0]:
        return "demanded", attributes  # "He said: 'Pay me 500 dollars'": asked of the one he spoke to
    found, said_by = claim(token) if mood in CLAIMABLE else (False, None)
    if found:
        finder.claim = (said_by, mood)  # the claimant's own account if it befell them (events.add)
        return "alleged", attributes  # "denied the allegation that police tortured him": a claim, not a deed told
    return mood, attributes


def paid_to_asker(doc: Any, events: list[Any]) -> None:
    """ "The broker demanded 3,000 dollars from her": the one who asks (:func:`tumen.extract.payees.asking_verbs`)
    is the one to be paid."""
    verbs = asking_verbs()
    for event in events:
        if event.type != "payment" or event.modality != "demanded":
            continue
        span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
        if span is None or span.root.lemma_.lower() not in verbs:
            continue
        swap = {"payer": "recipient", "recipient": "payer"}
        event.participants = [replace(p, role=swap.get(p.role, p.role)) for p in event.participants]
