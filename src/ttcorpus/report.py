"""A corpus as one self-contained HTML page: ``ttcorpus report``.

The page needs no network and loads nothing: CSS and JavaScript are inline, the
timeline is inline SVG, and a Content-Security-Policy forbids any fetch. Sections:
a summary (articles, date range, top cited documents, agencies and people), a
timeline of articles by published date, the citation index as a sortable table,
any ``extra_sections`` (e.g. the lineage of a directive), then every article with
its entities highlighted (hover shows the normalised value) and its removed lines
in a collapsible ``<details>``. Every string from the records is HTML-escaped.

>>> page = build_report([{"id": "a1", "title": "<b>Hội nghị</b>", "published": "2024-03-05",
...                       "text": "Thực hiện Chỉ thị số 09-CT/TW.", "doc_refs": [
...                       {"text": "Chỉ thị số 09-CT/TW", "start": 10, "end": 29,
...                        "type": "Chỉ thị", "number": "09", "id": "09-CT/TW",
...                        "scope": "national"}]}])
>>> "&lt;b&gt;Hội nghị&lt;/b&gt;" in page and "<b>Hội nghị" not in page
True
>>> '<span class="ent ent-doc_refs" title="document: Chỉ thị 09-CT/TW">' in page
True
"""

from __future__ import annotations

import collections
import datetime as dt
import html
import os
import pathlib
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import regex

from ttcorpus import __version__
from ttcorpus.corpus import AgencyRow, PersonRow, RefRow, agencies_index, people_index, refs_index
from ttcorpus.show import (
    ENTITY_FIELDS,
    ENTITY_LABELS,
    highlight_segments,
    mention_details,
    printable,
    record_mentions,
    relation_lines,
    removed_items,
)

TOP_N = 10  # rows in each "top" table of the summary
# Timeline granularity: days while the dated span fits in this many days, months
# while it fits in this many months, else years.
TIMELINE_MAX_DAYS = 62
TIMELINE_MAX_MONTHS = 240
TIMELINE_MAX_YEARS = 200  # bars; a longer span gets several years a bar
SVG_WIDTH, SVG_HEIGHT, SVG_MARGIN, SVG_MAX_BAR = 960, 180, 36, 40
_ISO_DATE = regex.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def esc(value: Any) -> str:
    """Text (or any value) escaped for HTML content and quoted attributes.

    >>> esc('<script>alert("x")</script>')
    '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'
    >>> esc(None), esc(3), esc("a\\x00b")
    ('', '3', 'a�b')
    """
    if value is None:
        return ""
    return html.escape(printable(str(value)), quote=True)


# --------------------------------------------------------------------------- data


