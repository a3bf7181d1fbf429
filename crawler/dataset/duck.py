"""The dataset's DuckDB file and Parquet files, loaded by DuckDB from its JSON lines and CSV.

Columns are typed so that a reader needs no options: ``published_at`` and ``crawled_at``
are TIMESTAMP WITH TIME ZONE (Parquet: timestamps adjusted to UTC), ``published_date`` and
a figure's ``as_of`` are DATE, lists are lists and ``place_region`` / ``found_via`` structs.
A value that is no date (a year-less ``--MM-DD`` as_of) is NULL there and kept as written
in the JSON lines and the CSV.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from crawler.figures.table import ARTICLE_FIELDS

DATABASE = "dataset.duckdb"
MISSING = (
    "DuckDB and Parquet output need the duckdb package: pip install 'hnr-crawler[dataset]'"
    " (or --no-duckdb for JSON lines and CSV only)"
)

_TEXT = "VARCHAR"
#: Every exported field but ``numbers`` (the figures table holds them), in feed order.
ARTICLE_TYPES = {
    "url": _TEXT,
    "site": _TEXT,
    "channel": _TEXT,
    "title": _TEXT,
    "published_at": "TIMESTAMPTZ",
    "published_date": "DATE",
    "source": _TEXT,
    "place": _TEXT,
    "place_region": "STRUCT(name VARCHAR, code VARCHAR)",
    "reporters": "VARCHAR[]",
    "correspondents": "VARCHAR[]",
    "editor": _TEXT,
    "keywords": "VARCHAR[]",
    "body": _TEXT,
    "related": "VARCHAR[]",
    "found_via": "STRUCT(listing VARCHAR, page INTEGER, article VARCHAR)",
    "crawled_at": "TIMESTAMPTZ",
    "extractor": _TEXT,
    "revision": "INTEGER",
    "failed_stages": "VARCHAR[]",
}
FIGURE_TYPES = {name: ARTICLE_TYPES[name] for name in ARTICLE_FIELDS} | {
    "value": "DOUBLE",
    "unit": _TEXT,
    "kind": _TEXT,
    "raw": _TEXT,
    "start": "INTEGER",
    "end": "INTEGER",
    "value_max": "DOUBLE",
    "approximate": "BOOLEAN",
    "direction": _TEXT,
    "subject": _TEXT,
    "as_of": "DATE",
    "qualifier": _TEXT,
    "region_name": _TEXT,
    "region_code": _TEXT,
    "indicator": _TEXT,
    "sentence": _TEXT,
}
_DATES = {"TIMESTAMPTZ", "DATE"}


def duckdb_module() -> Any:
    """The duckdb module, or ImportError with the one line to show."""
    try:
        import duckdb
    except ImportError as error:
        raise ImportError(MISSING) from error
    return duckdb


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _reader_columns(types: dict[str, str]) -> str:
    """The ``columns`` argument of read_json / read_csv: dates read as text, cast after."""
    pairs = (f"{_literal(n)}: {_literal(_TEXT if t in _DATES else t)}" for n, t in types.items())
    return "{" + ", ".join(pairs) + "}"


def _select(types: dict[str, str]) -> str:
    return ", ".join(
        f"TRY_CAST({_quote(n)} AS {types[n]}) AS {_quote(n)}" if types[n] in _DATES else _quote(n)
        for n in types
    )


def write_database(folder: Path) -> None:
    """``dataset.duckdb`` (tables ``articles`` and ``figures``) and the two Parquet files,
    from ``articles.jsonl`` and ``figures.csv`` in ``folder``."""
    duckdb = duckdb_module()
    articles, figures = folder / "articles.jsonl", folder / "figures.csv"
    with duckdb.connect(str(folder / DATABASE)) as con:
        con.execute(
            f"CREATE TABLE articles AS SELECT {_select(ARTICLE_TYPES)} "
            f"FROM read_json({_literal(str(articles))}, format='newline_delimited', "
            f"columns={_reader_columns(ARTICLE_TYPES)})"
        )
        con.execute(
            f"CREATE TABLE figures AS SELECT {_select(FIGURE_TYPES)} "
            f"FROM read_csv({_literal(str(figures))}, header=true, auto_detect=false, "
            f"quote='\"', escape='\"', columns={_reader_columns(FIGURE_TYPES)})"
        )
        for table in ("articles", "figures"):
            target = folder / f"{table}.parquet"
            con.execute(
                f"COPY {table} TO {_literal(str(target))} (FORMAT parquet, COMPRESSION zstd)"
            )
