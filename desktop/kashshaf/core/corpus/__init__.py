"""Corpus import: decoding, importers, cleaning, metadata and the SQLite store."""