def _text(value: Any) -> str:
    """A field as plain text: "" for None, lists joined by ", "."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(_text(v) for v in value if v is not None)
    return str(value)


def _mentions(record: Mapping[str, Any], name: str) -> list[Mapping[str, Any]]:
    """The dict mentions of one entity field (anything else is skipped)."""
    items = record.get(name)
    return [m for m in items if isinstance(m, Mapping)] if isinstance(items, list) else []


def published_date(value: Any) -> tuple[int, int | None, int | None] | None:
    """A ``published`` value as (year, month or None, day or None); None when it is
    missing or not an ISO date.

    >>> published_date("2017-02-20T19:09"), published_date("2019-07"), published_date("hôm qua")
    ((2017, 2, 20), (2019, 7, None), None)
    >>> published_date("2019-00-10"), published_date("0000"), published_date("2019-02-30")
    (None, None, None)
    """
    if not isinstance(value, str):
        return None
    m = _ISO_DATE.match(value)
    if not m:
        return None
    year = int(m[1])
    month = int(m[2]) if m[2] else None
    day = int(m[3]) if m[3] else None
    try:
        dt.date(year, 1 if month is None else month, 1 if day is None else day)
    except ValueError:
        return None
    return year, month, day


# --------------------------------------------------------------------------- html pieces


def _table(headers: Sequence[str], rows: Iterable[Sequence[str]], *, table_id: str = "",
           css_class: str = "", sorted_by: tuple[int, str] | None = None) -> str:
    """A table; ``headers`` are plain text (escaped here), row cells are HTML
    (``<td>`` included, so a cell can carry ``data-sort``)."""
    head = []
    for i, h in enumerate(headers):
        sort = f' aria-sort="{sorted_by[1]}"' if sorted_by and sorted_by[0] == i else ""
        head.append(f"<th scope=\"col\"{sort}>{esc(h)}</th>")
    body = "\n".join(f"<tr>{''.join(cells)}</tr>" for cells in rows)
    attrs = (f' id="{esc(table_id)}"' if table_id else "") + (
        f' class="{esc(css_class)}"' if css_class else "")
    return (f"<table{attrs}><thead><tr>{''.join(head)}</tr></thead>\n"
            f"<tbody>\n{body}\n</tbody></table>")


def _td(content: str, sort: str | int | None = None, css: str = "") -> str:
    """A cell of already-escaped HTML, with an optional sort key."""
    attrs = f' data-sort="{esc(sort)}"' if sort is not None else ""
    attrs += f' class="{css}"' if css else ""
    return f"<td{attrs}>{content}</td>"


@dataclass(frozen=True, slots=True)
class CorpusIndexes:
    """The corpus indexes the report shows (``ttcorpus.corpus``), and where each
    article id first appears in the report (for links)."""

    refs: list[RefRow]
    agencies: list[AgencyRow]
    people: list[PersonRow]
    positions: dict[str, int]

    @classmethod
    def of(cls, records: Sequence[Mapping[str, Any]]) -> CorpusIndexes:
        positions: dict[str, int] = {}
        for pos, record in enumerate(records):
            positions.setdefault(str(record.get("id")), pos)
        return cls(refs_index(records), agencies_index(records), people_index(records),
                   positions)

    def article_link(self, article_id: str) -> str:
        """A link to the article's section (plain text if it is not in the report)."""
        pos = self.positions.get(article_id)
        if pos is None:
            return esc(article_id)
        return f'<a href="#art-{pos + 1}">{esc(article_id)}</a>'


def _date_range(records: Sequence[Mapping[str, Any]]) -> tuple[str, str] | None:
    dates = sorted(str(r["published"]) for r in records if published_date(r.get("published")))
    return (dates[0], dates[-1]) if dates else None


ENTITY_PLURALS = {"dates": "dates", "people": "people", "agencies": "agencies",
                  "doc_refs": "documents"}


def _mention_count(n: int, field_name: str) -> str:
    """``1 person``, ``2 people``, ``0 agencies``."""
    return f"{n} {ENTITY_LABELS[field_name] if n == 1 else ENTITY_PLURALS[field_name]}"


