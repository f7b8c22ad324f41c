"""A name the document itself describes as an organisation is an organisation's in all its mentions, whatever the
name finder tagged it (docs/extraction.md, "Places and routes").

spaCy's small model tags an unknown organisation's name a person's ("the news website Madar Qasr", "Hashd al-Abatat,
an armed group"), which then becomes a victim of what befalls the organisation. A noun for an organisation in
apposition to the name or right before it (``descriptor_nouns``, ``described`` and the named ``anaphoric_nouns`` of
data/organisations.yaml: "group", "website", "newspaper", "party" …) makes it one, so does a lower-case noun for an
outlet the name modifies right after it (``outlet_nouns``: "the respected Norlani newspaper"; not one with its own
name after it: "the Norlani newspaper Dagbladet"), and so does a list
apposed to such a noun after a name no person's ("three groups, the Tarvik Centre, Kessler and …") — unless the name
opens with a listed given name ("members of the Y Association (YA) Omar Sayed"). A platform people post on
(``platforms``: "said on Twitter") is always one, and so is a name ending in a word of an institution's or a
company's name (``name_endings``, ``company_endings``: "Ana Vale Foundation", "Tarvo Foods Corp"); a company's name
without that word ("Tarvo Foods") too, and a name the name finder ended before that word or before one or two
capitalised words and it ("Tarvo Brandt" of "Tarvo Brandt Cos.", "Velna Peck" of "Velna Peck International Inc."),
unless the document shows it a person's ("Ana Berg was arrested").
"""

from __future__ import annotations

from functools import cache
from typing import Any

from tumen.extract.addressed_outlets import outlets_by_address
from tumen.extract.common_word_names import without_common_word_names
from tumen.extract.facility_names import facilities_by_modified_nouns
from tumen.extract.gender import is_given_name
from tumen.extract.headline_words import title_case_line
from tumen.extract.team_names import teams_by_evidence
from tumen.extract.titled_names import titled_persons
from tumen.extract.token_filter import tokens_with_orth
from tumen.extract.usage_organisations import organisations_by_usage
from tumen.extract.vocab import load
from tumen.extract.work_titles import without_award_names, without_storm_and_vessel_names, without_work_titles


@cache
def organisation_nouns() -> frozenset[str]:
    data = load("organisations.yaml")
    words = [*data["descriptor_nouns"], *data["described"], *data["anaphoric_nouns"]["any"]]
    words += data["anaphoric_nouns"]["named"]
    return frozenset(w.split()[-1].lower() for w in words)


@cache
def outlet_nouns() -> frozenset[str]:
    """Lower-case nouns for an outlet its name modifies ("the Norlani newspaper")."""
    return frozenset(str(w) for w in load("organisations.yaml")["outlet_nouns"])


@cache
def platforms() -> frozenset[str]:
    """Platforms people post on ("said on Twitter"): organisations, never persons."""
    return frozenset(str(w) for w in load("organisations.yaml")["platforms"])


@cache
def place_endings() -> frozenset[str]:
    """Last words of names of streets, buildings and institutions ("Byberry Road", "Tarvik Hospital")."""
    return frozenset(str(w) for w in load("places.yaml")["named_place_endings"])


@cache
def name_endings() -> frozenset[str]:
    """Last words of institutions' names ("Foundation", "Society")."""
    return frozenset(str(w) for w in load("organisations.yaml")["name_endings"])


@cache
def company_endings() -> frozenset[str]:
    """Last words of companies' names ("Corp", "Bancorp", "Holdings")."""
    return frozenset(str(w) for w in load("organisations.yaml")["company_endings"])


@cache
def _ending_hashes() -> frozenset[int]:
    """The hashes of the words that are a company's last word, or are one without its final full stop ("Co" of
    "Co."): a token's ``orth`` is looked up without building its text."""
    from spacy.strings import get_string_id

    endings = company_endings()
    return frozenset(get_string_id(w) for w in {*endings, *(w[:-1] for w in endings if w.endswith("."))})


