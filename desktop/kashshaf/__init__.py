"""Kashshaf (كشّاف): an offline desktop browser for Arabic news corpora."""

__version__ = "0.1.0"
