"""Blind evaluation of crawler.figures.extract_figures on bench/figures_blind.jsonl.

Usage: .venv/bin/python bench/figures_blind_eval.py [GOLD.jsonl] [--quiet]

Metrics (issue 3 bars in brackets):
  precision / recall / F1 on (value, unit), matched per text as multisets  [F1 >= 0.95]
  share of not_figures spans overlapping a reported figure's [start, end)  [<= 3%]
  subject accuracy on matched figures whose gold subject is not null      [>= 90%]
  as_of accuracy on matched figures whose gold as_of is not null          [>= 90%]
  frequency recall                                                         [100%]
Subject is judged two ways: strict (identical after stripping quotes/brackets) and
lenient (one contains the other, the shorter >= 2 chars or identical); lenient is the
headline. Every failure is printed.
"""

import json
import os
import sys
import unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from crawler.figures import extract_figures  # noqa: E402

UNIT_ALIAS = {
    "立方米每秒": "立方米/秒",
    "摄氏度": "℃",
    "°C": "℃",
    "个月": "月",
    "星期": "周",
    "次/日": "次/天",
    "遍/日": "遍/天",
    "千米": "公里",
}


def g(rec, name, default=None):
    if isinstance(rec, dict):
        return rec.get(name, default)
    return getattr(rec, name, default)


def same_value(a, b):
    if a is None or b is None:
        return a is None and b is None
    try:
        a, b = float(a), float(b)
    except (TypeError, ValueError):
        return False
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def norm_subj(s):
    if s is None:
        return ""
    s = unicodedata.normalize("NFKC", str(s))
    for ch in "“”\"'‘’《》「」 ":
        s = s.replace(ch, "")
    return s


def subj_ok(exp, got, strict=False):
    e, o = norm_subj(exp), norm_subj(got)
    if not o:
        return False
    if e == o:
        return True
    if strict:
        return False
    short = min(len(e), len(o))
    return short >= 2 and (e in o or o in e)


def iso(x):
    if x is None:
        return None
    if hasattr(x, "isoformat"):
        return x.isoformat()
    return str(x)


def call(text, pub):
    try:
        return list(extract_figures(text, pub))
    except TypeError:
        import datetime

        d = datetime.date.fromisoformat(pub[:10]) if pub else None
        return list(extract_figures(text, d))


def match(exp_figs, got_figs, unit_map=lambda u: u):
    """Greedy in text order; among same (value, unit) candidates prefer a subject match."""
    used = set()
    pairs, missed = [], []
    for e in exp_figs:
        cands = [
            i
            for i, o in enumerate(got_figs)
            if i not in used
            and same_value(e["value"], g(o, "value"))
            and unit_map(e["unit"]) == unit_map(g(o, "unit"))
        ]
        if not cands:
            missed.append(e)
            continue
        best = next(
            (i for i in cands if subj_ok(e["subject"], g(got_figs[i], "subject"))), cands[0]
        )
        used.add(best)
        pairs.append((e, got_figs[best]))
    extra = [o for i, o in enumerate(got_figs) if i not in used]
    return pairs, missed, extra


def fmt_got(o):
    return (
        f"{g(o, 'raw')!r}[{g(o, 'start')}:{g(o, 'end')}] v={g(o, 'value')} u={g(o, 'unit')} "
        f"k={g(o, 'kind')} subj={g(o, 'subject')!r} as_of={iso(g(o, 'as_of'))}"
    )


def fmt_exp(e):
    vm = f"-{e['value_max']}" if e["value_max"] is not None else ""
    return f"v={e['value']}{vm} u={e['unit']} subj={e['subject']!r} as_of={e['as_of']}"


