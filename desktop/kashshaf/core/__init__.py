"""Kashshaf's pure-Python core. It never imports Qt."""
