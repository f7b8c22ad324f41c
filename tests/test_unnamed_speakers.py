"""A pronoun that tells what an unnamed speaker saw, heard, feared or knew is that speaker, not a person named
before (docs/extraction.md, "Coreference"; tumen.extract.unnamed_speakers). Every sentence here is invented."""

from __future__ import annotations

from test_pronoun_antecedents import antecedent

# -- the unnamed speaker's own perception, thought or fear -------------------------------------------------------


def test_a_witness_who_says_he_saw_is_the_one_who_saw() -> None:
    text = "Police arrested Daniel Morrow in Tarvik on Friday. A witness said he saw two officers beat a man."
    assert antecedent(text, "he") is None


def test_a_neighbour_who_told_police_she_heard_screams() -> None:
    text = "Mara Lindqvist was found dead in her flat. A neighbour told police that she heard screams at night."
    assert antecedent(text, "she") is None


def test_the_officer_who_fired_says_he_feared_for_his_life() -> None:
    text = "Kevin Tarrow was shot dead in Leeds. The officer who fired says he feared for his life."
    assert antecedent(text, "he") is None


def test_the_witness_again_after_a_witness() -> None:
    text = "Omar Haddad was taken away in a van. A witness called the radio. The witness said he saw the van leave."
    assert antecedent(text, "he") is None


def test_the_officer_who_fired_tells_his_own_act_whatever_the_verb() -> None:
    text = "Kevin Tarrow, 17, was shot dead in Leeds. The officer who fired the shot says he killed the boy."
    assert antecedent(text, "he") is None


# -- what the rule leaves alone ----------------------------------------------------------------------------------


def test_his_lawyer_said_he_was_tortured_is_the_client() -> None:
    text = "Ahmed Selby was detained in March. His lawyer said he was tortured in custody."
    assert antecedent(text, "he") == "Ahmed Selby"


def test_a_possessed_speakers_pronoun_is_the_possessor() -> None:
    text = "Ahmed Selby was detained in March. His lawyer said he feared for his life in custody."
    assert antecedent(text, "he") == "Ahmed Selby"


def test_a_friend_of_a_named_person_speaks_of_that_person() -> None:
    text = "Lena Marsh was arrested at a protest. A friend of Marsh said she knew the risks."
    assert antecedent(text, "she") == "Lena Marsh"


def test_a_spokesman_who_says_he_was_detained_speaks_of_someone_else() -> None:
    text = "Tomas Varga was arrested on Monday. A spokesman said he was detained without charge."
    assert antecedent(text, "he") == "Tomas Varga"


def test_a_speaker_of_the_other_gender_is_not_the_pronoun() -> None:
    text = "Tomas Varga was arrested on Monday. A spokeswoman said he feared reprisals against his family."
    assert antecedent(text, "he") == "Tomas Varga"


def test_a_quotation_before_the_speaker_is_about_someone_else() -> None:
    text = "Tomas Varga was arrested on Monday. “He knew the risks,” a neighbour said."
    assert antecedent(text, "he") == "Tomas Varga"


def test_what_a_witness_says_someone_did_is_not_the_witness() -> None:
    text = "Daniel Morrow was arrested on Friday. A witness said he shot the man twice."
    assert antecedent(text, "he") == "Daniel Morrow"


def test_an_own_act_with_a_person_in_it_leaves_the_pronoun_alone() -> None:
    text = "Daniel Morrow was arrested on Friday. The officer who arrested him said he resisted."
    assert antecedent(text, "he") == "Daniel Morrow"


def test_a_named_witness_is_the_one_who_saw() -> None:
    text = "Police arrested Daniel Morrow on Friday. A witness, Ivo Holm, said he saw the arrest."
    assert antecedent(text, "he") in {"Ivo Holm", "Holm"}


# -- the unnamed subject of the clause an adverbial clause hangs on ---------------------------------------------


