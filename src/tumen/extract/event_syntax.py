"""Clause structure of English event triggers, read from the dependency parse: voice, auxiliaries, objects, purpose
and ranked infinitives, the noun a relative clause describes, and how many people a group noun counts. Arguments found
elsewhere in the parse are in :mod:`indirect_arguments`; whose a time is, in :mod:`time_clauses`."""

from __future__ import annotations

from functools import cache
from typing import Any

from tumen.extract.event_lexicon import modality_words
from tumen.extract.headline_words import headline_participle
from tumen.extract.nlp import DASHES
from tumen.extract.one_of import named_described, one_of, predicated
from tumen.extract.phrasal_particles import misread_particles, qualifier_before
from tumen.extract.quotation_marks import MARK_TOKENS
from tumen.extract.spelled_numbers import spelled
from tumen.extract.vocab import load

# what gives a joined verb a clause of its own, not sharing the "to" of the verb it is joined to
BARE_NOT = frozenset({"aux", "auxpass", "nsubj", "nsubjpass", "mark"})


def count_of(noun: Any) -> tuple[int, str | None] | None:
    """How many people a group noun counts, and how exactly: "as many as 600 refugees" -> (600, "up to")."""
    numbers = [c for c in noun.children if c.dep_ == "nummod" and c.pos_ == "NUM"]
    # "60 repatriated North Korean workers": the parser may hang the number on the participle
    numbers = numbers or [
        t for left in noun.lefts for t in left.subtree if t.pos_ == "NUM" and t.dep_ in ("nsubj", "nummod")
    ]
    if not numbers:
        return None
    number = numbers[0]
    digits = number.text.replace(",", "")
    # "nine defectors", "as many as forty workers": in words as in figures
    value, start = (int(digits), number.i) if digits.isdigit() else (spelled(number) or (None, number.i))
    if value is None:
        return None
    qualifier = qualifier_before(number.doc, start)  # not "turned over nine" (a particle)
    return value, qualifier


def purpose(verb: Any) -> bool:
    """An infinitive of purpose or plan: "(in order) to arrange", not a tried or forced one, nor one ranked
    ("the first journalist to be convicted": :func:`ranked`). A bare verb joined to one shares its "to": "went to
    the village to arrest and torture the farmers" (of the same form; not "to buy bread and was arrested", a clause
    of its own)."""
    while verb.dep_ == "conj" and verb.tag_ == verb.head.tag_ and not any(c.dep_ in BARE_NOT for c in verb.children):
        verb = verb.head
    if verb.pos_ != "VERB" or verb.dep_ not in ("advcl", "acl", "relcl"):
        return False
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    return to and not _time_taken(verb) and not ranked(verb)


@cache
def ranked_heads() -> frozenset[str]:
    return frozenset(str(w) for w in load("events.yaml")["modality"]["ranked_heads"])


def ranked(verb: Any) -> bool:
    """ "the first journalist to be convicted", "some of the latest to be killed": an infinitive relative on an
    ordinal or superlative tells what happened to its noun, not what is intended."""
    if verb.dep_ not in ("relcl", "acl"):
        return False
    head = verb.head
    words = [head, *(c for c in head.children if c.dep_ in ("amod", "nummod") and c.i < head.i)]
    return any(w.tag_ == "JJS" or w.lower_ in ranked_heads() for w in words)


def _time_taken(verb: Any) -> bool:
    """ "It took about a month after I crossed to be sold": the infinitive tells what the time was taken
    by, so it happened (the parser may hang it on a clause between)."""
    head = verb
    for _ in range(3):
        if head.head.i == head.i:
            return False
        head = head.head
        if head.lemma_ == "take" and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in head.children):
            return True
    return False


def passive(verb: Any) -> bool:
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or headline_participle(verb):
        return True  # "Ana Vale found dead in Tarvik": a headline's bare participle (tumen.extract.headline_words)
    if verb.tag_ == "VBN" and verb.dep_ == "acomp" and verb.head.lemma_ == "be":
        return True  # "he was ill-treated by guards": a participle the parser took for the complement of "be"
    has_perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    if verb.tag_ == "VBD" and verb.dep_ == "conj" and all(c.dep_ in ("cc", "punct") for c in verb.children):
        return passive(verb.head)  # "they were found out, jailed and returned.": the bare last participle, too
    if verb.tag_ == "VBD" and verb.dep_ == "conj" and _harm_with_no_object(verb):
        return passive(verb.head)  # "was sent back and held in a camp": a harm's verb with no object shares the voice
    if verb.tag_ == "VBN" and verb.dep_ == "conj" and _past_of_active(verb):
        return False  # "Police stormed the square, dispersed the crowd and arrested protesters": active
    return verb.tag_ == "VBN" and verb.dep_ in ("acl", "advcl", "pcomp", "conj", "xcomp") and not has_perfect


