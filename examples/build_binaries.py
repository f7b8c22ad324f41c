#!/usr/bin/env python3
# ruff: noqa: E501  (the Korean story below keeps one paragraph per line)
"""Rebuild the non-plain-text documents of the tumen sample corpus.

Every text below is invented for tumen: the people, outlets and NGOs are fictional.

Writes into ``examples/corpus/``:

* ``hanbit-kang-2023.txt``            Korean news story, encoded as EUC-KR bytes (not UTF-8)
* ``morning-star-statement-2017.docx`` NGO press statement (python-docx)
* ``northern-light-choi-2019.pdf``    NGO case report with a real text layer (fpdf2)

Run with the project venv (fpdf2 and python-docx are needed)::

    .venv/bin/python examples/build_binaries.py

The build is deterministic: fixed creation dates in the PDF and DOCX metadata and fixed
timestamps on the DOCX zip members, so re-running it gives byte-identical files.
"""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime
from pathlib import Path

CORPUS = Path(__file__).resolve().parent / "corpus"

# EUC-KR cannot encode the em dash, so the Korean file uses a plain hyphen.
NOTICE = "[Invented sample for tumen — fictional people and outlets]"
NOTICE_ASCII = "[Invented sample for tumen - fictional people and outlets]"

# ---------------------------------------------------------------------------
# Case 1: Hanbit Daily (한빛일보), 2023-11-05, Korean, EUC-KR
# ---------------------------------------------------------------------------

HANBIT_TEXT = (
    """\
"열다섯 살 아들, 중국에서 강제 북송돼"… 탈북민 어머니의 호소
한빛일보 정다은 기자
2023년 11월 5일

서울에 사는 탈북민 강미래 씨(48)는 요즘 휴대전화를 손에서 놓지 못한다. 지난달 중국 선양에서 체포된 열다섯 살 아들이 북한으로 강제 송환됐다는 소식을 들은 뒤부터다.

강 씨는 "아들이 다른 탈북민 네 명과 함께 숨어 지내던 집에 밤늦게 공안이 들이닥쳤다고 들었다"며 "그 뒤로는 아무 연락이 없다"고 말했다. 중국 당국은 2023년 10월 탈북민 수백 명을 한꺼번에 북한으로 돌려보낸 것으로 알려졌다.

강 씨는 12년 전 두만강을 건너 중국으로 탈출했고, 2013년 한국에 들어왔다. 당시 어린 아들은 혜산의 할머니에게 맡겨졌다. 강 씨는 지난해 브로커에게 8천 달러를 건네며 아들을 데려와 달라고 부탁했다. 국경 사정으로 일정이 여러 차례 미뤄졌고, 아들은 올해 여름에야 중국으로 넘어올 수 있었다.

아들이 북송된 뒤 또 다른 브로커가 강 씨에게 연락해 왔다. 강 씨는 "그 사람이 '2천만 원을 주면 아들을 데려오겠다'고 했지만 나에게는 그런 돈이 없다"고 말했다. 강 씨는 이 돈을 마련하지 못했고, 제안이 진짜였는지도 알 수 없다고 했다.

강 씨는 중간에서 소식을 전해 주는 사람들을 통해 아들이 온성의 구류장에 갇혀 있다는 이야기를 들었다고 전했다. 본지는 이 내용을 따로 확인하지 못했다.

인권단체들은 중국이 탈북민을 난민이 아닌 불법 입국자로 취급해 강제로 돌려보내고 있다고 비판해 왔다.

강 씨는 "한 번 아이를 두고 떠났는데 또다시 잃을 수는 없다"며 "국제사회가 중국의 강제 북송을 막아 달라"고 호소했다.

"""
    + NOTICE_ASCII
    + "\n"
)


def build_hanbit() -> Path:
    path = CORPUS / "hanbit-kang-2023.txt"
    path.write_bytes(HANBIT_TEXT.encode("euc-kr"))
    return path


# ---------------------------------------------------------------------------
# Case 2: Morning Star Mission press statement, 2017-12-01, English, DOCX
# ---------------------------------------------------------------------------

STATEMENT_TITLE = "Rev. Park Jin-ho released from prison in China and home in Seoul"
STATEMENT_DATE = datetime(2017, 12, 1, 9, 0, 0)

STATEMENT_PARAGRAPHS = [
    "Morning Star Mission · Press statement · Seoul, 1 December 2017",
    "The Morning Star Mission is overjoyed to announce that Rev. Park Jin-ho has been released "
    "from prison in China and has returned to Seoul.",
    "Rev. Park was freed on 14 November 2017 after two years in prison in Liaoning province. "
    "Chinese police detained him in Dandong in November 2015, and a court there sentenced him in "
    'June 2016 to two years for "organising illegal border crossings". The months he spent in '
    "detention before the trial were counted towards the sentence. After his release he was "
    "deported and landed at Incheon airport two days later.",
    'His wife, Lee So-yeon, was waiting at the arrivals gate. "For two years I prayed every night '
    'that I would see this door open," she said. "He has lost weight and he is tired, but his '
    'spirit is not broken."',
    "Rev. Park has asked us to thank everyone who wrote letters, signed petitions and gave money "
    "for his defence. The mission spent around 30,000 euros on legal fees during the case, almost "
    "all of it raised through small gifts from churches in Korea and Europe.",
    "The Chinese court documents registered him as Pak Jin-ho, the spelling used in his old "
    "passport, which delayed the first consular visit by several weeks.",
    "According to Lee So-yeon, Rev. Park told staff at a small gathering on the evening of his "
    'return: "The work does not stop. There are still people hiding in the cold who need us." '
    "He will rest with his family before taking up his duties again in the new year.",
    "The Morning Star Mission is a Seoul-based Christian organisation that provides food, "
    "shelter and safe passage to North Koreans who have fled their country.",
    "Media enquiries: press@morning-star-mission.example.org",
    NOTICE,
]


