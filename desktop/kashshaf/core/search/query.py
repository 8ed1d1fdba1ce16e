"""Query parsing: words, "phrases", AND/OR/NOT, prefix*, field:value, ranges.

A query is parsed once over ``title``, ``body`` (stemmed) and ``body_exact``
(unstemmed), each analysed like the index: a word matches its stem in the
body and its exact form in the title and the exact body; a "phrase" and a
prefix* match the exact fields.

Filters are read before whoosh sees the query (:mod:`filters`), in English
or Arabic: ``date:``/``تاريخ:`` (``2015-07-21``, ``2015-07``, ``2015``,
``[2015-08-01 to 2015-08-10]``, ``>=2015-08``), ``published:``/``نشر:``,
``source:``/``مصدر:`` (any name, alias, slug or domain of an outlet) and
``entity:``/``كيان:`` (an entity's id or name). Each becomes a placeholder
term, so AND/OR/NOT and parentheses around it keep their meaning, and is
swapped for its query after parsing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from whoosh import query as wq
from whoosh.fields import Schema
from whoosh.qparser import MultifieldParser, OperatorsPlugin, PlusMinusPlugin
from whoosh.query.compound import CompoundQuery
from whoosh.query.wrappers import WrappingQuery

from kashshaf.core.arabic.clitics import Count, phrase_form
from kashshaf.core.arabic.normalize import normalize_digits_ar
from kashshaf.core.search.filters import FieldResolver, QueryError, extract_filters
from kashshaf.core.search.phrase import FastPhrase, SegmentedPhrase
from kashshaf.core.search.prefix import FastPrefix
from kashshaf.core.search.variants import expand_tildes

__all__ = ["FieldResolver", "QueryError", "QueryTerms", "make_parser", "parse_query", "query_terms"]

SEARCH_FIELDS = ("title", "body", "body_exact")
FIELD_BOOSTS = {"title": 2.0, "body": 1.0, "body_exact": 0.5}


@dataclass(slots=True)
class QueryTerms:
    """What to highlight: exact forms, clitic-free forms (of phrases), stems and prefixes, per kind."""

    exact: set[str] = field(default_factory=set)
    stems: set[str] = field(default_factory=set)
    prefixes: set[str] = field(default_factory=set)
    stem_prefixes: set[str] = field(default_factory=set)
    segmented: set[str] = field(default_factory=set)
    phrases: list[tuple[tuple[str, ...], bool]] = field(default_factory=list)
    """each phrase's words, and whether they match whatever clitics they carry (a word of a
    phrase is highlighted only where the whole phrase stands)"""

    def __bool__(self) -> bool:
        return bool(self.exact or self.stems or self.prefixes or self.stem_prefixes or self.segmented or self.phrases)


EXACT_FIELDS = ("title", "body_exact")


def make_parser(schema: Schema, exact: bool = False) -> MultifieldParser:
    """The parser of the search box; ``exact``: words as written (no stems, no clitics split)."""
    fieldnames = EXACT_FIELDS if exact else SEARCH_FIELDS
    parser = MultifieldParser(list(fieldnames), schema, fieldboosts={f: FIELD_BOOSTS[f] for f in fieldnames})
    parser.replace_plugin(
        OperatorsPlugin(
            And=r"(?<=\s)(AND|و)(?=\s)",
            Or=r"(?<=\s)(OR|أو|او)(?=\s)",
            Not=r"(^|(?<=(\s|[()])))(NOT|ليس)(?=\s)",
            AndNot=r"(?<=\s)ANDNOT(?=\s)",
            AndMaybe=r"(?<=\s)ANDMAYBE(?=\s)",
            Require=r"(?<=\s)REQUIRE(?=\s)",
        )
    )
    parser.add_plugin(PlusMinusPlugin())
    parser.kashshaf_exact = exact
    return parser


def _prepare_text(text: str) -> str:
    text = normalize_digits_ar(text).strip()
    # Arabic quotation marks and the Arabic comma work like their ASCII twins.
    return text.replace("“", '"').replace("”", '"').replace("«", '"').replace("»", '"')


def parse_query(parser: MultifieldParser, text: str, resolver: FieldResolver | None = None) -> wq.Query:
    """Parse ``text``; raise :class:`QueryError` when it is not a valid query.

    ``resolver`` turns outlet and entity names into ids (without one, ``source:``
    and ``entity:`` take ids as written)."""
    prepared = _prepare_text(text)
    if not prepared:
        raise QueryError("the query is empty", "empty")
    if prepared.count('"') % 2:
        raise QueryError('a phrase is not closed: a " is missing', "quote")
    if prepared.count("(") != prepared.count(")"):
        raise QueryError("the parentheses do not match", "parens")
    if "~" in prepared and resolver is not None and hasattr(resolver, "word_variants"):
        prepared = expand_tildes(prepared, resolver.word_variants)
    prepared, exact_words = _extract_exact(prepared, parser.schema)
    prepared, filters = extract_filters(prepared, resolver)
    filters.update(exact_words)
    try:
        q = parser.parse(prepared)
    except Exception as exc:  # whoosh raises assorted errors on odd input
        raise QueryError(f"the query cannot be read ({exc})") from exc
    if filters:
        q = _put_filters(q, filters)
    seg = parser.schema["body_seg"] if "body_seg" in parser.schema else None
    count = seg.vocabulary.count if seg is not None and seg.vocabulary is not None else None
    exact = bool(getattr(parser, "kashshaf_exact", False))
    q = _fix(_fix(q, count=count, exact=exact).normalize(), count=count, exact=exact)
    _check_errors(q)
    if q is wq.NullQuery or isinstance(q, type(wq.NullQuery)):
        raise QueryError("the query has no searchable word (only stop words or punctuation)", "stopwords")
    return q


_EXACT_RE = re.compile(r'(?:(?<=^)|(?<=[\s(])|(?<=^[+-])|(?<=[\s(][+-]))=("[^"]+"|[^\s()"]+)')
"""``=word`` or ``="a phrase"`` at the start of the query or of a word, after ``(``, ``-`` or ``+``"""
EXACT_PLACEHOLDER = "kx{n}"


def _extract_exact(text: str, schema: Schema) -> tuple[str, dict[str, wq.Query]]:
    """``=word`` and ``="a phrase"``: the words as written, in the title and the
    exact body only (no stems, no clitics split), each as a placeholder term."""
    queries: dict[str, wq.Query] = {}

    def build(m: re.Match[str]) -> str:
        raw = m.group(1).strip('"')
        words = [t.text for t in schema["body_exact"].analyzer(raw, mode="query")]
        if not words:
            return " "
        if len(words) == 1:
            q: wq.Query = wq.Or([wq.Term("title", words[0], boost=2.0), wq.Term("body_exact", words[0])])
        else:
            q = wq.Or([FastPhrase("title", words, boost=2.0), FastPhrase("body_exact", words)])
        key = EXACT_PLACEHOLDER.format(n=len(queries))
        queries[key] = q
        return f"id:{key}"

    return _EXACT_RE.sub(build, text), queries


def _put_filters(q: wq.Query, filters: dict[str, wq.Query]) -> wq.Query:
    """Swap each filter's placeholder term for the filter's query."""
    if isinstance(q, wq.Term) and q.fieldname == "id" and q.text in filters:
        return filters[q.text]
    return q.apply(lambda child: _put_filters(child, filters)) if q.children() else q


def _fix(q: wq.Query, negated: bool = False, count: Count | None = None, exact: bool = False) -> wq.Query:
    """The stemmed body has no positions: phrases there are dropped (they
    are matched in ``body_exact`` and ``body_seg``, whatever clitics their
    words carry: :class:`SegmentedPhrase`; ``count``: the corpus' word counts,
    for the clitic-free forms). Prefixes use :class:`FastPrefix`.

    ``a ANDNOT b`` (``a -b``) becomes ``a AND NOT b``: whoosh's ANDNOT matcher
    over an ``ANDMAYBE`` kept documents that have b (``وزارة -روسيا`` listed
    an article about Russia). What a NOT excludes (``negated``) stays a plain
    union of its fields: the exact field only adds score, which a NOT has none of."""
    if isinstance(q, wq.Phrase) and q.fieldname == "body":
        return wq.NullQuery
    if type(q) is wq.Prefix:
        return FastPrefix(q.fieldname, q.text, boost=q.boost)
    if type(q) is wq.Phrase and q.slop == 1 and q.fieldname == "body_exact" and not exact:
        words = [phrase_form(str(w), count) for w in q.words]
        return SegmentedPhrase(q.fieldname, words, slop=1, boost=q.boost, char_ranges=q.char_ranges)
    if type(q) is wq.Phrase and q.slop == 1:
        return FastPhrase(q.fieldname, q.words, slop=1, boost=q.boost, char_ranges=q.char_ranges)
    if isinstance(q, wq.Or):
        q.subqueries = [_fix(s, negated, count, exact) for s in q.subqueries]
        return q if negated else _exact_as_optional(q)
    if isinstance(q, wq.AndNot):
        # as ``a AND NOT b``: whoosh's ANDNOT matcher over an ANDMAYBE keeps documents that have b
        return wq.And([_fix(q.a, negated, count, exact), wq.Not(_fix(q.b, True, count, exact))], boost=q.boost)
    if isinstance(q, wq.BinaryQuery):  # a CompoundQuery too, but it keeps its children in a and b
        q.a = _fix(q.a, negated, count, exact)
        q.b = _fix(q.b, negated, count, exact)
        q.subqueries = (q.a, q.b)
    elif isinstance(q, CompoundQuery):
        q.subqueries = [_fix(s, negated, count, exact) for s in q.subqueries]
    elif isinstance(q, WrappingQuery):
        q.child = _fix(q.child, negated, count, exact)
    elif isinstance(q, wq.Not):
        q.query = _fix(q.query, True, count, exact)
    return q


def _exact_as_optional(q: wq.Or) -> wq.Query:
    """``title:w OR body:stem(w) OR body_exact:w`` → ``(title OR body) ANDMAYBE body_exact``.

    Every document with the exact word also holds its stem, so the exact
    field adds score, never matches: whoosh then walks two unions, not three.
    """
    subs = q.subqueries
    exact = [s for s in subs if isinstance(s, wq.Term) and s.fieldname == "body_exact"]
    if len(exact) != 1 or not any(isinstance(s, wq.Term) and s.fieldname == "body" for s in subs):
        return q
    if not all(isinstance(s, wq.Term) for s in subs):
        return q
    rest = [s for s in subs if s is not exact[0]]
    return wq.AndMaybe(wq.Or(rest, boost=q.boost) if len(rest) > 1 else rest[0], exact[0])


def _check_errors(q: wq.Query) -> None:
    for sub in q.leaves() if q.is_leaf() is False else [q]:
        if isinstance(sub, wq.qcore._NullQuery):
            continue
        if type(sub).__name__ == "ErrorQuery":
            raise QueryError(f"the query cannot be read ({getattr(sub, 'message', sub)})")
    if type(q).__name__ == "ErrorQuery":
        raise QueryError(f"the query cannot be read ({getattr(q, 'message', q)})")


def query_terms(q: wq.Query) -> QueryTerms:
    """The positive terms of ``q`` (under NOT excluded), for highlighting."""
    terms = QueryTerms()
    _collect(q, terms)
    return terms


def _add_phrase(terms: QueryTerms, words: tuple[str, ...], segmented: bool) -> None:
    if len(words) == 1:
        (terms.segmented if segmented else terms.exact).add(words[0])
    elif (words, segmented) not in terms.phrases:
        terms.phrases.append((words, segmented))


def _collect(q: wq.Query, terms: QueryTerms) -> None:
    if isinstance(q, wq.Not):
        return
    if isinstance(q, wq.AndNot):
        _collect(q.a, terms)
        return
    if isinstance(q, wq.Term):
        if q.fieldname == "body":
            terms.stems.add(str(q.text))
        elif q.fieldname in ("title", "body_exact"):
            terms.exact.add(str(q.text))
        return
    if isinstance(q, SegmentedPhrase):
        _add_phrase(terms, tuple(str(w) for w in q.words), True)
        return
    if isinstance(q, wq.Phrase):
        if q.fieldname in ("title", "body_exact"):
            _add_phrase(terms, tuple(str(w) for w in q.words), False)
        return
    if isinstance(q, wq.Prefix):
        if q.fieldname == "body":
            terms.stem_prefixes.add(str(q.text))
        elif q.fieldname in ("title", "body_exact"):
            terms.prefixes.add(str(q.text))
        return
    for child in q.children():
        _collect(child, terms)
