"""Gender from votes of evidence, and how strong that evidence is.

Explicit cues — titles (Ms, Mr), kin nouns (mother, son), descriptions (the boy, a woman),
Korean kin words — vote under the gender itself (``"female"``); a pronoun votes under
``"pronoun:female"``. Explicit cues decide whenever there are any, however many pronouns say
otherwise; pronouns decide only a person nobody describes, and such a gender is *weak*: it never
blocks a merge across documents (a machine translation calls a mother "he"). Weakest of all, a given name of
conventional gender (``data/given_names.yaml``: "Gretchen", "Ahmed") votes under ``"name:female"`` only for a
person that no explicit cue genders and pronouns do not, or one pronoun only does (a lone "his" near "Gretchen
Holm" is more likely another's); such a gender is weak too.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from tumen.extract.census_names import census_genders
from tumen.extract.names import is_korean_surname
from tumen.extract.types import Entity, Relation
from tumen.extract.vocab import load

PRONOUN_VOTE = "pronoun:"  # prefix of a vote that rests on a pronoun only
NAME_VOTE = "name:"  # prefix of a vote that rests on a given name only
WEAK_VOTES = (PRONOUN_VOTE, NAME_VOTE)


def explicit_votes(votes: dict[str, float]) -> dict[str, float]:
    """The votes of explicit cues: every vote not from a pronoun."""
    return {g: w for g, w in votes.items() if not g.startswith(WEAK_VOTES)}


def pronoun_votes(votes: dict[str, float]) -> dict[str, float]:
    return {g.removeprefix(PRONOUN_VOTE): w for g, w in votes.items() if g.startswith(PRONOUN_VOTE)}


def name_votes(votes: dict[str, float]) -> dict[str, float]:
    return {g.removeprefix(NAME_VOTE): w for g, w in votes.items() if g.startswith(NAME_VOTE)}


def gender_of(votes: dict[str, float]) -> tuple[str | None, bool]:
    """The gender the votes give, and whether it rests on pronouns or a given name only (weak). Explicit cues
    decide first, then pronouns, then given names (also between pronouns that tie and over a single pronoun).
    A tie decides nothing."""
    explicit = explicit_votes(votes)
    pronouns = pronoun_votes(votes)
    ranked = _ranked(explicit or pronouns or name_votes(votes))
    if not explicit and pronouns and (ranked is None or _lone_pronoun(pronouns)):
        # pronouns that tie, or a single pronoun: the given name decides, if any
        ranked = _ranked(name_votes(votes)) or ranked
    return ranked, not explicit


def _lone_pronoun(pronouns: dict[str, float]) -> bool:
    """Whether the pronouns weigh no more than one pronoun for any gender (a lone "his" near "Amanda X")."""
    return max(pronouns.values(), default=0.0) <= float(load("kinship.yaml")["pronoun_weight"])


def _ranked(votes: dict[str, float]) -> str | None:
    """The gender with the most votes, or None when there are none or the first two tie."""
    ordered = sorted(votes.items(), key=lambda kv: -kv[1])
    return ordered[0][0] if ordered and (len(ordered) == 1 or ordered[0][1] > ordered[1][1]) else None


def strong_gender(votes: dict[str, float], strong: float) -> str | None:
    """Gender from strong evidence only (titles, kin nouns, descriptions: votes of ``strong`` or more)."""
    kept = {g: w for g, w in explicit_votes(votes).items() if w >= strong}
    ordered = sorted(kept.items(), key=lambda kv: -kv[1])
    if ordered and (len(ordered) == 1 or ordered[0][1] > ordered[1][1]):
        return ordered[0][0]
    return None


@cache
def _given_names() -> dict[str, str]:
    data = load("given_names.yaml")
    return {name: gender for gender in ("female", "male") for name in data.get(gender) or []}


def _plain(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).strip(".")


@cache
def _conventions(section: str) -> dict[str, str]:
    """Words or endings of a name's words -> the gender they say (``data/given_names.yaml``)."""
    data = load("given_names.yaml").get(section) or {}
    return {word: gender for gender in ("female", "male") for word in data.get(gender) or []}


