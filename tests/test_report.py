"""``ttcorpus report``: one self-contained HTML page, checked as text, as parsed
HTML, and (when Chromium is installed) in a real headless browser."""

from __future__ import annotations

import html.parser
import os
import pathlib
import re
import shutil
import stat
import subprocess
from typing import Any

import pytest

from ttcorpus.pipeline import process_record
from ttcorpus.report import (
    build_report,
    highlighted_html,
    published_date,
    timeline_buckets,
    write_report,
)
from ttcorpus.show import ENTITY_FIELDS

SEEDS = pathlib.Path(__file__).resolve().parent.parent / "seeds"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
VOID = {"meta", "br", "hr", "img", "input", "link", "wbr", "col", "source", "area", "base"}
SVG_LEAVES = {"line", "rect"}  # written with a closing tag or self-closed: both fine


def article(id_: str, text: str, *, published: str | None = None, title: str | None = None,
            **mentions: list[dict[str, Any]]) -> dict[str, Any]:
    """A made-up extract record; each mention's ``text`` is taken from ``text``."""
    record: dict[str, Any] = {"id": id_, "source": f"made-up/{id_}.txt", "title": title,
                              "published": published, "authors": [], "text": text,
                              "removed": [], **{n: [] for n in ENTITY_FIELDS}}
    for name, items in mentions.items():
        record[name] = [{**m, "text": text[m["start"]:m["end"]]} for m in items]
    return record


DIRECTIVE = {"type": "Chỉ thị", "number": "05", "code": "CT/TW", "id": "05-CT/TW",
             "issuer": "Bộ Chính trị", "date": "2016-05-15", "term": "XII", "scope": "national"}

HOSTILE = article(
    'x"><img src=x onerror=alert(1)>',
    "Ngày 3/2/2020, <b>Bộ Tư pháp</b> & Sở \"Nội vụ\" nhận Chỉ thị số 05-CT/TW </p>.",
    published="2020-02-03",
    title="<script>alert('title')</script>",
    dates=[{"start": 0, "end": 13, "value": "2020-02-03\"><script>alert(2)</script>"}],
    agencies=[{"start": 15, "end": 32, "name": "<b>Bộ Tư pháp</b>",
               "canonical": "Bộ Tư pháp</span><script>alert(3)</script>"}],
    doc_refs=[{"start": 52, "end": 71, **DIRECTIVE, "issuer": "'><svg onload=alert(4)>"}],
)
HOSTILE["removed"] = [{"line": 1, "text": "</details><script>alert(5)</script>",
                       "kind": "<i>share</i>"}]
HOSTILE["authors"] = ["<u>Minh</u>"]