def test_a_gang_member_convicted_when_he_fired_is_the_one_who_fired() -> None:
    text = "Lina Osei died in March. A gang member was convicted of killing a mother when he fired from a roof."
    assert antecedent(text, "he") is None


def test_a_soldier_arrested_when_he_tried_to_cross_is_the_soldier() -> None:
    text = "Ri Chol-ho fled in 2010. A soldier was arrested in Tarvik last week when he tried to cross the border."
    assert antecedent(text, "he") is None


def test_a_person_named_between_may_be_the_one_in_the_adverbial_clause() -> None:
    text = "Ivo Holm was seized in May. A guard beat Holm in the cell until he fainted."
    assert antecedent(text, "he") in {"Ivo Holm", "Holm"}


def test_a_thing_as_subject_leaves_the_pronoun_alone() -> None:
    text = "Lina Osei was walking home. A car hit Osei as she crossed the road."
    assert antecedent(text, "she") == "Lina Osei"


# -- the unnamed subject of an adverbial clause put first ------------------------------------------------------


def test_after_a_guard_opened_the_door_he_is_the_guard() -> None:
    text = "Teodor Vasko was held in Tarvik. After a guard unlocked the cell, he shouted at the inmates."
    assert antecedent(text, "he") is None


def test_when_a_soldier_was_stopped_he_is_the_soldier() -> None:
    text = "Mirela Kost was detained in May. When a soldier was stopped at the gate, she refused to leave the truck."
    assert antecedent(text, "she") is None


def test_a_fronted_clause_with_a_second_person_leaves_the_pronoun_alone() -> None:
    text = "Teodor Vasko was held in Tarvik. When a guard hit a prisoner, he fell to the floor."
    assert antecedent(text, "he") == "Teodor Vasko"


def test_a_person_of_the_other_gender_in_the_fronted_clause_does_not_stop_it() -> None:
    text = "Teodor Vasko was held in Tarvik. After a motorist struck a woman, he drove into a wall."
    assert antecedent(text, "he") is None


def test_a_fronted_clause_of_a_possessed_subject_means_the_possessor() -> None:
    text = "Teodor Vasko was held in Tarvik. After his lawyer visited the jail, he refused to eat."
    assert antecedent(text, "he") == "Teodor Vasko"


def test_a_fronted_clause_before_a_passive_leaves_the_pronoun_alone() -> None:
    text = "Teodor Vasko was held in Tarvik. After a guard unlocked the cell, he was dragged outside."
    assert antecedent(text, "he") == "Teodor Vasko"


# -- an unnamed speaker goes on speaking ------------------------------------------------------------------------


def test_an_unnamed_speaker_of_the_sentence_before_goes_on() -> None:
    text = "Ivo Holm was arrested on Monday. “We saw nothing,” said a prison guard. “It was quiet,” he said."
    assert antecedent(text, "he") is None


def test_a_name_in_the_sentence_before_leaves_the_pronoun_alone() -> None:
    text = "A guard said Ivo Holm was moved on Monday. He said he was innocent."
    assert antecedent(text, "he") in {"Ivo Holm", "Holm"}


# -- the unnamed subject of the clause before "and" / "but" ------------------------------------------------------


def test_a_guard_unlocked_the_cell_and_he_shouted_is_the_guard() -> None:
    text = "Teodor Vasko was held in Tarvik. A guard unlocked the cell, and he shouted at the inmates."
    assert antecedent(text, "he") is None


def test_a_bystander_tried_to_stop_a_driver_but_he_drove_off_is_left_alone() -> None:
    text = "Teodor Vasko was held in Tarvik. A bystander tried to stop a driver, but he drove off."
    assert antecedent(text, "he") == "Teodor Vasko"


def test_a_coordinated_passive_leaves_the_pronoun_alone() -> None:
    text = "Teodor Vasko was held in Tarvik. A guard unlocked the cell and he was dragged outside."
    assert antecedent(text, "he") == "Teodor Vasko"