def _plural(n: int, noun: str) -> str:
    """``1 article``, ``2 articles``."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _top_table(header: str, rows: Sequence[tuple[str, str, int]]) -> str:
    """A small two-column table: name (HTML) with a muted note, and an article count."""
    if not rows:
        return '<p class="muted">None.</p>'
    return _table([header, "articles"],
                  ([_td(name + (f' <span class="muted">{esc(note)}</span>' if note else "")),
                    _td(str(count), css="num")] for name, note, count in rows),
                  css_class="top")


def summary_section(records: Sequence[Mapping[str, Any]], idx: CorpusIndexes) -> str:
    """Counts, date range, and the top documents, agencies and people."""
    dated = sum(1 for r in records if published_date(r.get("published")))
    span = _date_range(records)
    mentions = {name: sum(len(_mentions(r, name)) for r in records) for name in ENTITY_FIELDS}
    stats = [
        ("articles", str(len(records))),
        ("with a published date", str(dated)),
        ("date range", f"{span[0][:10]} – {span[1][:10]}" if span else "—"),
        ("cited documents", str(len(idx.refs))),
        *((f"{ENTITY_LABELS[n]} mentions", str(c)) for n, c in mentions.items()),
        ("removed lines", str(sum(len(removed_items(r)) for r in records))),
    ]
    dl = "".join(f"<div><dt>{esc(k)}</dt><dd>{esc(v)}</dd></div>" for k, v in stats)
    top_docs = _top_table("document", [
        (f'<a href="#cite-{i + 1}">{esc(r.key)}</a>', r.type or "", r.articles)
        for i, r in enumerate(idx.refs[:TOP_N])])
    top_agencies = _top_table("agency", [(esc(r.canonical), "", r.articles)
                                         for r in idx.agencies[:TOP_N]])
    top_people = _top_table("person", [
        (esc(r.name), r.titles[0].title if r.titles else "", r.articles)
        for r in idx.people[:TOP_N]])
    return (f'<section id="summary"><h2>Summary</h2><dl class="stats">{dl}</dl>'
            f'<div class="tops"><div><h3>Top cited documents</h3>{top_docs}</div>'
            f"<div><h3>Top agencies</h3>{top_agencies}</div>"
            f"<div><h3>Top people</h3>{top_people}</div></div></section>")


def _bucket_label(bucket: tuple[int, ...]) -> str:
    return "-".join(f"{v:04d}" if i == 0 else f"{v:02d}" for i, v in enumerate(bucket))


def timeline_buckets(records: Sequence[Mapping[str, Any]]
                     ) -> tuple[list[tuple[tuple[int, ...], int]], int]:
    """Articles per day, month or year over the whole dated span (empty buckets
    included), the finest granularity that keeps the chart readable (over
    ``TIMELINE_MAX_YEARS`` years, one bar covers several years and is labelled by
    its first); and how many
    articles could not be placed (no date, or less precise than the buckets).

    >>> buckets, unplaced = timeline_buckets([{"published": "2019-07-24"},
    ...     {"published": "2019-09-01T10:00"}, {"published": None}, {"published": "2019"}])
    >>> [(b, n) for b, n in buckets], unplaced
    ([((2019, 7), 1), ((2019, 8), 0), ((2019, 9), 1)], 2)
    """
    dates = [d for d in (published_date(r.get("published")) for r in records) if d]
    undated = len(records) - len(dates)
    if not dates:
        return [], undated
    days = [dt.date(y, m, d) for y, m, d in dates if m and d]
    months = [(y, m) for y, m, _ in dates if m]
    if len(days) == len(dates) and (max(days) - min(days)).days < TIMELINE_MAX_DAYS:
        counts = collections.Counter((d.year, d.month, d.day) for d in days)
        lo, hi = min(days), max(days)
        keys = [((lo + dt.timedelta(n)).year, (lo + dt.timedelta(n)).month,
                 (lo + dt.timedelta(n)).day) for n in range((hi - lo).days + 1)]
        return [(k, counts[k]) for k in keys], undated
    years = [y for y, _, _ in dates]
    if months and (max(years) - min(years)) * 12 < TIMELINE_MAX_MONTHS:
        mcounts = collections.Counter(months)
        (y0, m0), (y1, m1) = min(months), max(months)
        mkeys = [(y, m) for y in range(y0, y1 + 1) for m in range(1, 13)
                 if (y0, m0) <= (y, m) <= (y1, m1)]
        return [(k, mcounts[k]) for k in mkeys], undated + len(dates) - len(months)
    step = -(-(max(years) - min(years) + 1) // TIMELINE_MAX_YEARS)  # ceil: years a bar
    first = min(years) - min(years) % step
    ycounts = collections.Counter(y - y % step for y in years)
    return [((y,), ycounts[y]) for y in range(first, max(years) + 1, step)], undated


def timeline_svg(buckets: Sequence[tuple[tuple[int, ...], int]]) -> str:
    """A bar chart of the buckets as inline SVG, each bar with a ``<title>`` tooltip."""
    plot_w, plot_h = SVG_WIDTH - 2 * SVG_MARGIN, SVG_HEIGHT - 2 * SVG_MARGIN
    top = max((n for _, n in buckets), default=0) or 1
    step = plot_w / max(len(buckets), 1)
    bar_w = min(max(step * 0.8, 1.0), SVG_MAX_BAR)
    label_every = max(1, round(len(buckets) / 12))
    parts = [
        f'<svg class="timeline" viewBox="0 0 {SVG_WIDTH} {SVG_HEIGHT}" role="img" '
        f'aria-label="Articles by published date" xmlns="http://www.w3.org/2000/svg">',
        f'<line class="axis" x1="{SVG_MARGIN}" y1="{SVG_MARGIN + plot_h}" '
        f'x2="{SVG_MARGIN + plot_w}" y2="{SVG_MARGIN + plot_h}"/>',
        f'<text class="tick" x="{SVG_MARGIN - 6}" y="{SVG_MARGIN + 4}" '
        f'text-anchor="end">{top}</text>',
        f'<text class="tick" x="{SVG_MARGIN - 6}" y="{SVG_MARGIN + plot_h}" '
        f'text-anchor="end">0</text>',
    ]
    for i, (bucket, n) in enumerate(buckets):
        label = _bucket_label(bucket)
        x = SVG_MARGIN + i * step + (step - bar_w) / 2
        h = plot_h * n / top
        parts.append(
            f'<rect class="bar" x="{x:.1f}" y="{SVG_MARGIN + plot_h - h:.1f}" '
            f'width="{bar_w:.1f}" height="{h:.1f}"><title>{esc(label)}: '
            f'{_plural(n, "article")}</title></rect>')
        last = i == len(buckets) - 1
        if (i % label_every == 0 and len(buckets) - 1 - i >= label_every / 2 + 1) or last:
            parts.append(
                f'<text class="tick" x="{x + bar_w / 2:.1f}" y="{SVG_MARGIN + plot_h + 16}" '
                f'text-anchor="middle">{esc(label)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def timeline_section(records: Sequence[Mapping[str, Any]]) -> str:
    buckets, unplaced = timeline_buckets(records)
    note = (f'<p class="muted">{_plural(unplaced, "article")} without a published date '
            f"precise enough to place.</p>" if unplaced else "")
    chart = timeline_svg(buckets) if buckets else (
        '<p class="muted">No article states a published date.</p>')
    return f'<section id="timeline"><h2>Timeline</h2>{chart}{note}</section>'


def citation_section(idx: CorpusIndexes) -> str:
    """The citation index (``ttcorpus.corpus.refs_index``) as a sortable table."""
    if not idx.refs:
        return ('<section id="citations"><h2>Citation index</h2>'
                '<p class="muted">No document references.</p></section>')
    rows = []
    for i, r in enumerate(idx.refs):
        links = ", ".join(idx.article_link(a) for a in r.article_ids)
        rows.append([
            f'<td id="cite-{i + 1}" data-sort="{esc(r.key)}">{esc(r.key)}</td>',
            _td(esc(r.type)), _td(esc(r.issuer)),
            _td(esc(r.date), sort=r.date or "", css="date"), _td(esc(r.term)),
            _td(esc(r.scope)),
            _td(str(r.articles), sort=r.articles, css="num"),
            _td(str(r.mentions), sort=r.mentions, css="num"),
            _td(esc(r.first), sort=r.first or "", css="date"),
            _td(esc(r.last), sort=r.last or "", css="date"),
            _td(links, sort=r.articles, css="cites"),
        ])
    table = _table(["document", "type", "issuer", "date", "term", "scope", "articles",
                    "mentions", "first article", "last article", "cited in"], rows,
                   table_id="citation-index", css_class="sortable", sorted_by=(6, "descending"))
    return (f'<section id="citations"><h2>Citation index</h2><p class="muted">'
            f"{_plural(len(idx.refs), 'document')}; short forms resolved across the corpus "
            f"where one full form fits. Click a column header to sort.</p>"
            f'<div class="scroll">{table}</div></section>')


def highlighted_html(record: Mapping[str, Any]) -> str:
    """The body as paragraphs, each mention in a ``<span class="ent ent-FIELD">``
    whose ``title`` lists the normalised values of every mention covering it.

    >>> highlighted_html({"text": "Sáng 12/4\\nHết", "dates": [
    ...     {"text": "Sáng 12/4", "start": 0, "end": 9, "value": "--04-12"}]})
    '<p><span class="ent ent-dates" title="date: --04-12">Sáng 12/4</span></p>\\n<p>Hết</p>'
    """
    text = record.get("text")
    text = text if isinstance(text, str) else ""
    paragraphs: list[str] = []
    current: list[str] = []
    for seg in highlight_segments(text, record_mentions(record)):
        piece = text[seg.start:seg.end]
        if piece == "\n":
            paragraphs.append("".join(current))
            current = []
        elif seg.mentions:
            tip = "\n".join("\n".join(f"{k}: {v}" for k, v in mention_details(m)) or
                            ENTITY_LABELS[m.field] for m in seg.mentions)
            current.append(f'<span class="ent ent-{seg.mentions[0].field}" '
                           f'title="{esc(tip)}">{esc(piece)}</span>')
        else:
            current.append(esc(piece))
    paragraphs.append("".join(current))
    return "\n".join(f"<p>{p}</p>" for p in paragraphs if p)


def _article_meta(record: Mapping[str, Any]) -> str:
    pairs = [(name, _text(record.get(name))) for name in
             ("id", "published", "site", "section", "authors", "attribution", "source")]
    counts = ", ".join(_mention_count(len(_mentions(record, n)), n)
                       for n in ENTITY_FIELDS if isinstance(record.get(n), list))
    if counts:
        pairs.append(("mentions", counts))
    return "".join(f"<div><dt>{esc(k)}</dt><dd>{esc(v)}</dd></div>" for k, v in pairs if v)


def article_html(pos: int, record: Mapping[str, Any]) -> str:
    """One article: title, metadata, highlighted body, relations, removed lines."""
    title = _text(record.get("title")) or "(no title)"
    parts = [f'<article id="art-{pos + 1}"><h3><span class="pos">{pos + 1}.</span> '
             f"{esc(title)}</h3>", f'<dl class="meta">{_article_meta(record)}</dl>',
             f'<div class="body">{highlighted_html(record)}</div>']
    relations = relation_lines(record)
    if relations:
        items = "".join(f"<li><b>{esc(s)}</b> <i>{esc(r)}</i> <b>{esc(t)}</b></li>"
                        for s, r, t in relations)
        parts.append(f'<div class="relations"><h4>Document relations</h4><ul>{items}</ul></div>')
    removed = removed_items(record)
    if removed:
        kinds = collections.Counter(kind for _, kind, _ in removed)
        summary = ", ".join(f"{esc(k)} {n}" for k, n in kinds.most_common())
        rows = ([_td(esc(line), css="num"), _td(esc(kind), css="kind"), _td(esc(text))]
                for line, kind, text in removed)
        parts.append(f'<details class="removed"><summary>Removed lines ({len(removed)}): '
                     f"{summary}</summary>{_table(['line', 'kind', 'text'], rows)}</details>")
    parts.append("</article>")
    return "\n".join(parts)


def articles_section(records: Sequence[Mapping[str, Any]]) -> str:
    """A sortable list of the articles, the legend, then each article."""
    if not records:
        return ('<section id="articles"><h2>Articles</h2>'
                '<p class="muted">The corpus is empty.</p></section>')
    rows = ([_td(str(pos + 1), sort=pos + 1, css="num"),
             _td(f'<a href="#art-{pos + 1}">{esc(_text(r.get("title")) or "(no title)")}</a>'),
             _td(esc(_text(r.get("published"))), sort=_text(r.get("published")), css="date"),
             _td(esc(_text(r.get("site")))),
             *(_td(str(len(_mentions(r, n))), sort=len(_mentions(r, n)), css="num")
               for n in ENTITY_FIELDS)]
            for pos, r in enumerate(records))
    table = _table(["#", "title", "published", "site", "dates", "people", "agencies",
                    "documents"], rows, table_id="article-list", css_class="sortable",
                   sorted_by=(0, "ascending"))
    legend = "".join(
        f'<button type="button" class="legend ent ent-{n}" data-toggle="{n}" '
        f'aria-pressed="true">{esc(ENTITY_LABELS[n])}</button>' for n in ENTITY_FIELDS)
    body = "\n".join(article_html(pos, r) for pos, r in enumerate(records))
    return (f'<section id="articles"><h2>Articles</h2><div class="scroll">{table}</div>'
            f'<p class="legend-row">Highlights (click to hide or show; hover a highlight for '
            f"its normalised value): {legend}</p>\n{body}</section>")


def extra_section(number: int, heading: str, content: str) -> str:
    """A section supplied by the caller: the heading is escaped, the HTML is not."""
    return (f'<section id="extra-{number}" class="extra"><h2>{esc(heading)}</h2>'
            f"{content}</section>")


# --------------------------------------------------------------------------- page

CSP = ("default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
       "img-src data:; base-uri 'none'; form-action 'none'")

STYLE = """
:root { --fg: #1f2328; --muted: #656d76; --line: #d0d7de; --bg-alt: #f6f8fa;
  --dates: #dbeafe; --dates-b: #2563eb; --people: #fce7f3; --people-b: #db2777;
  --agencies: #dcfce7; --agencies-b: #16a34a; --doc_refs: #fef3c7; --doc_refs-b: #d97706; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans",
  sans-serif; color: var(--fg); background: #fff; }
header { background: #24292f; color: #fff; padding: 14px 24px; position: sticky; top: 0;
  z-index: 2; display: flex; gap: 24px; align-items: baseline; flex-wrap: wrap; }
header h1 { font-size: 20px; margin: 0; }
header nav a { color: #c9d1d9; margin-right: 14px; text-decoration: none; }
header nav a:hover { color: #fff; text-decoration: underline; }
main { max-width: 1180px; margin: 0 auto; padding: 8px 24px 48px; }
section { margin-top: 28px; }
section, article, td[id] { scroll-margin-top: 64px; }  /* clear of the sticky header */
h2 { font-size: 19px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
h3 { font-size: 16px; margin: 8px 0; }
.muted { color: var(--muted); }
.stats { display: flex; flex-wrap: wrap; gap: 10px; margin: 0; }
.stats div { border: 1px solid var(--line); border-radius: 6px; padding: 6px 12px;
  background: var(--bg-alt); }
.stats dt { font-size: 12px; color: var(--muted); }
.stats dd { margin: 0; font-size: 18px; font-weight: 600; }
.tops { display: grid; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); gap: 18px; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { border-bottom: 1px solid var(--line); padding: 4px 8px; text-align: left;
  vertical-align: top; }
thead th { background: var(--bg-alt); position: sticky; top: 0; }
td.date { white-space: nowrap; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.scroll { max-height: 520px; overflow: auto; border: 1px solid var(--line); border-radius: 6px; }
table.sortable th { cursor: pointer; user-select: none; white-space: nowrap; }
table.sortable th::after { content: " \\2195"; color: var(--muted); font-size: 11px; }
table.sortable th[aria-sort="ascending"]::after { content: " \\25B2"; color: var(--fg); }
table.sortable th[aria-sort="descending"]::after { content: " \\25BC"; color: var(--fg); }
td.cites { min-width: 180px; overflow-wrap: anywhere; }
svg.timeline { width: 100%; height: auto; max-height: 240px; }
svg.timeline .bar { fill: #0969da; }
svg.timeline .bar:hover { fill: #d97706; }
svg.timeline .axis { stroke: var(--muted); }
svg.timeline .tick { font-size: 11px; fill: var(--muted); }
article { border: 1px solid var(--line); border-radius: 8px; padding: 8px 18px 12px;
  margin: 18px 0; }
article h3 .pos { color: var(--muted); font-weight: normal; }
dl.meta { display: flex; flex-wrap: wrap; gap: 4px 18px; margin: 0 0 8px; font-size: 13px; }
dl.meta dt { display: inline; color: var(--muted); }
dl.meta dt::after { content: ": "; }
dl.meta dd { display: inline; margin: 0; }
.body p { margin: 0 0 10px; }
.ent { border-radius: 3px; padding: 0 2px; border-bottom: 2px solid transparent; cursor: help; }
.ent-dates { background: var(--dates); border-bottom-color: var(--dates-b); }
.ent-people { background: var(--people); border-bottom-color: var(--people-b); }
.ent-agencies { background: var(--agencies); border-bottom-color: var(--agencies-b); }
.ent-doc_refs { background: var(--doc_refs); border-bottom-color: var(--doc_refs-b); }
body.hide-dates .body .ent-dates, body.hide-people .body .ent-people,
body.hide-agencies .body .ent-agencies, body.hide-doc_refs .body .ent-doc_refs {
  background: none; border-bottom-color: transparent; }
button.legend { font: inherit; font-size: 13px; cursor: pointer; margin: 0 4px;
  border-top: 0; border-left: 0; border-right: 0; }
button.legend[aria-pressed="false"] { opacity: 0.4; text-decoration: line-through; }
.relations h4 { margin: 6px 0 2px; font-size: 14px; }
.relations ul { margin: 0 0 8px; }
details.removed { color: var(--muted); font-size: 13px; }
details.removed summary { cursor: pointer; }
details.removed td.kind { font-style: italic; white-space: nowrap; }
"""

SCRIPT = """
(function () {
  "use strict";
  var ASCII = /^[\\x00-\\x7f]*$/;
  function key(row, index) {
    var cell = row.cells[index];
    if (!cell) { return ""; }
    var value = cell.getAttribute("data-sort");
    return value !== null ? value : cell.textContent.trim();
  }
  function compare(a, b) {
    if (a !== "" && b !== "" && isFinite(a) && isFinite(b)) { return Number(a) - Number(b); }
    if (ASCII.test(a) && ASCII.test(b)) { return a < b ? -1 : (a > b ? 1 : 0); }
    return a.localeCompare(b, "vi");
  }
  function sortBy(table, th) {
    var index = th.cellIndex;
    var descending = th.getAttribute("aria-sort") === "ascending";
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (r1, r2) {
      var a = key(r1, index), b = key(r2, index);
      if ((a === "") !== (b === "")) { return a === "" ? 1 : -1; }
      var c = compare(a, b);
      return descending ? -c : c;
    });
    Array.prototype.forEach.call(th.parentNode.cells, function (h) {
      h.removeAttribute("aria-sort");
    });
    th.setAttribute("aria-sort", descending ? "descending" : "ascending");
    rows.forEach(function (row) { body.appendChild(row); });
  }
  function makeSortable(table) {
    if (!table.tHead || !table.tBodies.length) { return; }
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
      th.tabIndex = 0;
      th.addEventListener("click", function () { sortBy(table, th); });
      th.addEventListener("keydown", function (event) {
        if (event.key === "Enter" || event.key === " ") {
          event.preventDefault();
          sortBy(table, th);
        }
      });
    });
    table.classList.add("js-sortable");
  }
  function makeToggle(button) {
    button.addEventListener("click", function () {
      var shown = button.getAttribute("aria-pressed") !== "true";
      button.setAttribute("aria-pressed", shown ? "true" : "false");
      document.body.classList.toggle("hide-" + button.getAttribute("data-toggle"), !shown);
    });
  }
  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), makeSortable);
  Array.prototype.forEach.call(document.querySelectorAll("button[data-toggle]"), makeToggle);
  document.documentElement.setAttribute("data-ready", "1");
})();
"""


def _records(records: Iterable[Any]) -> list[Mapping[str, Any]]:
    """The dict records (anything else in a JSONL is skipped)."""
    return [r for r in records if isinstance(r, Mapping)]


def build_report(records: Iterable[Mapping[str, Any]], *, title: str = "ttcorpus report",
                 extra_sections: Sequence[tuple[str, str]] = ()) -> str:
    """The whole report as one HTML string.

    ``extra_sections`` are (heading, html) pairs placed after the citation index;
    their headings are escaped, their HTML is inserted as given (it must be
    self-contained too: no external assets, no inline event handlers).

    >>> page = build_report([], title="Trống")
    >>> "<title>Trống</title>" in page and "The corpus is empty." in page
    True
    """
    recs = _records(records)
    idx = CorpusIndexes.of(recs)
    extras = [extra_section(i + 1, h, c) for i, (h, c) in enumerate(extra_sections)]
    nav_items = [("summary", "Summary"), ("timeline", "Timeline"), ("citations", "Citations"),
                 *((f"extra-{i + 1}", h) for i, (h, _) in enumerate(extra_sections)),
                 ("articles", "Articles")]
    nav = "".join(f'<a href="#{esc(a)}">{esc(label)}</a>' for a, label in nav_items)
    return "\n".join([
        "<!DOCTYPE html>",
        '<html lang="vi">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="generator" content="ttcorpus {esc(__version__)}">',
        f"<title>{esc(title)}</title>",
        f"<style>{STYLE}</style>",
        "</head>",
        "<body>",
        f"<header><h1>{esc(title)}</h1><nav>{nav}</nav></header>",
        "<main>",
        summary_section(recs, idx),
        timeline_section(recs),
        citation_section(idx),
        *extras,
        articles_section(recs),
        "</main>",
        f"<script>{SCRIPT}</script>",
        "</body>",
        "</html>",
        "",
    ])


def write_report(records: Iterable[Mapping[str, Any]], path: str | os.PathLike[str], *,
                 title: str = "ttcorpus report",
                 extra_sections: Sequence[tuple[str, str]] = ()) -> int:
    """Write the report to ``path`` atomically (temporary file, then rename); returns
    the number of articles in it."""
    recs = _records(records)
    page = build_report(recs, title=title, extra_sections=extra_sections)
    target = pathlib.Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(page)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
    except BaseException:
        pathlib.Path(tmp).unlink(missing_ok=True)
        raise
    return len(recs)


def lineage_sections(records: Sequence[Mapping[str, Any]]) -> list[tuple[str, str]]:
    """The lineage tree of the most-cited document that others act on, as an
    extra report section (none when the corpus states no relation)."""
    from ttcorpus.lineage import build_graph, most_cited_root, render_text, tree

    graph = build_graph(records)
    root = most_cited_root(graph)
    if root is None:
        return []
    text = render_text(tree(graph, root))
    return [(f"Lineage of {root}", f'<pre class="lineage">{esc(text)}</pre>')]