def organisations_by_evidence(doc: Any, mentions: list[Any]) -> None:
    """Make an organisation of every person mention whose surface form is described as an organisation, is a
    platform's name or ends with a company's or an institution's word (or is a company's name without that word),
    and a place (a facility) of one whose last word names a street or a building (in place)."""
    titled_persons(mentions)  # "NYPD Commissioner Tamsin Orrell": a person
    without_work_titles(doc, mentions)  # "the film Silent River": no one
    without_award_names(doc, mentions)  # "a Halden Award", "won an Oscar": no one
    without_storm_and_vessel_names(doc, mentions)  # "Cyclone Idai", "Warship Tarvo": no one
    facilities_by_modified_nouns(doc, mentions)  # "the Kessel warehouse": no one
    companies: set[str] = set()
    for m in mentions:
        words = m.text.split() if m.kind == "person" else []
        last = words[-1] if len(words) > 1 else ""
        if last in place_endings() or (last.isupper() and last.capitalize() in place_endings()):
            m.kind, m.label = "place", "FAC"  # "Byberry Road", "Harry Surtie Hospital", "WHEAT BAKER HOTEL"
        elif last in name_endings() or last in company_endings():
            m.kind, m.label = "organization", "ORG"  # "Ana Vale Foundation", "Tarvo Foods Corp"
    for m in mentions:
        words = m.text.split() if m.kind == "organization" else []
        if len(words) > 1 and words[-1] in company_endings():
            companies.update(" ".join(words[:k]) for k in range(1, len(words)))  # "Tarvo Foods", "Tarvo"
    before_endings = _before_company_endings(doc)
    companies.update(m.text for m in mentions if m.kind == "person" and m.text in before_endings)
    forms = {m.text for m in mentions if m.text in platforms()} | _company_short_names(doc, mentions, companies)
    for m in mentions:
        if m.kind == "person" and m.label == "PERSON" and not _opens_with_given_name(m.text):
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and len(span) and _described_as_an_organisation(span):
                forms.add(m.text)
    groups = {m.text for m in mentions if m.kind == "place" and _place_described_as_a_group(doc, m)}
    for m in mentions:
        if (m.text in forms and m.kind == "person" and m.label == "PERSON") or (m.kind == "place" and m.text in groups):
            m.kind, m.label = "organization", "ORG"
    organisations_by_usage(doc, mentions)  # "Tarvo's chairman", "Tarvo strengthened its defences": a company
    outlets_by_address(doc, mentions)  # "she told Kestrel", "according to Kestrel": an outlet
    teams_by_evidence(doc, mentions)  # "the Otters", "Otters coach": a team (after the descriptions)
    without_common_word_names(doc, mentions)  # "Story Created": no one (after the teams: "Jaguars coach")


def _company_short_names(doc: Any, mentions: list[Any], companies: set[str]) -> set[str]:
    """The names of companies without their last words ("Tarvo Foods" and "Tarvo" of "Tarvo Foods Corp") tagged a
    person's, but none that the document shows to be a person's ("Ana Berg, its founder, was arrested" after "Ana Berg
    Ltd"; the family name of "Tomas Halvik" beside "Halvik Shipping Corp" stays his, tumen.extract.consistent_kinds)."""
    from tumen.extract.person_evidence import shown_persons  # person_evidence imports this module

    return companies - shown_persons(doc, mentions, companies)


def _before_company_endings(doc: Any) -> set[str]:
    """ "Tarvo Brandt Cos., Boston, said", "Velna Peck International Inc.'s offer", "Orsk's Bay Co.": the names the
    name finder may end before a company's last word (``company_endings``), right before it or before one or two
    capitalised words of the company's name ("Halvo" of "Halvo-Brandt Co."); none opening with a listed given name
    ("Ana Berg's Tarvo Foods Inc." is her company), and before "'s" only a one-word name. In a title-case headline,
    or where the run of capitalised words is longer than the scan, only a name right before the last word counts
    ("Police Detain Maria Lopez After Tarvo Motors Strike": no company Maria Lopez). One pass over the tokens."""
    names: set[str] = set()
    endings = _ending_hashes()
    for token in tokens_with_orth(doc, endings):
        if token.i == 0 or token.orth not in endings:
            continue
        start = token.i
        while start > 0 and token.i - start < 6 and _name_word(doc[start - 1]):
            start -= 1
        cut = (start > 0 and _name_word(doc[start - 1])) or title_case_line(doc, token.i)
        for end in range(token.i if cut else max(start + 1, token.i - 2), token.i + 1):
            tail = [t.text for t in doc[end : token.i]]
            if tail[:1] in (["'s"], ["’s"]) and end - 1 == start and not is_given_name(doc[start].text):
                names.add(doc[end - 1].text)  # "Orsk" of "Orsk's Bay Co."
            elif not {"'s", "’s"} & {*tail, doc[end - 1].text}:
                spans = (doc[a:end] for a in range(start, end))  # "Velna Peck" of "… International Inc."
                names.update(s.text for s in spans if not is_given_name(s[0].text))
    return names


