"""The person a third-person pronoun means (docs/extraction.md, "Coreference"; tumen.extract.antecedents):
gender from a given name, "he or she", a pronoun's own clause (and a to-infinitive's), a possessive on the noun
that describes a person, testimony introduced by a colon and unnamed persons as antecedents. Every sentence here
is invented."""

from __future__ import annotations

from tumen.extract import nlp
from tumen.extract.coref import resolve
from tumen.extract.entities import group
from tumen.extract.mentions import find_mentions


def antecedent(text: str, pronoun: str, nth: int = 0) -> str | None:
    """The name of the person the ``nth`` ``pronoun`` of ``text`` is resolved to, or None."""
    doc = next(nlp.parse_many([nlp.unwrap(text)]))
    grouping = group(nlp.text_of(doc), find_mentions(doc))
    tokens = resolve(doc, grouping).tokens
    found = tokens.get([t for t in doc if t.lower_ == pronoun][nth].i)
    return grouping.by_id(found).name if found is not None else None


# -- a given name's gender ---------------------------------------------------------------------------------------


def test_a_clause_subject_whose_given_name_is_a_mans_is_not_she() -> None:
    text = "Police said Dora Vantz died when Anthony Brell struck her with his car as she was walking home."
    assert antecedent(text, "she") == "Dora Vantz"


def test_an_object_pronoun_skips_a_man_named_by_his_given_name() -> None:
    text = "Police said Dora Vantz died when Anthony Brell struck her with his car as she was walking home."
    assert antecedent(text, "her") == "Dora Vantz"


def test_the_subject_of_the_sentence_before_whose_given_name_is_a_mans_is_not_she() -> None:
    assert antecedent("Anthony Brell hit Kim Tallis. She was taken to hospital.", "she") == "Kim Tallis"


def test_a_given_name_of_the_pronouns_gender_is_still_its_antecedent() -> None:
    assert antecedent("Anthony Brell hit Kim Tallis. He was taken to hospital.", "he") == "Anthony Brell"


# -- "he or she" ------------------------------------------------------------------------------------------------


def test_he_or_she_means_no_one_of_the_story() -> None:
    text = "Ivo Holm met Anna Berg in May. Berg said a reporter must not name a source until he or she dies."
    assert antecedent(text, "he") is None
    assert antecedent(text, "she") is None


def test_his_or_her_and_a_slash_mean_no_one_either() -> None:
    text = "Ivo Holm was arrested in Tarvik. Holm said anyone detained may call his/her lawyer."
    assert antecedent(text, "his") is None


# -- an object pronoun is not its own clause's subject ----------------------------------------------------------


def test_an_object_pronoun_is_not_the_subject_of_its_clause() -> None:
    assert antecedent("Police arrested Tomas Varga in May. Karl Vos denounced him in private.", "him") == "Tomas Varga"


def test_nor_the_subject_of_a_verb_its_verb_is_coordinated_with() -> None:
    assert antecedent("Police arrested Tomas Varga. Karl Vos was angry and denounced him.", "him") == "Tomas Varga"


def test_nor_the_name_a_relative_clause_is_on() -> None:
    text = "Police arrested Tomas Varga in May. Karl Vos, who had denounced him in private, testified at the trial."
    assert antecedent(text, "him") == "Tomas Varga"


def test_an_object_pronoun_of_a_clause_below_may_be_the_subject_above() -> None:
    assert antecedent("Karl Vos said police beat him in May.", "him") == "Karl Vos"


def test_a_reflexive_object_is_the_subject_of_its_clause() -> None:
    text = "Karl Vos said the editor had lied. Police said Tomas Varga later hanged himself in his cell."
    assert antecedent(text, "himself") == "Tomas Varga"


def test_a_clause_joined_with_a_subject_of_its_own_is_not_the_pronouns_own() -> None:
    text = "Police freed Oona Berg in 2010. Throughout the war, she was a popular singer, and her wit kept her safe."
    assert antecedent(text, "her", 1) == "Oona Berg"


def test_his_as_an_object_may_be_the_subjects_own() -> None:
    assert antecedent("Tomas Varga scored eleven goals. Karl Vos has scored his in fewer games.", "his") == "Karl Vos"


# -- a possessive inside a description of an unnamed person ------------------------------------------------------


def test_a_possessive_in_a_modifier_of_an_unnamed_woman_is_hers() -> None:
    text = "Police arrested Erica Lopez on Sunday after a woman in her 30s told staff she had been held."
    assert antecedent(text, "her") is None


