"""The whoosh full-text index: schema, analysis, indexing, queries, snippets."""
