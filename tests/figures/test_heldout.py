"""The held-out set (``heldout.jsonl``, scored by ``bench/figures_eval.py``) meets the quality bar."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

EVAL = Path(__file__).resolve().parents[2] / "bench" / "figures_eval.py"


def _evaluator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("figures_eval", EVAL)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_heldout_meets_the_bar() -> None:
    evaluator = _evaluator()
    cases = evaluator.load()
    assert len(cases) >= 250
    scores = evaluator.evaluate(cases)
    summary = evaluator.report(scores)
    assert scores.f1 >= 0.95, summary
    assert scores.false_positive_rate <= 0.03, summary
    assert scores.subject_accuracy >= 0.9, summary
    assert scores.as_of_accuracy >= 0.9, summary
    assert scores.frequency_recall == 1.0, summary