def main(argv):
    path = next(
        (a for a in argv if not a.startswith("--")), os.path.join(HERE, "figures_blind.jsonl")
    )
    quiet = "--quiet" in argv
    with open(path, encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]

    tp = fp = fn = 0
    tp_alias = fp_alias = fn_alias = 0
    nf_total = nf_hit = 0
    subj_n = subj_len = subj_strict = 0
    subj_kind = defaultdict(lambda: [0, 0])
    asof_n = asof_ok = 0
    freq_n = freq_ok = 0
    extras = Counter()  # kind / approximate / direction / value_max agreement on matched
    extras_n = 0
    offset_bad = 0
    fails = defaultdict(list)

    for r in rows:
        text, pub = r["text"], r.get("published_at")
        try:
            got = call(text, pub)
        except Exception as exc:  # an exception counts as reporting nothing
            fails["EXCEPTION"].append(f"{r['id']}: {type(exc).__name__}: {exc}")
            got = []
        got.sort(key=lambda o: g(o, "start") or 0)
        for o in got:
            s, e, raw = g(o, "start"), g(o, "end"), g(o, "raw")
            if s is None or e is None or text[s:e] != raw:
                offset_bad += 1
                fails["OFFSET (text[start:end] != raw)"].append(f"{r['id']}: {fmt_got(o)}")

        pairs, missed, extra = match(r["figures"], got)
        tp += len(pairs)
        fn += len(missed)
        fp += len(extra)
        pa, ma, ea = match(r["figures"], got, lambda u: UNIT_ALIAS.get(u, u))
        tp_alias += len(pa)
        fn_alias += len(ma)
        fp_alias += len(ea)

        # near misses: same value, different unit
        near = set()
        for e in missed:
            for o in extra:
                if same_value(e["value"], g(o, "value")):
                    fails["UNIT differs (value right)"].append(
                        f"{r['id']}: expected {fmt_exp(e)} | got {fmt_got(o)}  «{text}»"
                    )
                    near.add(id(e))
                    near.add(id(o))
                    break
        for e in missed:
            if id(e) not in near:
                fails["MISSED (false negative)"].append(f"{r['id']}: {fmt_exp(e)}  «{text}»")
        for o in extra:
            if id(o) not in near:
                fails["SPURIOUS (false positive)"].append(f"{r['id']}: {fmt_got(o)}  «{text}»")

        for span in r["not_figures"]:
            nf_total += 1
            start = text.find(span)
            end = start + len(span)
            hit = [
                o
                for o in got
                if g(o, "start") is not None and g(o, "start") < end and start < g(o, "end")
            ]
            if hit:
                nf_hit += 1
                fails["NOT-FIGURE reported"].append(
                    f"{r['id']}: {span!r} <- {'; '.join(fmt_got(o) for o in hit)}"
                )

        for e, o in pairs:
            if e["subject"] is not None:
                subj_n += 1
                subj_kind[e["kind"]][1] += 1
                if subj_ok(e["subject"], g(o, "subject")):
                    subj_len += 1
                    subj_kind[e["kind"]][0] += 1
                else:
                    fails["SUBJECT wrong"].append(
                        f"{r['id']}: {g(o, 'raw')!r} expected {e['subject']!r} got {g(o, 'subject')!r}  «{text}»"
                    )
                if subj_ok(e["subject"], g(o, "subject"), strict=True):
                    subj_strict += 1
            if e["as_of"] is not None:
                asof_n += 1
                if iso(g(o, "as_of")) == e["as_of"]:
                    asof_ok += 1
                else:
                    fails["AS_OF wrong"].append(
                        f"{r['id']}: {g(o, 'raw')!r} expected {e['as_of']} got {iso(g(o, 'as_of'))}  «{text}»"
                    )
            extras_n += 1
            for name in ("kind", "approximate", "direction", "value_max"):
                ev, gv = e[name], g(o, name)
                ok = (
                    same_value(ev, gv)
                    if name == "value_max"
                    else (bool(ev) == bool(gv) if name == "approximate" else ev == gv)
                )
                if ok:
                    extras[name] += 1
                else:
                    fails[f"{name.upper()} differs (minor)"].append(
                        f"{r['id']}: {g(o, 'raw')!r} expected {ev!r} got {gv!r}"
                    )
        for e in r["figures"]:
            if e["kind"] == "frequency":
                freq_n += 1
                if any(x is e for x, _ in pairs):
                    freq_ok += 1
                else:
                    fails["FREQUENCY missed"].append(f"{r['id']}: {fmt_exp(e)}  «{text}»")

    def prf(tp, fp, fn):
        p = tp / (tp + fp) if tp + fp else 0.0
        rc = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * rc / (p + rc) if p + rc else 0.0
        return p, rc, f

    p, rc, f = prf(tp, fp, fn)
    pa, ra, fa = prf(tp_alias, fp_alias, fn_alias)

    def pct(a, b):
        return f"{100.0 * a / b:.1f}% ({a}/{b})" if b else "n/a"

    nfig = sum(len(r["figures"]) for r in rows)
    print(f"gold: {path}: {len(rows)} texts, {nfig} figures, {nf_total} not-figure spans")
    print(
        f"(value, unit)      P={p:.3f} R={rc:.3f} F1={f:.3f}   tp={tp} fp={fp} fn={fn}   [bar F1>=0.95]"
    )
    print(
        f"  with unit aliases P={pa:.3f} R={ra:.3f} F1={fa:.3f}   ({', '.join(f'{k}={v}' for k, v in UNIT_ALIAS.items())})"
    )
    print(f"not-figures hit    {pct(nf_hit, nf_total)}   [bar <=3%]")
    print(
        f"subject (lenient)  {pct(subj_len, subj_n)}   strict {pct(subj_strict, subj_n)}   [bar >=90%]"
    )
    print("  subject by kind: " + ", ".join(f"{k} {pct(*v)}" for k, v in sorted(subj_kind.items())))
    print(f"as_of              {pct(asof_ok, asof_n)}   [bar >=90%]")
    print(f"frequency recall   {pct(freq_ok, freq_n)}   [bar 100%]")
    print(
        "minor fields on matched: "
        + ", ".join(
            f"{k} {pct(extras[k], extras_n)}"
            for k in ("kind", "approximate", "direction", "value_max")
        )
    )
    print(f"offset mismatches  {offset_bad}")
    if not quiet:
        for cat in sorted(fails):
            print(f"\n== {cat}: {len(fails[cat])}")
            for line in fails[cat]:
                print("  " + line)


if __name__ == "__main__":
    main(sys.argv[1:])
