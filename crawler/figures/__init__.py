"""Reported figures: every number a Chinese news text reports, as an auditable record."""

from .extract import extract_figures

__all__ = ["extract_figures"]
