"""Blind evaluation of the generic extractor on bench/blind_pages (pages + expected.jsonl written blind).

Usage: .venv/bin/python bench/blind_eval.py [-v]
Scores: title exact (strict, and after NFKC/whitespace normalisation), published_at exact,
body snippet F (P = 1 - share of must_not found in body, R = share of must found, F = 2PR/(P+R), mean over pages).
Snippets are matched after NFKC normalisation and whitespace removal on both sides.
"""

import json
import os
import re
import sys
import time
import traceback
import unicodedata

from crawler import extract_article

HERE = os.path.dirname(os.path.abspath(__file__))

PAGES = os.path.join(HERE, "blind_pages")


def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def trim(s, n=120):
    s = (s or "").replace("\n", "⏎")
    return s if len(s) <= n else s[:n] + f"…({len(s)} chars)"


def main():
    with open(os.path.join(PAGES, "expected.jsonl"), encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    t_ok = t_norm_ok = d_ok = 0
    fs, ps_, rs = [], [], []
    fs_nc = []
    fails = []
    elapsed = 0.0
    for row in rows:
        with open(os.path.join(PAGES, row["file"]), "rb") as fh:
            data = fh.read()
        t0 = time.perf_counter()
        try:
            a = extract_article(data, row["url"])
        except Exception:
            fails.append((row["file"], "CRASH", "", trim(traceback.format_exc(limit=2), 400)))
            fs.append(0)
            ps_.append(0)
            rs.append(0)
            fs_nc.append(0)
            continue
        elapsed += time.perf_counter() - t0
        get = (
            (lambda k, a=a: a.get(k))
            if isinstance(a, dict)
            else (lambda k, a=a: getattr(a, k, None))
        )
        title, pub, body = get("title"), get("published_at"), get("body") or ""
        if title == row["title"]:
            t_ok += 1
        else:
            fails.append((row["file"], "title", row["title"], title))
        if norm(title) == norm(row["title"]):
            t_norm_ok += 1
        if pub == row["published_at"]:
            d_ok += 1
        else:
            fails.append((row["file"], "date", row["published_at"], pub))
        nb = norm(body)
        missing = [s for s in row["must"] if norm(s) not in nb]
        leaked = [s for s in row["must_not"] if norm(s) in nb]
        R = 1 - len(missing) / len(row["must"])
        P = 1 - len(leaked) / len(row["must_not"])
        F = 2 * P * R / (P + R) if P + R else 0.0
        fs.append(F)
        ps_.append(P)
        rs.append(R)
        mn = [s for s in row["must_not"] if s not in row.get("captions", [])]
        P2 = 1 - len([s for s in leaked if s in mn]) / len(mn)
        fs_nc.append(2 * P2 * R / (P2 + R) if P2 + R else 0.0)
        for s in missing:
            fails.append((row["file"], "body missing", s, "body starts: " + trim(body, 80)))
        for s in leaked:
            i = nb.find(norm(s))
            fails.append(
                (
                    row["file"],
                    "body leaked" + (" (caption)" if s in row.get("captions", []) else ""),
                    s,
                    "…" + nb[max(0, i - 30) : i + len(norm(s)) + 30] + "…",
                )
            )
        if "-v" in sys.argv:
            print(
                "==",
                row["file"],
                "| extractor:",
                get("extractor"),
                "| source:",
                get("source"),
                "| editor:",
                get("editor"),
            )
            print("   title:", title, "| date:", pub)
            print("   body:", trim(body, 300))
    n = len(rows)
    print(f"pages: {n}")
    print(f"title exact:            {100 * t_ok / n:5.1f}%  ({t_ok}/{n})")
    print(f"title exact normalised: {100 * t_norm_ok / n:5.1f}%  ({t_norm_ok}/{n})")
    print(f"date exact:             {100 * d_ok / n:5.1f}%  ({d_ok}/{n})")
    print(
        f"body F (mean):          {sum(fs) / n:.3f}   (P {sum(ps_) / n:.3f}, R {sum(rs) / n:.3f})"
    )
    print(f"body F, captions not counted as leaks: {sum(fs_nc) / n:.3f}")
    print(f"pages/s:                {n / elapsed if elapsed else 0:.1f}")
    print(
        "per page F:",
        " ".join("{}={:.2f}".format(r["file"][:2], f) for r, f in zip(rows, fs, strict=False)),
    )
    print(f"\nfailures ({len(fails)}):")
    for f in fails:
        print(
            "  {:<26} {:<13} expected: {}\n  {:<26} {:<13} got:      {}".format(
                f[0], f[1], trim(f[2]), "", "", trim(f[3] if isinstance(f[3], str) else str(f[3]))
            )
        )


if __name__ == "__main__":
    main()
