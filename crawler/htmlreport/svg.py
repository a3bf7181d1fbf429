"""Small inline SVG charts (horizontal bars, columns over time, lines over time).

Each chart is a self-contained ``<svg>`` with a ``<title>`` on every mark, so the exact
number shows on hover; no script, no stylesheet, no font beyond the page's.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from html import escape

PALETTE = ("#2f6db5", "#e07b26", "#2e9c68", "#c0405f", "#7a5bb0", "#8a7a4d")
GREY = "#9aa3ad"
FONT = 12
WIDTH = 720


def text_width(text: str, size: float = FONT) -> float:
    """Rough rendered width: CJK characters are one em, others about 0.6 em."""
    return sum(size if ord(c) >= 0x2E80 else size * 0.6 for c in text)


def _clip(text: str, width: float) -> str:
    while text and text_width(text) > width:
        text = text[:-2] + "…" if len(text) > 1 else ""
    return text


def nice_axis(value: float, ticks: int = 5) -> tuple[float, float]:
    """(top, step) of an axis from 0 past ``value``: at most ``ticks`` steps of 1, 2 or 5 × 10ⁿ."""
    if value <= 0:
        return 1, 1
    power = 10 ** math.floor(math.log10(value / ticks)) if value > ticks else 1
    step = next(m * power for m in (1, 2, 5, 10) if m * power * ticks >= value)
    return step * math.ceil(value / step), step


def _number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


def _svg(width: float, height: float, label: str, body: list[str]) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width:.0f} {height:.0f}" '
        f'width="{width:.0f}" height="{height:.0f}" role="img" aria-label="{escape(label)}" '
        f'font-size="{FONT}">' + "".join(body) + "</svg>"
    )


def hbars(
    items: Sequence[tuple[str, float]],
    label: str,
    *,
    maximum: float | None = None,
    percent: bool = False,
    colors: Sequence[str] | None = None,
) -> str:
    """One horizontal bar per (label, value), the value written at the bar's end."""
    label_width = min(220, max((text_width(name) for name, _ in items), default=0) + 8)
    bar_area = WIDTH - label_width - 70
    top = maximum or max((value for _, value in items), default=0) or 1
    row = 22
    body = []
    for i, (name, value) in enumerate(items):
        y = i * row
        length = bar_area * value / top
        shown = f"{value:.0%}" if percent else _number(value)
        color = colors[i] if colors else PALETTE[0]
        body.append(
            f"<g><title>{escape(name)}: {shown}</title>"
            f'<text x="{label_width - 6:.0f}" y="{y + 15}" text-anchor="end">'
            f"{escape(_clip(name, label_width - 8))}</text>"
            f'<rect x="{label_width:.0f}" y="{y + 4}" width="{max(length, 1):.1f}" height="{row - 8}" '
            f'fill="{color}"/>'
            f'<text x="{label_width + length + 5:.1f}" y="{y + 15}" fill="#333">{shown}</text></g>'
        )
    return _svg(WIDTH, max(len(items), 1) * row + 4, label, body)


def _axis(
    top: float, step: float, left: float, width: float, height: float, y0: float
) -> list[str]:
    """Horizontal grid lines at every ``step`` from 0 to ``top``, with their values."""
    marks = []
    for k in range(round(top / step) + 1):
        value = step * k
        y = y0 + height - height * value / top
        marks.append(
            f'<line x1="{left}" x2="{left + width}" y1="{y:.1f}" y2="{y:.1f}" stroke="#e3e6ea"/>'
            f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" fill="#555">{_number(value)}</text>'
        )
    return marks


def _x_labels(labels: Sequence[str], left: float, step: float, y: float) -> list[str]:
    """Every k-th label along the bottom, so that they do not overlap."""
    widest = max((text_width(x) for x in labels), default=0) + 10
    every = max(1, math.ceil(widest / step))
    return [
        f'<text x="{left + step * (i + 0.5):.1f}" y="{y}" text-anchor="middle" fill="#555">'
        f"{escape(x)}</text>"
        for i, x in enumerate(labels)
        if i % every == 0
    ]


def columns(points: Sequence[tuple[str, float]], label: str, *, unit: str = "") -> str:
    """One column per (bucket, value), buckets in time order along the bottom."""
    left, top_pad, height = 48, 8, 160
    width = WIDTH - left - 10
    top, tick = nice_axis(max((v for _, v in points), default=0))
    step = width / max(len(points), 1)
    body = _axis(top, tick, left, width, height, top_pad)
    for i, (bucket, value) in enumerate(points):
        h = height * value / top
        body.append(
            f'<rect x="{left + step * i + step * 0.1:.1f}" y="{top_pad + height - h:.1f}" '
            f'width="{max(step * 0.8, 1):.1f}" height="{h:.1f}" fill="{PALETTE[0]}">'
            f"<title>{escape(bucket)}: {_number(value)}{unit}</title></rect>"
        )
    body += _x_labels([b for b, _ in points], left, step, top_pad + height + 16)
    return _svg(WIDTH, top_pad + height + 24, label, body)


def lines(buckets: Sequence[str], series: Sequence[tuple[str, Sequence[float]]], label: str) -> str:
    """One line per (name, values by bucket), with a legend; a point marks each value."""
    left, top_pad, height = 48, 8, 160
    width = WIDTH - left - 10
    top, tick = nice_axis(max((v for _, values in series for v in values), default=0))
    step = width / max(len(buckets), 1)
    body = _axis(top, tick, left, width, height, top_pad)
    for color, (name, values) in zip(PALETTE, series, strict=False):
        points = [
            (left + step * (i + 0.5), top_pad + height - height * v / top)
            for i, v in enumerate(values)
        ]
        path = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
        body.append(f'<polyline points="{path}" fill="none" stroke="{color}" stroke-width="2"/>')
        body += [
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="{color}">'
            f"<title>{escape(name)}, {escape(bucket)}: {_number(v)}</title></circle>"
            for (x, y), bucket, v in zip(points, buckets, values, strict=True)
            if v
        ]
    body += _x_labels(buckets, left, step, top_pad + height + 16)
    x, legend_y = left, top_pad + height + 38
    for color, (name, _) in zip(PALETTE, series, strict=False):
        if x > left and x + text_width(name) + 16 > WIDTH:
            x, legend_y = left, legend_y + 18
        body.append(
            f'<rect x="{x:.0f}" y="{legend_y - 10}" width="12" height="12" fill="{color}"/>'
            f'<text x="{x + 16:.0f}" y="{legend_y}">{escape(name)}</text>'
        )
        x += text_width(name) + 36
    return _svg(WIDTH, legend_y + 8, label, body)