def _convention_gender(words: list[str]) -> str | None:
    """The gender that the words after the first say by a naming convention (Kaur, bint, ibn, -dottir, and
    a middle word's patronymic ending: -ovna, -ovich), when they agree."""
    found: set[str] = set()
    plain = [_plain(w) for w in words]
    said, endings, patronymics = (_conventions(s) for s in ("name_words", "name_endings", "patronymic_endings"))
    for index, word in enumerate(plain[1:], start=1):
        if word in said:
            found.add(said[word])
        ends = {**endings, **patronymics} if index < len(plain) - 1 else endings  # a patronymic is a middle word
        found |= {g for end, g in ends.items() if len(word) > len(end) and word.endswith(end)}
    return next(iter(found)) if len(found) == 1 else None


def given_name_gender(entity: Entity) -> str | None:
    """The gender a person's name says by convention (:func:`name_gender`), or None for no person."""
    return _cached_name_gender(entity.name) if entity.kind == "person" else None


@cache
def _cached_name_gender(name: str | None) -> str | None:
    return name_gender(name)


def name_gender(name: str | None) -> str | None:
    """The gender a name of two words or more says by convention: a word after the first that says it ("Nodeep
    Kaur", "Hamid bin Ali", "Anna Petrovna Volkova" -> female; see ``_convention_gender``) or a Vietnamese middle
    word ("Nguyen Thi Lan" -> female), else the first word's conventional gender as a given name ("Gretchen Holm"
    -> female) or short form ("Doug Holm" -> male), else its gender in the census (``census_names``: "Chase Holm"
    -> male) unless the hand list says it is of both sexes, else a later given name's ("J. Gretchen Holm"), else a
    woman's form of the surname ("Qorvi Tallisova" -> female). None for a single word (it may be a surname:
    "Thomas") or a name that says neither."""
    words = (name or "").split()
    if len(words) < 2:
        return None
    first = _plain(words[0])
    return (
        _convention_gender(words)
        or _middle_word_gender(words)
        or _given_names().get(first)
        or _short_form_gender(first)
        or _built_given_name(first)
        or _census_gender(first)
        or _later_given_name(words)
        or _surname_gender(words[-1])
    )


def _short_form_gender(word: str) -> str | None:
    """The gender of a short form of given names (``short_forms`` in ``data/given_names.yaml``: "Doug" for Douglas,
    "Sue" for Susan) whose full forms are all of one listed gender; "Sam" (Samuel, Samantha) says nothing."""
    full = (load("given_names.yaml").get("short_forms") or {}).get(word) or []
    said = {_given_names().get(f) for f in full}
    return next(iter(said)) if len(said) == 1 else None


@cache
def _not_census() -> frozenset[str]:
    """Words the census is not read for, since ``data/given_names.yaml`` knows them otherwise: names of both sexes
    (``both_sexes``, ``middle_names_of_both``) and short forms (``short_forms``: "Sam" is Samuel or Samantha)."""
    data = load("given_names.yaml")
    both = [*(data.get("both_sexes") or []), *(data.get("middle_names_of_both") or [])]
    words = [*both, *(data.get("short_forms") or {})]
    return frozenset(_plain(str(w)) for w in words)


def _census_gender(word: str) -> str | None:
    """The gender the census gives a first word (``tumen.extract.census_names``), never for a name of both sexes,
    a short form, a title or role the name finder took in ("Prince", "Judge") or a Korean surname ("Song", "Jin":
    the surname comes first)."""
    if word in _not_census() or _no_name(word) or is_korean_surname(word):
        return None
    return census_genders().get(word)


def _later_given_name(words: list[str]) -> str | None:
    """When the first word is no name — an initial ("J. Gretchen Holm") or a title or role the name finder took
    in ("Judge Ahmed Benali", "Activist Gretchen Holm") — the first listed given name after it and before the last
    word says the gender. After a given name not listed nothing is read: the next word is often the father's name
    ("Qorva Ahmed Benali" may be Ahmed's daughter), and Marian names (``middle_names_of_both``: Maria, Marie) are
    not read at all, since men bear them as middle names ("J. Maria Holm")."""
    if not _no_name(words[0]):
        return None
    both = set(load("given_names.yaml").get("middle_names_of_both") or [])
    for word in words[1:-1]:
        plain = _plain(word)
        if plain in both:
            return None
        if (said := _given_names().get(plain)) is not None:
            return said
    return None


@cache
def _role_words() -> frozenset[str]:
    """Titles, descriptions and occupations (``data/kinship.yaml``, ``data/story_roles.yaml``), lower case."""
    kinship, roles = load("kinship.yaml"), load("story_roles.yaml")
    words = [*kinship["titles"], *kinship["descriptors"], *(roles.get("occupations") or [])]
    return frozenset(_plain(str(w)) for w in words)


