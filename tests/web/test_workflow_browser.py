"""The workflow pages in real Chromium (Debian's, through Playwright): search with highlighted snippets and facets
that narrow the hits, hostile queries and metadata that stay inert, and an upload followed to "done" and then found
by search. Expected numbers come from the store (:class:`Tumen`), never from constants."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from playwright.sync_api import Page, expect

from helpers import fill_upload_form
from tumen import Tumen

# Invented documents and names only.
INVENTED_UPLOAD = (
    "Quarry workers moved at night\n\n"
    "Yeom Da-seul, a 29-year-old quarry worker, was arrested by security agents in Kilju in August 2022, "
    "her sister told the Invented Observer. The sister said the zephyrine lamps of the quarry were left burning.\n"
)
HOSTILE = [
    "<script>window.pwned=1</script>",
    '" onmouseover="window.pwned=1" x="',
    "javascript:window.pwned=1",
    "<img src=x onerror=window.pwned=1>",
    "' OR 1=1 --",
]


def facts_by_document(tumen: Tumen) -> dict[int, set[str]]:
    """Event types per document, from the assembled case base (the facts' sources)."""
    types: dict[int, set[str]] = {}
    for fact in tumen.casebase().facts:
        for support in fact.supports:
            types.setdefault(support.document, set()).add(fact.type)
    return types


def test_search_highlights_matches_and_a_facet_narrows_the_hits(
    page: Page, live_server: Any, web_tumen: Tumen, artifacts: Path
) -> None:
    word = "arrested"
    hits = [h.document_id for h in web_tumen.search(word, limit=100)]
    assert len(hits) >= 3, "the sample corpus tells of several arrests"
    page.goto(live_server.url + "/search")
    page.fill("form.search-form input[name=q]", word)
    page.press("form.search-form input[name=q]", "Enter")
    expect(page.locator("p.total")).to_have_attribute("data-total", str(len(hits)))
    expect(page.locator("li.hit")).to_have_count(min(len(hits), 20))
    shown = [int(x) for x in page.locator("li.hit").evaluate_all("els => els.map(e => e.dataset.document)")]
    assert shown == hits[:20]
    marks = page.locator("li.hit .snippet mark").all_inner_texts()
    assert marks and all(m.lower().startswith(word) for m in marks)

    # The type facet: choose the value with the fewest documents, so the hits really narrow.
    types = facts_by_document(web_tumen)
    expected: dict[str, set[int]] = {}
    for document_id in hits:
        for kind in types.get(document_id, ()):
            expected.setdefault(kind, set()).add(document_id)
    links = page.locator('section.facet[data-facet="type"] li a')
    values = links.evaluate_all("els => els.map(e => e.dataset.value)")
    counts = [int(c) for c in page.locator('section.facet[data-facet="type"] li .count').all_inner_texts()]
    assert dict(zip(values, counts, strict=True)) == {k: len(v) for k, v in expected.items() if k in values}
    page.screenshot(path=str(artifacts / "search.png"), full_page=True)
    kind = min((k for k in values if len(expected[k]) < len(hits)), key=lambda k: len(expected[k]))
    page.locator(f'section.facet[data-facet="type"] li a[data-value="{kind}"]').click()
    expect(page.locator("p.total")).to_have_attribute("data-total", str(len(expected[kind])))
    shown = [int(x) for x in page.locator("li.hit").evaluate_all("els => els.map(e => e.dataset.document)")]
    assert sorted(shown) == sorted(expected[kind]) and shown == [d for d in hits if d in expected[kind]]
    assert f"type={kind}" in page.url and f"q={word}" in page.url
    expect(page.locator('section.facet[data-facet="type"] li.active a')).to_have_attribute("data-value", kind)
    page.screenshot(path=str(artifacts / "search-filtered.png"), full_page=True)

    # Clearing the filter brings every hit back.
    page.locator("p.filters a.filter").first.click()
    expect(page.locator("p.total")).to_have_attribute("data-total", str(len(hits)))


def test_hostile_queries_and_metadata_render_inert(
    page: Page, live_server: Any, web_tumen: Tumen, tmp_path: Path
) -> None:
    # A document whose title and outlet are attacks: shown as text in hits and in the outlet facet.
    folder = tmp_path / "hostile"
    folder.mkdir()
    (folder / "hostile.txt").write_text("The quokkanite report says nothing of note.\n", encoding="utf-8")
    meta = {"title": HOSTILE[0], "outlet": HOSTILE[1], "language": "en"}
    assert web_tumen.ingest([str(folder / "hostile.txt")], meta=meta).failed == 0
    for query in HOSTILE:
        page.goto(live_server.url + "/search")
        page.fill("form.search-form input[name=q]", query)
        page.press("form.search-form input[name=q]", "Enter")
        expect(page.locator("form.search-form input[name=q]")).to_have_value(query)
        page.locator("form.search-form input[name=q]").hover()
        assert page.evaluate("typeof window.pwned") == "undefined", query
    page.goto(live_server.url + "/search?q=quokkanite")
    expect(page.locator("li.hit a.hit-title")).to_have_text(HOSTILE[0])
    expect(page.locator("li.hit .hit-meta")).to_contain_text(HOSTILE[1])
    outlet = page.locator('section.facet[data-facet="outlet"] li a')
    expect(outlet).to_have_text(HOSTILE[1])
    outlet.hover()
    outlet.click()
    expect(page.locator("p.total")).to_have_attribute("data-total", "1")
    assert page.evaluate("typeof window.pwned") == "undefined"
    page.goto(live_server.url + "/search?outlet=" + "javascript%3Awindow.pwned%3D1")
    expect(page.locator("p.total")).to_have_attribute("data-total", "0")
    assert page.evaluate("typeof window.pwned") == "undefined"


def test_an_uploaded_document_is_processed_and_then_found(
    page: Page, live_server: Any, web_tumen: Tumen, artifacts: Path
) -> None:
    before = {d.id for d in web_tumen.documents()}
    fill_upload_form(
        page,
        live_server.url,
        "quarry-testimony.txt",
        "text/plain",
        INVENTED_UPLOAD.encode(),
        title="Quarry workers moved at night",
        outlet="Invented Observer",
        published="2022-10-04",
        language="en",
        url="https://observer.invalid/quarry",
    )
    page.select_option("select[name=source_type]", "testimony")
    page.screenshot(path=str(artifacts / "upload.png"), full_page=True)
    page.click("form.upload-form button[type=submit]")
    expect(page).to_have_url(re.compile(r"/upload/[0-9a-f]{16}$"))
    expect(page.locator("section.job .stage")).to_have_text("done", timeout=120_000)
    (new,) = {d.id for d in web_tumen.documents()} - before
    assert web_tumen.document(new).meta.outlet == "Invented Observer"
    assert web_tumen.extraction(new) is not None, "processed before the page said done"
    assert web_tumen.persons(q="Yeom Da-seul"), "the case base knows the person the document names"
    page.screenshot(path=str(artifacts / "upload-done.png"), full_page=True)
    link = page.locator("a.reader-link")
    expect(link).to_have_attribute("href", f"/documents/{new}")
    page.goto(live_server.url + "/search?q=zephyrine")
    expect(page.locator("li.hit")).to_have_count(1)
    expect(page.locator("li.hit a.hit-title")).to_have_attribute("href", f"/documents/{new}")
    expect(page.locator("li.hit .snippet mark")).to_have_text("zephyrine")
