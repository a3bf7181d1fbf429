"""Site profiles: one TOML data file per site (this folder), read into typed objects.

:mod:`crawler.sites.profile` holds the objects and their defaults, :mod:`crawler.sites.loader`
reads the files (strictly: an unknown key is an error naming the file and the key).
"""

from crawler.sites.loader import (
    ProfileError,
    load_profile,
    parse_profile,
    profile_for_url,
    reload_profiles,
)
from crawler.sites.profile import ArticleRules, ListingRules, SiteProfile, Template

__all__ = [
    "ArticleRules",
    "ListingRules",
    "ProfileError",
    "SiteProfile",
    "Template",
    "load_profile",
    "parse_profile",
    "profile_for_url",
    "reload_profiles",
]