def _no_name(word: str) -> bool:
    """An initial ("J.", "W") or a title or role word ("Judge", "Activist")."""
    plain = _plain(word)
    return (len(plain) == 1 and plain.isalpha()) or plain in _role_words()


def _middle_word_gender(words: list[str]) -> str | None:
    """A Vietnamese name's second word after a surname it opens: Thi for a woman ("Nguyen Thi Lan"), Van for a
    man ("Tran Van Binh"); after no such surname "Van" is a particle ("Mary Van Dyke": nothing said)."""
    data = load("given_names.yaml").get("middle_words_after_surnames") or {}
    if len(words) < 3 or _plain(words[0]) not in set(data.get("surnames") or []):
        return None
    second = _plain(words[1])
    return next((g for g in ("female", "male") if second in set(data.get(g) or [])), None)


def _surname_gender(word: str) -> str | None:
    """The gender a last word's ending says by a naming convention in which a woman's surname differs from a
    man's (Slavic -ova, -skaya, -ska; Lithuanian -aite, -iene; Greek -opoulou): read only when the given name
    says nothing, so "Rafael Cordova" stays a man."""
    plain = _plain(word)
    endings = _conventions("surname_endings")
    return next((g for end, g in endings.items() if len(plain) >= len(end) + 3 and plain.endswith(end)), None)


def _built_given_name(word: str) -> str | None:
    """The gender of a given name built by convention ("Abdulwahid", "Habibullah"; ``data/given_names.yaml``)."""
    for section, fits in (("given_name_prefixes", str.startswith), ("given_name_endings", str.endswith)):
        for part, gender in _conventions(section).items():
            if len(word) > len(part) and fits(word, part):
                return gender
    return None


def spouse_votes(entities: list[Entity], relations: list[Relation]) -> None:
    """A person whom nothing else genders, known as the spouse of someone an explicit cue genders ("Police
    detained Qorvin Tallis. Tallis's wife said …"), gets the other gender as a vote as weak as a given name's:
    spouses are most often of two genders, but not always, so it never blocks a merge and a given name of the
    other gender cancels it."""
    by_id = {e.id: e for e in entities}
    other = {"female": "male", "male": "female"}
    for relation in relations:
        if relation.type != "spouse_of":
            continue
        for one, two in ((relation.subject, relation.object), (relation.object, relation.subject)):
            person, spouse = by_id.get(one), by_id.get(two)
            if person is None or spouse is None or person.kind != "person":
                continue
            said = _ranked(explicit_votes(spouse.gender_votes))
            votes = person.gender_votes
            if said in other and not explicit_votes(votes) and _ranked(pronoun_votes(votes)) is None:
                votes[NAME_VOTE + other[said]] = max(votes.get(NAME_VOTE + other[said], 0.0), 1.0)


def decide_gender(entity: Entity) -> None:
    """Set the entity's gender from its votes (left as it is when they decide nothing). A person whom no
    explicit cue genders, and pronouns do not (none, or as many "he" as "she"), first gets the weak vote of their
    given name, when it has one."""
    votes = entity.gender_votes
    pronouns = pronoun_votes(votes)  # none, pronouns that tie, or a single pronoun: the given name may decide
    undecided = not explicit_votes(votes) and (_ranked(pronouns) is None or _lone_pronoun(pronouns))
    if entity.kind == "person" and undecided:
        given = name_gender(entity.name)
        if given is not None:
            entity.gender_votes[NAME_VOTE + given] = 1.0
    gender, _weak = gender_of(entity.gender_votes)
    if gender is not None:
        entity.gender = gender


def is_given_name(word: str) -> bool:
    """Whether a word is a given name ``data/given_names.yaml`` lists ("Sami", "Leila")."""
    return _plain(word) in _given_names()


def said_otherwise(entity: Entity, gender: str) -> bool:
    """Whether the entity's explicit cues, or when there are none its given name, say the gender other than
    ``gender`` (pronouns aside): a pronoun that falls to such a person for want of anyone fitting gives no vote."""
    explicit = explicit_votes(entity.gender_votes)
    said = _ranked(explicit) if explicit else given_name_gender(entity)
    return said not in (gender, None)