def _normalise_zip(data: bytes, date_time: tuple[int, int, int, int, int, int]) -> bytes:
    """Rewrite a zip archive with fixed member timestamps so the bytes are reproducible."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=date_time)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 0
            dst.writestr(info, src.read(item.filename))
    return out.getvalue()


def build_docx() -> Path:
    from docx import Document

    doc = Document()
    props = doc.core_properties
    props.title = STATEMENT_TITLE
    props.author = "Morning Star Mission"
    props.last_modified_by = "Morning Star Mission"
    props.subject = "Press statement"
    props.language = "en"
    props.comments = NOTICE
    props.keywords = ""
    props.category = ""
    props.revision = 1
    props.created = STATEMENT_DATE
    props.modified = STATEMENT_DATE
    props.last_printed = STATEMENT_DATE

    doc.add_heading(STATEMENT_TITLE, level=1)
    for text in STATEMENT_PARAGRAPHS:
        doc.add_paragraph(text)

    buf = io.BytesIO()
    doc.save(buf)
    path = CORPUS / "morning-star-statement-2017.docx"
    path.write_bytes(_normalise_zip(buf.getvalue(), (2017, 12, 1, 9, 0, 0)))
    return path


# ---------------------------------------------------------------------------
# Case 3: Northern Light Human Rights Centre report, 2019-03-15, English, PDF
# ---------------------------------------------------------------------------

REPORT_TITLE = "Arbitrary detention of Choi Min-su in Kyohwaso No. 12 (Jongori)"
REPORT_DATE = datetime(2019, 3, 15, 9, 0, 0, tzinfo=UTC)

# (kind, text): kind is "h" for a section heading, "p" for a paragraph.
REPORT_BLOCKS = [
    ("p", "Northern Light Human Rights Centre - Case report NL-2019-07 - Published 15 March 2019"),
    ("h", "Summary"),
    (
        "p",
        "Choi Min-su, a young man from Chongjin, North Hamgyong province, was arrested by the "
        "Ministry of State Security in May 2016, when he was 19 years old, for watching South Korean "
        "television dramas. He was sentenced to five years of reform through labour and is held in "
        "Kyohwaso No. 12 at Jongori, Hoeryong.",
    ),
    ("h", "Source"),
    (
        "p",
        "This report is based on interviews held in Seoul in January and February 2019 with his "
        "older sister, Choi Eun-ha, who left North Korea in 2018. The Centre has not yet been able to "
        "speak with any other witness.",
    ),
    ("h", "Testimony"),
    (
        "p",
        "Choi Eun-ha says that agents of the State Security came to the family's flat one evening "
        "in May 2016 and took her brother away, together with a USB stick holding several South "
        'Korean dramas. "He was nineteen and he cried like a child when they pulled him out of the '
        'door," she recalls. "They told our mother he had been spreading poison."',
    ),
    (
        "p",
        "The family was never told of a trial. Months later an official informed them that he had "
        "been sentenced to five years. In 2017 the family paid a bribe of 3,000 US dollars to a guard "
        'so that their mother could visit him in Jongori. "My mother said he had become so thin '
        'that she did not recognise him at first," Choi Eun-ha says.',
    ),
    ("h", "Requests"),
    (
        "p",
        "The Northern Light Human Rights Centre calls on the authorities of the Democratic "
        "People's Republic of Korea to release Choi Min-su immediately, to disclose his state of "
        "health and to allow his family regular visits. Watching foreign films is not a crime under "
        "international law.",
    ),
    ("p", NOTICE_ASCII),
]


def build_pdf() -> Path:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_creation_date(REPORT_DATE)
    pdf.set_title(REPORT_TITLE)
    pdf.set_author("Northern Light Human Rights Centre")
    pdf.set_subject("NGO case report NL-2019-07")
    pdf.set_creator("tumen examples/build_binaries.py")
    pdf.set_lang("en")
    pdf.set_margins(20, 20, 20)
    pdf.add_page()

    pdf.set_font("Helvetica", "B", 16)
    pdf.multi_cell(0, 8, REPORT_TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for kind, text in REPORT_BLOCKS:
        if kind == "h":
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 12)
            pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("Helvetica", "", 11)
            pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)

    path = CORPUS / "northern-light-choi-2019.pdf"
    pdf.output(str(path))
    return path


def main() -> None:
    CORPUS.mkdir(parents=True, exist_ok=True)
    for build in (build_hanbit, build_docx, build_pdf):
        print(build())


if __name__ == "__main__":
    main()