def test_a_possessive_in_a_modifier_of_an_unnamed_man_is_his() -> None:
    assert antecedent("Police arrested Tomas Varga after a man with his son reported the theft.", "his") is None


def test_a_possessive_in_a_modifier_of_a_named_person_is_still_chosen_as_before() -> None:
    assert antecedent("Police arrested Erica Lopez in her home on Sunday.", "her") == "Erica Lopez"


def test_a_coordinated_clause_with_its_own_subject_excludes_that_subject() -> None:
    text = "Police arrested Tomas Varga in May. Varga said he was innocent, and Karl Vos called him a liar."
    assert antecedent(text, "him") == "Tomas Varga"


# -- a to-infinitive's object is not whoever does what it says ---------------------------------------------------


def test_an_object_of_a_purpose_infinitive_is_not_the_subject_above() -> None:
    text = "Police detained Vera Tallin in May. Qorvin Bastek visited the prison in June to see her."
    assert antecedent(text, "her") == "Vera Tallin"


def test_nor_the_subject_of_a_verb_the_infinitive_completes() -> None:
    assert antecedent("Police detained Vera Tallin in May. Qorvin Bastek wanted to see her.", "her") == "Vera Tallin"


def test_an_infinitive_completing_a_verb_with_an_object_is_the_objects_doing() -> None:
    text = "Police detained Tomas Varga in May. Varga asked Karl Vos to visit him in prison."
    assert antecedent(text, "him") == "Tomas Varga"


# -- a possessive on the noun that describes a person is someone else's ------------------------------------------


def test_a_possessive_on_an_apposition_is_not_the_named_persons() -> None:
    text = "Police arrested Vera Tallin on Monday. Qorvin Bastek, her lawyer, said the arrest was illegal."
    assert antecedent(text, "her") == "Vera Tallin"


def test_nor_on_a_partitive_apposition_in_brackets() -> None:
    text = "Police arrested Vera Tallin on Monday. Qorvin Bastek (one of her lawyers) said the arrest was illegal."
    assert antecedent(text, "her") == "Vera Tallin"


def test_nor_on_the_complement_of_a_linking_verb() -> None:
    assert antecedent("Police arrested Vera Tallin. Qorvin Bastek was her lawyer until May.", "her") == "Vera Tallin"


def test_nor_on_the_complement_in_a_relative_clause_on_the_name() -> None:
    text = "Police arrested Vera Tallin on Monday. Qorvin Bastek, who became her lawyer, said the arrest was illegal."
    assert antecedent(text, "her") == "Vera Tallin"


def test_her_own_and_a_noun_for_a_name_may_be_the_named_persons() -> None:
    assert antecedent("Police arrested Vera Tallin. Qorvin Bastek was her own lawyer.", "her") == "Qorvin Bastek"
    text = "Police arrested Tomas Varga. Later Vera Tallin (her maiden name) was arrested too."
    assert antecedent(text, "her") == "Vera Tallin"


def test_a_possessive_in_a_modifier_of_the_described_noun_may_be_the_named_persons() -> None:
    text = "Police arrested Tomas Varga. Qorvin Bastek, a woman in her 30s, was arrested too."
    assert antecedent(text, "her") == "Qorvin Bastek"


# -- a name nested inside an unnamed person's phrase ------------------------------------------------------------


def test_a_name_nested_in_the_speakers_phrase_is_not_the_speakers_pronoun() -> None:
    text = "Tomas Vell was killed in May. A cousin of the killer of Tomas Vell told reporters that she had warned us."
    assert antecedent(text, "she") is None


def test_nor_as_a_possessor_inside_it_nor_in_a_participle_clause_before_it() -> None:
    text = (
        "Police said Tomas Vell was killed in May. Speaking in her defence, a neighbour of Vell's killer said on"
        " Monday that she regretted calling him a liar."
    )
    assert antecedent(text, "her") is None
    assert antecedent(text, "she") is None


def test_a_name_one_step_down_or_a_clause_with_a_subject_of_its_own_is_left_to_the_ordinary_choice() -> None:
    assert antecedent("Tomas Vell was shot. A friend of Vell said he feared for his life.", "he") == "Tomas Vell"
    text = "Tomas Vell was killed in May. When she arrived, a neighbour of Vell's killer called the police."
    assert antecedent(text, "she") == "Tomas Vell"
