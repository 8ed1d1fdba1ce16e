"""The whoosh full-text index: schema, analysis, indexing, queries, snippets."""

# Before any module of this package runs: the whoosh internals they use are all there.
from kashshaf.core.search import whoosh_compat as whoosh_compat
