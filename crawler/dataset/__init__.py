"""One dataset from many runs: the latest revision of every article, with its figures.

``python -m crawler dataset`` calls :func:`build_dataset`.
"""

from .build import Built, build_dataset

__all__ = ["Built", "build_dataset"]
