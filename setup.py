"""Only for ``scrapyd-deploy``, which builds its egg with ``setup.py bdist_egg``: see pyproject.toml."""

from setuptools import setup

setup()
