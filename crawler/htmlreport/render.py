"""The report as one static HTML page: inline CSS and SVG, no script, readable from a file."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from html import escape

from . import svg, timeline
from .data import ARTICLE_FIELDS, FIGURE_FIELDS, ReportData

TOP = 12
SERIES = 5
STYLE = """
body{font-family:"Noto Sans CJK SC","WenQuanYi Micro Hei","Microsoft YaHei","PingFang SC",sans-serif;
margin:0 auto;max-width:780px;padding:16px 24px;color:#1f2933;background:#fff}
h1{font-size:22px;margin:8px 0}h2{font-size:18px;border-bottom:1px solid #d5dae0;padding-bottom:4px;
margin-top:28px}h3{font-size:14px;margin:18px 0 6px;color:#3e4c59}
.facts{color:#52606d;font-size:13px}.tiles{display:flex;gap:12px;flex-wrap:wrap;margin:12px 0}
.tile{border:1px solid #d5dae0;border-radius:6px;padding:8px 14px;min-width:110px}
.tile b{display:block;font-size:22px}.tile span{font-size:12px;color:#52606d}
.failed b{color:#c0405f}.ok b{color:#2e9c68}p.none,.note{color:#52606d;font-size:13px}
table{border-collapse:collapse;font-size:12px}td,th{border-bottom:1px solid #e3e6ea;padding:3px 8px;
text-align:left}footer{margin-top:24px}details{font-size:12px;color:#52606d}svg{max-width:100%;height:auto}
"""


def _top(counter: Counter[str], n: int = TOP) -> list[tuple[str, float]]:
    """The n largest, then one bar for the rest."""
    ranked = counter.most_common()
    items: list[tuple[str, float]] = list(ranked[:n])
    if rest := ranked[n:]:
        items.append((f"other ({len(rest)})", sum(v for _, v in rest)))
    return items


def _chart(title: str, chart: str | None, empty: str = "nothing to show") -> str:
    shown = chart if chart else f'<p class="none">{escape(empty)}</p>'
    return f"<h3>{escape(title)}</h3>{shown}"


def _tile(label: str, value: object, cls: str = "") -> str:
    return f'<div class="tile {cls}"><b>{escape(str(value))}</b><span>{escape(label)}</span></div>'


def _articles(data: ReportData) -> str:
    unit = timeline.grain(data.days)
    per = timeline.counts(data.days, unit)
    undated = f" ({data.undated} without a date)" if data.undated else ""
    parts = [
        _chart(
            f"Articles per {unit} of publication{undated}",
            per and svg.columns(per, f"articles per {unit}", unit=" articles"),
            "no dated article",
        ),
        _chart(
            "Articles per channel", data.channels and svg.hbars(_top(data.channels), "channels")
        ),
    ]
    if len(data.sites) > 1:
        parts.append(_chart("Articles per site", svg.hbars(_top(data.sites), "sites")))
    return "".join(parts)


def _over_time(title: str, by_day_name: Counter[tuple[str, str]], names: list[str]) -> str:
    unit = timeline.grain(day for day, _ in by_day_name)
    axis, lines = timeline.series(by_day_name, names, unit)
    chart = axis and svg.lines(axis, lines, title)
    return _chart(f"{title}, per {unit} described (as_of, else published)", chart)


def _figures(data: ReportData) -> str:
    without_indicator = data.figures - sum(data.indicators.values())
    without_region = data.figures - sum(data.regions.values())
    regions = Counter(
        {f"{n} {data.region_codes.get(n, '')}".strip(): v for n, v in data.regions.items()}
    )
    unit = timeline.grain(data.figure_days)
    per = timeline.counts(data.figure_days, unit)
    return "".join(
        [
            _chart(
                f"Figures per {unit} described (as_of, else the article's day)",
                per and svg.columns(per, f"figures per {unit}", unit=" figures"),
                "no dated figure",
            ),
            _chart(
                "Figures by kind", data.kinds and svg.hbars(_top(data.kinds), "figures by kind")
            ),
            _chart(
                f"Figures by indicator ({without_indicator} of {data.figures} have none)",
                data.indicators and svg.hbars(_top(data.indicators), "figures by indicator"),
                "no figure has an indicator",
            ),
            _chart(
                f"Figures by region ({without_region} of {data.figures} name none)",
                regions and svg.hbars(_top(regions), "figures by region"),
                "no figure names a region",
            ),
            _over_time(
                "Top indicators over time",
                data.indicator_days,
                [n for n, _ in data.indicators.most_common(SERIES)],
            ),
            _over_time(
                "Top regions over time",
                data.region_days,
                [n for n, _ in data.regions.most_common(SERIES)],
            ),
        ]
    )


def _share(filled: Counter[str], names: tuple[str, ...], total: int) -> list[tuple[str, float]]:
    return [(name, filled[name] / total) for name in names] if total else []


def _health(data: ReportData) -> str:
    errors = data.errors
    rejects = sorted(data.rejects.items(), key=lambda kv: -kv[1])
    colors = [svg.PALETTE[3] if reason in errors else svg.GREY for reason, _ in rejects]
    examples = "".join(
        f"<li>{escape(reason)}: {', '.join(escape(u) for u in urls)}</li>"
        for reason, urls in data.reject_urls.items()
        if urls
    )
    fields = _share(data.filled, ARTICLE_FIELDS, data.articles)
    figure_fields = _share(data.figure_filled, FIGURE_FIELDS, data.figures)
    parts = [
        _chart(
            "Article fields filled", fields and svg.hbars(fields, "fields", maximum=1, percent=True)
        ),
        _chart(
            "Figure fields filled",
            figure_fields and svg.hbars(figure_fields, "figure fields", maximum=1, percent=True),
        ),
        _chart(
            f"Rejects by reason ({sum(errors.values())} errors, in red)",
            rejects and svg.hbars(rejects, "rejects", colors=colors),
            "no page or item was rejected",
        ),
    ]
    if examples:
        parts.append(f"<details><summary>Example URLs</summary><ul>{examples}</ul></details>")
    parts.append(
        _chart(
            "Failed text stages (articles exported with what the other stages gave)",
            data.failed_stages and svg.hbars(_top(data.failed_stages), "failed stages"),
            "no stage failed",
        )
    )
    parts += [f'<p class="note">{escape(note)}</p>' for note in data.notes]
    return "".join(parts)


def _cell(value: object) -> str:
    return "" if value is None else escape(str(value))


def _runs(data: ReportData) -> str:
    if not data.runs:
        return ""
    columns = list(dict.fromkeys(k for run in data.runs for k in run))
    head = "".join(f"<th>{escape(c)}</th>" for c in columns)
    rows = "".join(
        "<tr>" + "".join(f"<td>{_cell(run.get(c))}</td>" for c in columns) + "</tr>"
        for run in data.runs
    )
    return f'<section id="runs"><h2>Runs</h2><table><tr>{head}</tr>{rows}</table></section>'


def render(data: ReportData, status: str | None = None) -> str:
    """The whole page; ``status`` (``ok`` / ``failed``) is shown first when given."""
    tiles = [_tile("status", status, status)] if status else []
    tiles += [
        _tile("articles", f"{data.articles:,}"),
        _tile("figures", f"{data.figures:,}"),
        _tile("rejects", f"{sum(data.rejects.values()):,}"),
        _tile("errors", f"{sum(data.errors.values()):,}", "failed" if data.errors else ""),
    ]
    facts = " · ".join(f"{escape(k)}: {escape(v)}" for k, v in data.facts)
    generated = datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    return (
        '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width"><title>{escape(data.title)}</title>'
        f"<style>{STYLE}</style></head><body>"
        f'<header><h1>{escape(data.title)}</h1><p class="facts">{facts}</p>'
        f'<div class="tiles">{"".join(tiles)}</div></header>'
        f'<section id="articles"><h2>Articles</h2>{_articles(data)}</section>'
        f'<section id="figures"><h2>Figures</h2>{_figures(data)}</section>'
        f'<section id="health"><h2>Extraction health</h2>{_health(data)}</section>'
        f"{_runs(data)}"
        f'<footer class="note">Generated by hnr-crawler at {generated}.</footer></body></html>\n'
    )
