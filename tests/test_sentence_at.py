"""``nlp.sentence_at``: the sentence some sentences after or before a token's own, the document's first or last
beyond its ends, the same as spaCy's own ``token.sent`` — also after the document is retokenised."""

from __future__ import annotations

from tumen.extract.nlp import english, sentence_at


def test_sentences_around_a_token_stop_at_the_documents_ends() -> None:
    doc = english()("Ana Berg was arrested in May. She was held in Tarvik. Her brother was released in June.")
    held = next(t for t in doc if t.text == "held")
    assert sentence_at(held, 0) == held.sent
    assert sentence_at(held, -1).text.startswith("Ana Berg")
    assert sentence_at(held, 1).text.startswith("Her brother")
    assert sentence_at(held, -5).text.startswith("Ana Berg") and sentence_at(held, 5).text.startswith("Her brother")


def test_a_retokenised_document_is_listed_again() -> None:
    doc = english()("Ana Berg was arrested in May. She was held in Tarvik.")
    first = doc[0]
    assert sentence_at(first, 1).text.startswith("She")
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[0:2])  # "Ana Berg" one token: every later index moves
    held = next(t for t in doc if t.text == "held")
    assert sentence_at(held, 0) == held.sent
    assert sentence_at(held, -1).text.startswith("Ana Berg")
