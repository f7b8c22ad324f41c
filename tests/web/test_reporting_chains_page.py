"""The case file page shows reporting chains beside independent sources (issue 10): one invented witness
interviewed by two invented outlets is one source resting in two chains."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from fastapi.testclient import TestClient

from tumen import Tumen
from tumen.web import create_app

REPORTS = {
    "tribune.txt": (
        "Harbor Tribune",
        "2022-03-02",
        "Choi Eun-sil, a 52-year-old woman from Hyesan, told Harbor Tribune that her husband Yoon Dae-ho was "
        "arrested by border guards in Hyesan in January 2022.",
    ),
    "radio.txt": (
        "Lakeside Radio",
        "2022-04-15",
        "In an interview with Lakeside Radio, Choi Eun-sil said that her husband Yoon Dae-ho was arrested in "
        "Hyesan in January 2022. She has had no word from him since then.",
    ),
}


def test_the_case_file_counts_sources_and_the_chains_that_rest_on_one_witness(
    tmp_path: Path, sign_in: Callable[..., TestClient]
) -> None:
    url = f"sqlite:///{tmp_path / 'tumen.db'}"
    with Tumen.init(url) as tumen:
        for name, (outlet, published, text) in REPORTS.items():
            (tmp_path / name).write_text(text, encoding="utf-8")
            assert tumen.ingest([str(tmp_path / name)], meta={"outlet": outlet, "published": published}).failed == 0
        assert not tumen.process(workers=1).failed
    with Tumen.open(url) as tumen:
        (husband,) = [p for p in tumen.persons() if p.name == "Yoon Dae-ho"]
        with TestClient(create_app(tumen)) as client:
            page = sign_in(client).get(f"/persons/{husband.id}").text
    assert (
        '<small class="sources-count">1 independent source (2 reporting chains, resting on one witness)</small>' in page
    )
    assert "2 reporting chains, resting on one witness (Harbor Tribune; Lakeside Radio)" in page