# What a verb's own clause has when it is not a bare participle sharing the voice of the verb it is joined to.
_OWN_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "dobj", "dative", "attr", "oprd", "ccomp", "xcomp"})


def _past_of_active(verb: Any) -> bool:
    """A participle joined to an active past tense, with an object of its own and no auxiliary, is a past tense too,
    in the voice of the verb it is joined to: "Police stormed the square, dispersed the crowd and arrested
    protesters", "have stormed the square and arrested protesters"; not "he was detained and denied a lawyer"."""
    if _own_subject(verb) or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    if not any(c.dep_ == "dobj" for c in verb.children):
        return False
    head = verb.head
    while head.dep_ == "conj" and head.tag_ in ("VBD", "VBN") and not _own_subject(head) and head.head.i != head.i:
        head = head.head  # up the chain of conjuncts to the first verb, which carries the voice
    perfect = head.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in head.children)
    return head.pos_ == "VERB" and (head.tag_ in ("VBD", "VBZ", "VBP") or perfect) and not passive(head)


def _own_subject(verb: Any) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _harm_with_no_object(verb: Any) -> bool:
    """A verb of harm (``harms`` in ``data/events.yaml``: "hold", "beat", "jail") whose every sense takes the one it
    befalls as its object, with neither a subject nor an object of its own: it needs that object, so it is a
    participle (the parser tags it a past tense)."""
    from tumen.extract.event_lexicon import lexicon

    if any(c.dep_ in _OWN_ARGUMENTS or (c.dep_ == "advmod" and c.i > verb.i) for c in verb.children):
        return False  # not "was attacked and shot back", "shot first": an active verb's own adverb after it
    if not any(c.dep_ == "prep" for c in verb.children):
        return False  # a phrase of its own ("held in a camp"); a bare one is the rule above
    known = lexicon()
    senses = known.verbs.get(verb.lemma_.lower()) or []
    victims = all(known.roles[t.type][1] == "victim" for t in senses)
    return victims and any(t.type in known.harms for t in senses)


def misread_dative(noun: Any) -> bool:
    """ "paid a broker 8,000 euros", "paid a smuggler 30 million won": the parser hangs the one paid on the sum (a
    modifier before its number), not on the verb as its second object."""
    if noun.pos_ != "NOUN" or noun.like_num or noun.dep_ not in ("nmod", "compound", "nummod", "amod"):
        return False
    sum_ = sum_of(noun)
    return sum_ is not None and any(t.like_num and noun.i < t.i < sum_.i for t in sum_.subtree)


def sum_of(noun: Any) -> Any | None:
    """The object ``noun`` is a modifier inside (up to two heads up), when it stands before it."""
    node = noun
    for _ in range(2):
        node = node.head
        if node.dep_ == "dobj":
            return node if noun.i < node.i else None
    return None


def shares_subject(verb: Any) -> bool:
    """A verb with no subject of its own that takes one from its clause chain: a conjunct ("… tried to
    cross, was caught") or an infinitive ("it took a month after I crossed to be sold")."""
    if verb.dep_ == "conj":
        return True
    own = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    return not own and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def present(verb: Any) -> bool:
    """A state true at publication: "is being held", "remains in detention"."""
    tags = [verb.tag_] + [c.tag_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return any(t in ("VBZ", "VBP") for t in tags) and not any(
        c.lemma_ in ("have", "will") for c in verb.children if c.dep_ == "aux"
    )


def objects(verb: Any) -> list[Any]:
    return [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "dative", "attr", "oprd")]


