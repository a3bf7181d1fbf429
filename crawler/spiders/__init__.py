"""Spiders: ``hnr`` for 映象网 through its site profile, ``news`` for any site."""