class StrictParser(html.parser.HTMLParser):
    """Collects tags and checks that every element is closed in order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.errors: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:]}")
        else:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(page: str) -> StrictParser:
    parser = StrictParser()
    parser.feed(page)
    parser.close()
    assert parser.errors == [] and parser.stack == []
    return parser


@pytest.fixture(scope="module")
def seed_records() -> list[dict[str, Any]]:
    return [process_record({"id": p.stem, "text": p.read_text(encoding="utf-8")})
            for p in sorted(SEEDS.glob("*.txt"))]


# ---------------------------------------------------------------- self-contained, escaped


def assert_self_contained(page: str) -> None:
    parsed = parse(page)
    for tag, attrs in parsed.tags:
        assert "src" not in attrs, tag
        if tag == "a":
            assert (attrs.get("href") or "").startswith("#"), attrs
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        assert tag not in {"link", "iframe", "object", "embed", "img", "base"}, tag
    assert "url(" not in page and "@import" not in page
    assert "Content-Security-Policy" in page and "default-src 'none'" in page


def test_seed_report(seed_records: list[dict[str, Any]]) -> None:
    page = build_report(seed_records, title="Seeds")
    assert_self_contained(page)
    parsed = parse(page)
    # every mention is highlighted, in its own class, with its value on hover
    spans = [a for t, a in parsed.tags if t == "span" and "ent" in (a.get("class") or "")]
    total = sum(len(r[n]) for r in seed_records for n in ENTITY_FIELDS)
    assert len(spans) >= total > 0
    for name in ENTITY_FIELDS:
        assert any(a["class"] == f"ent ent-{name}" and a.get("title") for a in spans), name
    # the citation index has one row per cited document, linked to citing articles
    for record in seed_records:
        for ref in record["doc_refs"]:
            if ref["id"] and ref["scope"] == "national":
                assert f">{ref['id']}</td>" in page
    assert '<table id="citation-index" class="sortable">' in page
    assert page.count('<article id="art-') == len(seed_records)
    assert page.count('<details class="removed">') == sum(
        1 for r in seed_records if r["removed"])
    # the timeline places the dated articles
    dated = sum(1 for r in seed_records if r["published"])
    assert page.count('<rect class="bar"') >= 1
    assert f"{len(seed_records) - dated} articles without a published date" in page


def test_hostile_strings_are_escaped() -> None:
    page = build_report([HOSTILE], title="<script>alert('t')</script>",
                        extra_sections=[("<b>Lineage</b>", "<p id='lin'>tree</p>")])
    assert_self_contained(page)
    assert page.count("<script") == 1              # ours, at the end
    assert "<img" not in page and "<svg onload" not in page and "<b>Bộ" not in page
    assert "&lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt;" in page
    assert ">&lt;b&gt;Bộ Tư pháp&lt;/b&gt;</span> &amp; Sở &quot;Nội vụ&quot;" in page
    assert "\nissuer: &#x27;&gt;&lt;svg onload=alert(4)&gt;\n" in page
    assert "&lt;/details&gt;&lt;script&gt;alert(5)" in page
    assert "&lt;b&gt;Lineage&lt;/b&gt;" in page    # heading escaped, html kept
    assert "<p id='lin'>tree</p>" in page
    text = "".join(parse(page).text)
    assert "<script>alert('title')</script>" in text   # shown to the reader as written


def test_extra_sections_sit_after_the_citation_index() -> None:
    page = build_report([HOSTILE], extra_sections=[("Lineage", "<p>cây</p>"), ("B", "")])
    order = [page.index(m) for m in ('id="citations"', 'id="extra-1"', 'id="extra-2"',
                                     'id="articles"')]
    assert order == sorted(order)
    assert '<a href="#extra-1">Lineage</a>' in page


def test_empty_corpus() -> None:
    page = build_report([])
    assert_self_contained(page)
    for needed in ("<title>ttcorpus report</title>", "No article states a published date.",
                   "No document references.", "The corpus is empty."):
        assert needed in page


def test_one_article_without_date() -> None:
    text = "Bộ Y tế ban hành Thông tư số 12/2021/TT-BYT."
    record = article("a1", text, agencies=[{"start": 0, "end": 7, "name": "Bộ Y tế",
                                            "canonical": "Bộ Y tế"}],
                     doc_refs=[{"start": 17, "end": 43, "type": "Thông tư", "number": "12",
                                "id": "12/2021/TT-BYT", "scope": "national"}])
    mixed: list[Any] = [record, "not a record", None]
    page = build_report(mixed)
    assert_self_contained(page)
    assert "1 article without a published date precise enough to place." in page
    assert "No article states a published date." in page
    assert '<a href="#art-1">a1</a>' in page                    # cited in → the article
    assert page.count('<article id="art-') == 1
    assert "(no title)" in page
    assert "mentions</dt><dd>0 dates, 0 people, 1 agency, 1 document</dd>" in page


def test_articles_without_any_date_and_odd_fields() -> None:
    records = [article("u1", "Không có ngày.", published="hôm qua"),
               {"id": "u2", "text": None, "dates": "x", "removed": [None, {"line": "?"}]},
               {"id": 3, "title": 42, "text": "a\x00b\ud800"}]
    page = build_report(records)
    assert_self_contained(page)
    assert "\x00" not in page and "\ud800" not in page
    assert "3 articles without a published date" in page


@pytest.mark.parametrize(("records", "buckets", "unplaced"), [
    ([], [], 0),
    ([{"published": None}, {"published": "hôm qua"}], [], 2),
    ([{"published": "2024-03-05T10:00"}], [((2024, 3, 5), 1)], 0),
    ([{"published": "2024-03-05"}, {"published": "2024-03-07"}, {"published": "2024-03-07"}],
     [((2024, 3, 5), 1), ((2024, 3, 6), 0), ((2024, 3, 7), 2)], 0),
    ([{"published": "2023-11-30"}, {"published": "2024-02"}, {"published": "2024"}],
     [((2023, 11), 1), ((2023, 12), 0), ((2024, 1), 0), ((2024, 2), 1)], 1),
    ([{"published": "1990"}, {"published": "2025-06-01"}],
     [((y,), int(y in (1990, 2025))) for y in range(1990, 2026)], 0),
    ([{"published": "2024"}, {"published": "2024-05-01"}], [((2024, 5), 1)], 1),
])
def test_timeline_buckets(records: list[dict], buckets: list, unplaced: int) -> None:
    assert timeline_buckets(records) == (buckets, unplaced)


def test_timeline_of_a_huge_span_stays_small() -> None:
    buckets, unplaced = timeline_buckets([{"published": "0001-01-01"}, {"published": "9999"}])
    assert 2 <= len(buckets) <= 200 and sum(n for _, n in buckets) == 2 and unplaced == 0


@pytest.mark.parametrize(("value", "expected"), [
    ("2017-02-20T19:09", (2017, 2, 20)), ("2019-07", (2019, 7, None)), ("2019", (2019, None, None)),
    ("2019-13", None), ("2019-02-29", None), ("0000-01-01", None), ("20/2/2017", None),
    (None, None), (20170220, None),
])
def test_published_date(value: Any, expected: tuple | None) -> None:
    assert published_date(value) == expected


def test_overlapping_highlights_keep_every_value() -> None:
    text = "Chỉ thị của Ban Bí thư"
    record = article("o", text, doc_refs=[{"start": 0, "end": 22, "id": "09-CT/TW"}],
                     agencies=[{"start": 12, "end": 22, "name": "Ban Bí thư",
                                "canonical": "Ban Bí thư Trung ương Đảng"}])
    out = highlighted_html(record)
    assert out == ('<p><span class="ent ent-doc_refs" title="document: 09-CT/TW">Chỉ thị của '
                   '</span><span class="ent ent-agencies" title="agency: Ban Bí thư\ncanonical: '
                   'Ban Bí thư Trung ương Đảng\ndocument: 09-CT/TW">Ban Bí thư</span></p>')


def test_write_report_is_atomic_and_readable(tmp_path: pathlib.Path) -> None:
    target = tmp_path / "sub" / "report.html"
    assert write_report([HOSTILE], target, title="T") == 1
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert stat.S_IMODE(target.stat().st_mode) & 0o044       # not a private temp file
    assert [p.name for p in target.parent.iterdir()] == ["report.html"]


def test_report_is_deterministic(seed_records: list[dict[str, Any]]) -> None:
    assert build_report(seed_records) == build_report(iter(seed_records))


# ---------------------------------------------------------------- in a real browser

# Runs after the report's own script: records what a reader would see, so that
# --dump-dom can report it. It logs nothing; any console message is a failure.
PROBE = """<script>
(function () {
  var root = document.documentElement, table = document.getElementById("citation-index");
  var spans = document.querySelectorAll(".body span.ent");
  var coloured = Array.prototype.filter.call(spans, function (s) {
    var bg = getComputedStyle(s).backgroundColor;
    return bg && bg !== "rgba(0, 0, 0, 0)" && bg !== "transparent";
  });
  root.setAttribute("data-probe-spans", spans.length + "/" + coloured.length);
  root.setAttribute("data-probe-rows", table ? table.tBodies[0].rows.length : -1);
  var th = table.tHead.rows[0].cells[6];                      // "articles"
  th.click();                                                 // → ascending
  root.setAttribute("data-probe-asc", table.tBodies[0].rows[0].cells[6].textContent);
  th.click();                                                 // → descending
  root.setAttribute("data-probe-desc", table.tBodies[0].rows[0].cells[6].textContent);
  root.setAttribute("data-probe-sort", th.getAttribute("aria-sort"));
  var details = document.querySelector("details.removed");
  root.setAttribute("data-probe-details", details && !details.open ? "closed" : "open");
  var svg = document.querySelector("svg.timeline");
  root.setAttribute("data-probe-svg", svg ? Math.round(svg.getBoundingClientRect().width) : 0);
})();
</script>"""
GUARD = """<script>
document.documentElement.setAttribute("data-probe-errors", "0");
function probeError(what) {
  var root = document.documentElement;
  var count = Number(root.getAttribute("data-probe-errors")) + 1;
  root.setAttribute("data-probe-errors", String(count));
  root.setAttribute("data-probe-last-error", what);
}
window.addEventListener("error", function (e) { probeError(e.message || "resource"); }, true);
document.addEventListener("securitypolicyviolation", function (e) { probeError(e.blockedURI); });
</script>"""


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
def test_report_in_headless_chromium(tmp_path: pathlib.Path,
                                     seed_records: list[dict[str, Any]]) -> None:
    assert CHROMIUM is not None
    page = build_report([*seed_records, HOSTILE], title="Báo cáo <thử>")
    page = page.replace('<meta charset="utf-8">', '<meta charset="utf-8">' + GUARD, 1)
    page = page.replace("</body>", PROBE + "</body>", 1)
    # the probes are inline scripts, allowed by the page's own policy
    path = tmp_path / "report.html"
    path.write_text(page, encoding="utf-8")
    profile = tmp_path / "profile"
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           "--no-first-run", "--no-default-browser-check", f"--user-data-dir={profile}",
           "--enable-logging=stderr", "--v=0", "--window-size=1280,2000",
           "--dump-dom", path.as_uri()]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120,
                          env={**os.environ, "LANG": "C.UTF-8"}, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    console = [line for line in done.stderr.splitlines() if "CONSOLE" in line]
    assert console == []                      # no error, warning or log from the page
    dom = done.stdout
    probe = dict(re.findall(r'data-probe-([a-z-]+)="([^"]*)"', dom.split(">", 2)[1]))
    assert probe["errors"] == "0", probe
    n_refs = len({r["id"] for rec in [*seed_records, HOSTILE] for r in rec["doc_refs"]
                  if r["id"]})
    assert int(probe["rows"]) >= n_refs - 1 > 0
    total, coloured = map(int, probe["spans"].split("/"))
    assert total == coloured > 0              # every highlight has its colour
    assert int(probe["asc"]) <= int(probe["desc"]) and probe["sort"] == "descending"
    assert probe["details"] == "closed" and int(probe["svg"]) > 500
    assert 'data-ready="1"' in dom            # the report's script ran to its end
    assert dom.count('class="sortable js-sortable"') == 2
    assert "&lt;script&gt;alert('title')&lt;/script&gt;" in dom
    assert "<title>Báo cáo &lt;thử&gt;</title>" in dom