def own_particles(verb: Any) -> list[Any]:
    """The particles, adverbs and predicative adjectives that may make a phrase with the verb ("sent back", "sent him
    back", "handed over", "set her free"):
    not an adverb fronted before its subject, which sets the scene ("Back in Norland, she was sent to a camp",
    "Back home, he was handed a fine")."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    fronted = subject.i if subject is not None else verb.i
    own = [c for c in verb.children if c.dep_ in ("prt", "prep") or (c.dep_ == "advmod" and c.i > fronted)]
    own += [c for c in verb.children if c.dep_ == "oprd" and c.pos_ == "ADJ"]  # "was set free", "set Ana Ruiz free"
    return own + misread_particles(verb)  # "turned over nine refugees": "over" read as "more than"


def priced(verb: Any) -> bool:
    """A sale with its price ("was sold to a farmer for 15,000 yuan"): the amount is the sale's, as a payment's
    (``conditions: sales`` in ``data/events.yaml``)."""
    sales = load("events.yaml")["conditions"]["sales"]
    return verb.lemma_.lower() in sales and any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children)


def auxiliaries(verb: Any) -> list[Any]:
    return [c for c in verb.children if c.dep_ in ("aux", "auxpass")]


def perfect(verb: Any) -> bool:
    """A verb in the perfect: an auxiliary "have" of its own ("have been arrested", "had returned", "'ve seen")."""
    return any(a.lemma_.lower() == "have" for a in auxiliaries(verb))


def subjects(verb: Any, clauses: int = 1) -> list[Any]:
    """The verb's subjects; with ``clauses`` above one, when it has none, those of the clause it completes or is
    coordinated with, up to that many clauses in all ("the boy was able to escape": the boy). Not across an
    opening quotation mark: in "he said: 'Pay me …'" the imperative's subject is the one addressed, not "he"."""
    node = verb
    for _ in range(clauses):
        found = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if found or node.dep_ not in ("xcomp", "acomp", "conj") or node.head.i == node.i or quoted_from(node):
            return found
        node = node.head
    return []


def quoted_from(clause: Any) -> bool:
    """The clause is an imperative (:func:`imperative`) opening a quotation its head stands outside: before the
    opening mark ("said: 'Pay …'") or after the closing one ("'Pay …,' the broker told her"); not a quoted fragment
    that goes on with the sentence ("threatened 'to beat him'", "is in prison, 'being held as …'"): the subject of
    that one is the sentence's."""
    if clause.dep_ == "conj" or not imperative(clause):  # "'Come … and pay me'": its head is inside
        return False
    if clause.head.i < clause.i:
        return True
    between = clause.doc[clause.right_edge.i + 1 : clause.head.i]  # the quotation closed before its reporting verb
    return any(t.text in MARK_TOKENS for t in between)


@cache
def _openers() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load("events.yaml")["modality"]["imperative_openers"])


_FRONTED = frozenset({"prep", "npadvmod", "advcl"})  # "By Monday, pay …", "If you want him back, pay …"


def imperative(verb: Any, start: int | None = None) -> bool:
    """Is ``verb`` an imperative opening a quotation, or a sentence of it: a bare verb with no subject, auxiliary or
    "to" of its own, no word of its clause before it but "please", "then", "now", "just" … (``imperative_openers``
    in data/events.yaml) or a fronted adverbial ("By Monday, pay me …"), the first word of its clause where the
    quotation starts (character ``start``, when the caller knows it) or where a sentence of it does, else right
    after an opening mark (not a closing one: "… with care,” ensure …"); or one joined by "and" to such an
    imperative ("Come to Lorin and pay me 300 dollars", "Pay me or go back": each way is asked)? The one decider
    for both readers: what a quotation asks (:mod:`announced_quotes`) and whose subject an imperative takes
    (:func:`quoted_from`)."""
    if verb.tag_ != "VB" or verb.pos_ != "VERB":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for c in verb.children):
        return False
    if verb.dep_ == "conj" and verb.head.i < verb.i:
        return imperative(verb.head, start)
    before = [t for t in verb.subtree if t.i < verb.i and not t.is_punct]
    fronted = {t.i for c in verb.children if c.i < verb.i and c.dep_ in _FRONTED for t in c.subtree}
    if any(t.lower_ not in _openers() and t.i not in fronted for t in before):
        return False
    first = before[0] if before else verb
    if start is None:
        return first.i > 0 and _opening(first.nbor(-1))
    return first.idx <= start or first.is_sent_start or first.nbor(-1).text in ".!?"


def _opening(mark: Any) -> bool:
    """A quote mark that opens: one the parser tags so, or one with a word right after it that is no closing one
    ("'Pay …" — a straight mark the parser may tag either way; not "with care,” ensure")."""
    if mark.tag_ == "``":
        return True
    return bool(mark.text in MARK_TOKENS and not mark.whitespace_ and mark.text not in ("”", "’", "''"))


def joined_subject(verb: Any) -> Any | None:
    """The subject of a verb, or, when it has none of its own, that of the verb it is joined to, up the chain of
    conjuncts to the first with a subject: "Ana Berg was caught and sent back", "A broker called her and said: …";
    not across a verb with a subject of its own ("… bribed the guards, but they were caught and sent back": they).
    A caller that wants only an active subject checks the one found (``dep_ == "nsubj"``)."""
    while True:
        found = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if found is not None or verb.dep_ != "conj" or verb.head.i == verb.i:
            return found
        verb = verb.head