def _name_word(token: Any) -> bool:
    """A capitalised word of a name, or the "'s" or hyphen inside one ("Orsk's Bay", "Halvo-Brandt")."""
    return token.text in ("'s", "’s", "-") or (token.is_alpha and token.text[:1].isupper())


def _opens_with_given_name(name: str) -> bool:
    """ "two activists of a pro-democracy group - Anna Berg and Ivo Holm": a name of two words or more opened by a
    listed given name is a person's, beside whatever noun the parser hangs it on."""
    words = name.split()
    return len(words) > 1 and is_given_name(words[0])


def _described_as_an_organisation(span: Any) -> bool:
    """ "Hashd al-Abatat, an armed group", "the news website Madar Qasr", "the group, Madar Qasr,", "three groups,
    the Tarvik Centre, Lumo and Vaskra,", "the respected Norlani newspaper"."""
    root = span.root
    after = span.doc[span.end] if span.end < len(span.doc) else None
    modified = after is not None and root.dep_ in ("compound", "nmod") and root.head.i == after.i
    if modified and after is not None and after.text in outlet_nouns() and not _named_after(after):
        return True  # "the respected Norlani newspaper found"; lower-case: not "Tarvo Daily"
    for child in root.children:
        if span.start <= child.i < span.end:
            continue
        placed = child.dep_ == "appos" or (child.dep_ in ("compound", "nmod") and child.i < span.start)
        if placed and child.lower_ in organisation_nouns() and child.tag_ in ("NN", "NNS"):
            return True
        if child.dep_ == "amod" and child.i == span.start - 1 and child.lower_ in outlet_nouns():
            return True  # "the Tarvik weekly Holm Vesper": a daily or a weekly the parser reads as an adjective
    if any(_one_of(child, organisation_nouns()) for child in root.children if child.dep_ == "appos"):
        return True  # "Kestrel, one of the country's top human rights groups"
    while root.dep_ == "conj" and root.head.i < root.i and root.head.ent_type_ != "PERSON":
        root = root.head  # "Three groups, the Tarvik Centre, Lumo and Vaskra, sued"; not after a person's name
    return root.dep_ == "appos" and root.head.lower_ in organisation_nouns() and root.head.i < span.start


def _named_after(noun: Any) -> bool:
    """ "the Norlani newspaper Dagbladet": the outlet's noun has its own name right after it, so the name before it
    says where or whose the outlet is, not what it is called."""
    doc = noun.doc
    return noun.i + 1 < len(doc) and doc[noun.i + 1].tag_ in ("NNP", "NNPS")


@cache
def _group_nouns() -> frozenset[str]:
    """The nouns for any organisation ("group", "organisation", "NGO"), which no place is."""
    return frozenset(str(w).lower() for w in load("organisations.yaml")["anaphoric_nouns"]["any"])


def _one_of(noun: Any, nouns: frozenset[str]) -> bool:
    """ "one of the country's top rights groups": "one of" a plural noun for organisations."""
    of = (
        next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if noun.lower_ == "one"
        else None
    )
    whole = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return whole is not None and whole.tag_ == "NNS" and whole.lemma_.lower() in nouns


def _place_described_as_a_group(doc: Any, mention: Any) -> bool:
    """ "Law enforcement targeted Kestrel, one of the country's top human rights groups", "Kestrel, a rights group,
    said": a one-word name the name finder took for a place, in apposition with a noun for any organisation (a group,
    an organisation, an NGO: no place is one; not "a party", which a state may be to a treaty)."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or len(span) != 1 or len(mention.text.split()) != 1:
        return False
    appositions = [c for c in span.root.children if c.dep_ == "appos"]
    nouns = _group_nouns()
    return any((c.lemma_.lower() in nouns and c.tag_ == "NN") or _one_of(c, nouns) for c in appositions)
