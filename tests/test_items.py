"""The Article dataclass and crawler/schemas/article.schema.json describe the same fields."""

import dataclasses

from crawler.items import Article, Figure, article_schema

SCHEMA = article_schema()


def test_schema_and_dataclass_name_the_same_fields():
    fields = [f.name for f in dataclasses.fields(Article)]
    assert set(SCHEMA["properties"]) == set(fields)
    assert set(SCHEMA["required"]) == set(fields)


def test_figure_record_matches_schema():
    assert set(SCHEMA["definitions"]["figure"]["required"]) == {
        f.name for f in dataclasses.fields(Figure)
    }