def passive_subject(verb: Any) -> Any | None:
    """The passive subject; of two the parser gave the verb with no "and" between them, the first: in "Omar
    Haddad, 42, a fisherfolk leader from Tarvik, Holm was arrested" the province ending the apposition is no
    second one arrested (with "and" between, both are: :func:`victim_lists.stray_objects`)."""
    found = sorted((c for c in verb.children if c.dep_ == "nsubjpass"), key=lambda c: c.i)
    last = found[-1] if found else None
    if last is None or len(found) < 2 or last.pos_ != "PROPN" or list(last.children) or last.nbor(-1).text != ",":
        return nearest(verb, "nsubjpass")  # the later one a bare name after a comma: the place ending the phrase
    if not any(t.dep_ == "cc" for t in verb.doc[found[0].i : last.i]):
        return found[0]
    return nearest(verb, "nsubjpass")


def nearest(verb: Any, dep: str) -> Any | None:
    before = [c for c in verb.children if c.dep_ == dep]
    return min(before, key=lambda c: abs(verb.i - c.i)) if before else None


def past_dateline(token: Any | None) -> Any | None:
    """ "SEOUL — A defector … has changed his story": the parser made the dateline the subject and the
    real subject its apposition; the apposition is the subject."""
    if token is None or token.i != token.sent.start or token.i + 1 >= len(token.doc):
        return token
    if token.nbor().text not in DASHES or not token.text.isupper():
        return token
    return next((c for c in token.children if c.dep_ == "appos"), token)


def owner(possessive: Any) -> Any:
    """ "a defector, whose escape from a camp …": "whose" is the noun its relative clause describes."""
    if possessive.lower_ == "whose":
        return next((a.head for a in possessive.ancestors if a.dep_ == "relcl"), possessive)
    return possessive


def described(verb: Any, token: Any | None) -> Any | None:
    """ "Han, who was released", "Kim is one of those who fled", "Choi is a mother who escaped": the noun a relative
    clause's "who" stands for."""
    if token is not None and verb.dep_ == "relcl" and token.tag_ in ("WP", "WDT"):
        noun = named_described(verb.head) if token.lower_ in ("who", "whom") else verb.head  # "Berg, a teacher, who"
        return predicated(one_of(noun))  # "Choi is a mother who escaped": Choi
    return token


def active_participle(token: Any, verbs: dict[str, Any]) -> str | None:
    """ "Kim informed on his uncle", parsed as an adjective with a subject: the verb's lemma."""
    if token.pos_ != "ADJ" or not token.lower_.endswith("ed"):
        return None
    if not any(c.dep_ == "nsubj" for c in token.children) or any(c.lemma_ == "be" for c in token.children):
        return None
    for lemma in (token.lower_[:-2], token.lower_[:-1]):
        if lemma in verbs:
            return str(lemma)
    return None


def attributive(verb: Any) -> bool:
    """A past participle that modifies a noun ("the detained lawyer Kim", "jailed blogger Kim"): it tells its event
    of that noun, and no doer."""
    return bool(verb.dep_ == "amod" and verb.tag_ in ("VBN", "VBD"))


def named_head(noun: Any) -> Any:
    """The head of a name a noun is a compound of ("activist" in "activist Karl Vos": Vos)."""
    while noun.dep_ == "compound" and noun.head.i != noun.i:
        noun = noun.head
    return noun


def predicative_ing(token: Any, verbs: dict[str, Any]) -> str | None:
    """ "Kim went missing": a form in -ing the parser took for an adjective after a verb, read as its verb."""
    if token.pos_ != "ADJ" or not token.lower_.endswith("ing") or token.dep_ not in ("acomp", "oprd", "advcl", "xcomp"):
        return None
    stem = token.lower_[:-3]
    return next((lemma for lemma in (stem, stem + "e", stem[:-1]) if lemma in verbs), None)


def hyphenated(token: Any, lemma: str, *lexicons: Any) -> str | None:
    """ "ill-treated", "ill-treatment": the parser splits a word joined by a hyphen; the whole word's lemma when
    the vocabulary has it (the prefix, the hyphen and the word written without spaces)."""
    if token.i < 2 or token.nbor(-1).text != "-" or token.nbor(-1).whitespace_ or token.nbor(-2).whitespace_:
        return None
    joined = f"{token.nbor(-2).lower_}-{lemma}"
    return joined if any(joined in lexicon for lexicon in lexicons) else None


