"""Commands of ``python -m crawler``; one module each."""
