"""Profile files load strictly into typed objects, and travel between processes by name."""

from __future__ import annotations

import pickle
import tomllib

import pytest

from crawler.sites import ProfileError, load_profile, parse_profile
from crawler.sites.profile import ArticleRules

MINIMAL = 'name = "x"\ndomains = ["x.example.cn"]\n'


def parse(text: str):
    return parse_profile(tomllib.loads(text), "x.toml")


def test_defaults_come_from_the_typed_objects():
    profile = parse(MINIMAL)
    assert profile.article == ArticleRules()
    assert profile.listing.next_text  # the vocabulary's pager words


@pytest.mark.parametrize(
    ("extra", "named"),
    [
        ("strat_urls = []\n", "'strat_urls'"),
        ("[article]\neditor_lable = ['责编']\n", "'editor_lable'"),
        ("[listing]\nitems = 3\n", "'items'"),
        ("[[templates]]\nname = 't'\nbody = 'div'\ntitel = 'h1'\n", "'titel'"),
        ("[urls.article]\nbad = '('\n", "'bad'"),
    ],
)
def test_a_misspelt_key_or_bad_value_names_the_file_and_key(extra, named):
    with pytest.raises(ProfileError) as caught:
        parse(MINIMAL + extra)
    assert "x.toml" in str(caught.value) and named in str(caught.value)


def test_a_bundled_profile_pickles_by_name_and_comes_back_as_the_same_object():
    profile = load_profile("hnr")
    data = pickle.dumps(profile)
    assert len(data) < 200  # the name, not the regexes
    assert pickle.loads(data) is profile


def test_a_profile_built_in_code_pickles_whole():
    profile = parse(MINIMAL + "[article]\ndateline = '^(?P<place>..)讯'\n")
    assert pickle.loads(pickle.dumps(profile)) == profile
