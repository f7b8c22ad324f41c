"""Language identification reads its model from tumen's cache once a first process has unpacked it: the same
answers as py3langid's packed model, and a damaged or unwritable cache only costs time."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tumen.ingest import language

TEXTS = [
    "A 34-year-old nurse was arrested by security agents in March, her brother said on Monday.",
    "변솔기가 2024년 3월 혜산에서 체포되었다. 그녀는 탈북했다고 한다.",
    "Une infirmière de 34 ans a été arrêtée par des agents de sécurité en mars, a déclaré son frère.",
    "Eine 34-jährige Krankenschwester wurde im März von Sicherheitskräften festgenommen, sagte ihr Bruder.",
    "Una enfermera de 34 años fue detenida por agentes de seguridad en marzo, dijo su hermano el lunes.",
    "Медсестра 34 лет была арестована сотрудниками безопасности в марте, сообщил её брат.",
    "34岁的护士在三月被安全人员逮捕，她的哥哥周一说。",
    "34歳の看護師が3月に治安当局に逮捕されたと、彼女の兄が月曜日に語った。",
    "short",
]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("TUMEN_CACHE_DIR", str(tmp_path / "cache"))
    language._identifier.cache_clear()
    yield tmp_path / "cache"
    language._identifier.cache_clear()


def _answers() -> list[tuple[str | None, tuple[str, float] | None]]:
    identifier = language._identifier(language.languages())
    return [(language.detect(text), identifier.classify(text)) for text in TEXTS]


def test_the_cached_model_answers_as_the_packed_one(cache: Path) -> None:
    packed = language._unpacked(language.languages())
    first = _answers()  # unpacks the model and keeps it
    kept = list(cache.glob("langid-*.npz"))
    assert len(kept) == 1 and not list(cache.glob("*.tmp*"))
    language._identifier.cache_clear()
    second = _answers()  # reads the kept model
    assert first == second
    assert [answer for _code, answer in second] == [packed.classify(text) for text in TEXTS]
    assert [code for code, _answer in second][:6] == ["en", "ko", "fr", "de", "es", "ru"]


def test_a_damaged_cache_is_unpacked_again(cache: Path) -> None:
    expected = _answers()
    (kept,) = cache.glob("langid-*.npz")
    kept.write_bytes(b"not a model")
    language._identifier.cache_clear()
    assert _answers() == expected
    assert kept.stat().st_size > 1000  # written whole again


def test_an_unwritable_cache_is_not_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder would be")
    monkeypatch.setenv("TUMEN_CACHE_DIR", str(blocker / "cache"))
    language._identifier.cache_clear()
    try:
        assert language.detect(TEXTS[0]) == "en"
    finally:
        language._identifier.cache_clear()


def test_each_language_list_has_its_own_model(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert language.detect(TEXTS[2]) == "fr"
    monkeypatch.setenv("TUMEN_LANGUAGES", "en,ko")
    assert language.detect(TEXTS[1]) == "ko"
    assert len(list(cache.glob("langid-*.npz"))) == 2