def inanimate(patient: Any, words: frozenset[str]) -> bool:
    """ "a report … released on Saturday": the thing released, also when the parser hung the
    participle on a noun inside it ("a report by Human Rights Watch released …")."""
    node = patient
    for _ in range(3):
        if node.lemma_.lower() in words:
            return True
        if node.dep_ != "pobj" or node.head.dep_ != "prep":
            return False
        node = node.head.head
    return False


def span_in_subtree(start: int, end: int, token: Any) -> bool:
    """Whether the characters ``start``-``end`` lie within the stretch of text the token's subtree covers."""
    tokens = list(token.subtree)
    return bool(min(t.idx for t in tokens) <= start and end <= max(t.idx + len(t.text) for t in tokens))


def root_of(doc: Any, start: int, end: int) -> Any | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def main_verb_read_as_participle(verb: Any) -> bool:
    """ "A policeman arrested Dara Loman.": the parser read the sentence as a noun phrase, "a policeman (who was)
    arrested", with the verb a participle on the noun. A past form on the sentence's root noun that has a direct
    object of its own and no passive auxiliary is the sentence's verb, and the noun its subject. So is a past tense
    (the tagger's, not a participle's form) on the subject or object of a verb of saying: "A guard stabbed Ana Berg,
    police said", "Police said a guard stabbed Ana Berg" (not "a prisoner given a life sentence said …")."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or verb.head.pos_ != "NOUN":
        return False
    if not any(c.dep_ == "dobj" for c in verb.children):
        return False
    if any(c.dep_ in ("auxpass", "aux", "nsubj", "nsubjpass") for c in verb.children):
        return False
    noun = verb.head
    return noun.dep_ == "ROOT" or (verb.tag_ == "VBD" and noun.dep_ in ("nsubj", "dobj") and _said(noun.head))


def _said(verb: Any) -> bool:
    return verb.pos_ == "VERB" and verb.lemma_.lower() in modality_words()["reporting_verbs"]


def marked_clause(clause: Any, marks: frozenset[str] | set[str]) -> bool:
    """An adverbial clause opened by one of ``marks`` ("while she was held", "as they fled", "after he escaped")."""
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in marks for c in clause.children)


@cache
def _calling_verbs() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load("kinship.yaml")["calling_verbs"])


def calling_read_as_naming(verb: Any) -> bool:
    """ "A broker called Mira Tenzin.", after Mira Tenzin was told of: the parser read "a broker (who is) called
    Mira Tenzin", a new person of an old name. A verb that both names and phones (``calling_verbs``) on a sentence's
    root noun, with no auxiliary nor subject of its own, whose object is a name the text told before the sentence,
    is the sentence's verb: the noun phoned that one."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or verb.lemma_.lower() not in _calling_verbs():
        return False
    if verb.head.dep_ != "ROOT" or verb.head.pos_ != "NOUN":
        return False
    if any(c.dep_ in ("auxpass", "aux", "nsubj", "nsubjpass") for c in verb.children):
        return False
    named = next((c for c in verb.children if c.dep_ in ("oprd", "dobj") and c.pos_ == "PROPN"), None)
    if named is None:
        return False
    words = [t for t in named.subtree if t.pos_ == "PROPN"]
    doc = verb.doc
    name = [t.text for t in doc[words[0].i : words[-1].i + 1]]
    before = min(t.i for t in verb.head.subtree)  # the sentence's start: the root noun's subtree is all of it
    return any([t.text for t in doc[k : k + len(name)]] == name for k in range(before - len(name) + 1))


def sum_payees(verb: Any) -> list[Any]:
    """What "to" names when the parser hung it on the sum paid, not on the verb: "paid 3 million won to a broker"
    (the broker; read by the payment's participants and by :mod:`tumen.extract.unnamed_doers`)."""
    return [
        o
        for s in verb.children
        if s.dep_ == "dobj"
        for p in s.children
        if p.dep_ in ("prep", "dative") and p.lower_ == "to"
        for o in p.children
        if o.dep_ == "pobj"
    ]


def stray_that(verb: Any) -> Any | None:
    """The "that" opening ``verb``'s clause when the parser took it for the clause's mark or for an argument beside
    the clause's own of the same kind ("claimed in a tweet that guards beat her": "that" and "her" both objects of
    "beat"); None for a relative "that" that fills a gap ("the man that police beat"). Read by
    :mod:`tumen.extract.claimed_clauses` (the verb past a phrase) and by the event's participants (not the patient)."""
    that = next((c for c in verb.children if c.lower_ == "that" and c.i < verb.i), None)
    if that is None:
        return None
    own = [c for c in verb.children if c.i != that.i and c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    return that if that.dep_ == "mark" or any(c.dep_ == that.dep_ for c in own) else None
