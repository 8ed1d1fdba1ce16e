"""The concordance (key word in context) of a result set.

Every occurrence of the query's words in the documents of a :class:`~kashshaf.core.analysis.Scope`
(exactly where the reader highlights them: :class:`~kashshaf.core.search.snippets.SpanMatcher`, a
phrase one keyword, a word with its clitics as the search finds it), or, when an entity is chosen
without words, that entity's stored mentions. Offsets count in the document's clean text (the
reader's text).

A concordance of 50,000 lines is held as :class:`Occurrence` records: the document, the offsets,
the sort keys (the normalised 1st, 2nd and 3rd word before and after the keyword) and the
normalised words of its context (for the filter). The text of a line (:class:`KwicLine`: the
keyword as written, the context cut at word boundaries, title, outlet, date) is read a page at a
time (:meth:`Concordance.lines`). :func:`first_page` reads only the first documents of the list,
so the first page comes before the rest are read (:func:`concordance`, on a worker thread).

Documents come in the list's order for the first :data:`FIRST_DOCS` (the most relevant: they hold
the most occurrences, so the first page reads few), then in the index's order (the order they were
imported); lines in text order within a document; a concordance is sorted by the words around the keyword (:data:`SORTS`) or by date.
"""

from __future__ import annotations

import bisect
import contextlib
import csv
import heapq
import io
import re
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final

from kashshaf.core.analysis import KWIC_SORTS as SORTS
from kashshaf.core.analysis import KWIC_WIDTH as DEFAULT_WIDTH
from kashshaf.core.analysis import Scope
from kashshaf.core.bidi import isolate_ltr
from kashshaf.core.citation import date_phrase, outlet_name
from kashshaf.core.models import DocumentRow, Outlet
from kashshaf.core.search.analysis import analyze_exact, word_forms
from kashshaf.core.search.counting import docset
from kashshaf.core.search.query import QueryTerms, query_terms
from kashshaf.core.search.ranking import ranked
from kashshaf.core.search.snippets import SpanMatcher

if TYPE_CHECKING:
    from kashshaf.core.workspace import Workspace

PAGE = 200
"""lines read at a time (the window's page, the first answer)"""
MAX_LINES = 200_000
"""a concordance stops here (its documents beyond are counted, their lines not kept)"""
FIRST_DOCS = 200
"""documents read first in the list's order (the rest in the index's): enough for a first page"""
BY_DATE = "date"
"""the newest documents first (a sort key beside :data:`SORTS`)"""
_LAST = "\U0010ffff"
"""the key of a missing word (the keyword starts or ends the text): after every word"""

Cancelled = Callable[[], bool]


Occurrence = tuple[int, int, int, tuple[str, ...], tuple[str, ...]]
"""One line of a concordance, without its text: ``(doc, start, end, keys, context)``, read with
:data:`DOC`, :data:`START`, :data:`END`, :data:`KEYS`, :data:`CONTEXT`. ``doc`` is the index of its
document in :attr:`Concordance.doc_ids`; ``keys`` the normalised words L1, L2, L3, R1, R2, R3 ("" where
the text has none); ``context`` the normalised words of its context (both sides), for the filter.

A plain tuple of numbers and tuples of strings: the cyclic garbage collector stops tracking it, so
200,000 of them never lengthen a full collection (which holds the interpreter, and with it the
window's thread); an object or a named tuple a line made one 40,000-line concordance add 140 ms."""
DOC: Final = 0
START: Final = 1
END: Final = 2
KEYS: Final = 3
CONTEXT: Final = 4


@dataclass(frozen=True, slots=True)
class KwicLine:
    """One line as shown and exported: offsets into the clean text of ``doc_id``."""

    doc_id: str
    start: int
    end: int
    keyword: str
    """as the text writes it: ``text[start:end]``"""
    before: str
    """the context before the keyword (on its right in Arabic), cut at a word boundary"""
    after: str
    """the context after the keyword (on its left in Arabic)"""
    title: str
    date: str | None
    date_kind: str | None
    outlet: Outlet | None = None
    source: str | None = None
    context_start: int = 0
    """where the context before begins (the passage a kept line keeps: ``context_start``–``context_end``)"""
    context_end: int = 0

    def as_dict(self, lang: str = "ar") -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "start": self.start,
            "end": self.end,
            "keyword": self.keyword,
            "before": self.before,
            "after": self.after,
            "title": self.title,
            "outlet": outlet_name(self, lang),
            "date": self.date,
            "date_kind": self.date_kind,
            "context_start": self.context_start,
            "context_end": self.context_end,
        }


CSV_COLUMNS = ("document", "date", "date kind", "outlet", "title", "before", "keyword", "after", "start", "end")
DATE_KINDS_AR = {"published": "نشر", "retrieved": "اطلاع"}
"""a date's kind in an Arabic CSV: the date it was published, or the date it was read (retrieved)"""


def to_csv(lines: Iterable[KwicLine], lang: str = "ar", header: Sequence[str] = CSV_COLUMNS) -> str:
    """The lines as CSV for a spreadsheet: a byte-order mark (so Excel reads UTF-8), a header (the
    columns of :data:`CSV_COLUMNS`, named by ``header``: the window names them in its language), one
    row a line; the context before and after in reading order (``before`` is on the keyword's right
    in Arabic)."""
    if len(header) != len(CSV_COLUMNS):
        raise ValueError(f"a concordance's CSV has {len(CSV_COLUMNS)} columns, not {len(header)}")
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    for line in lines:
        writer.writerow(
            (
                line.doc_id,
                (line.date or "")[:10],
                (DATE_KINDS_AR.get(line.date_kind or "", line.date_kind) if lang == "ar" else line.date_kind) or "",
                outlet_name(line, lang),
                line.title,
                line.before,
                line.keyword,
                line.after,
                line.start,
                line.end,
            )
        )
    return "\ufeff" + buffer.getvalue()


@dataclass(slots=True)
class Concordance:
    """The occurrences of a scope, in the list's order (documents) and text order (lines)."""

    scope: Scope
    width: int = DEFAULT_WIDTH
    mode: str = "query"
    """``query`` (the query's words), ``entity`` (the chosen entity's mentions) or ``none``
    (no words and no entity: nothing to look for)"""
    doc_ids: list[str] = field(default_factory=list)
    """the documents read, in the list's order"""
    occurrences: list[Occurrence] = field(default_factory=list)
    documents: int = 0
    """documents of the scope (0 while not known: a first page is read before they are counted)"""
    complete: bool = False
    """every document of the scope read (or :attr:`truncated`)"""
    truncated: bool = False
    """stopped at :data:`MAX_LINES`"""
    read: int = 0
    """documents read so far (with lines or without)"""
    dates: list[str | None] = field(default_factory=list)
    """the shown date of each of :attr:`doc_ids` (for the order by date)"""
    released: bool = False
    """its lines let go (:meth:`release`): nothing more is read of it"""

    def __len__(self) -> int:
        return len(self.occurrences)

    def order(self, sort: str | None = None, n: int | None = None) -> list[int]:
        """Occurrence indexes (the first ``n``) sorted by ``sort`` (one of :data:`SORTS`: by that word,
        then the next ones outward, then the index's order; or :data:`BY_DATE`), or in the index's
        order (None)."""
        n = len(self.occurrences) if n is None else n
        if sort is None:
            return list(range(n))
        occ = self.occurrences
        if sort == BY_DATE:
            dates = self.dates
            return _sorted_yielding([dates[occ[i][DOC]] or "" for i in range(n)], reverse=True)
        if sort not in SORTS:
            raise ValueError(f"unknown sort {sort!r}: one of {', '.join(SORTS)}")
        side = 0 if sort[0] == "L" else 3
        first = int(sort[1]) - 1
        slots = [side + k for k in range(first, 3)]
        # one string a line: its words joined by the smallest character sort as their tuple would
        return _sorted_yielding(["\x00".join(occ[i][KEYS][s] or _LAST for s in slots) for i in range(n)])

    def matching(self, order: list[int], word: str, count: Callable[[str], int] | None = None) -> list[int]:
        """The indexes of ``order`` whose context has ``word`` (normalised; with a clitic, as
        ``بالإدارة`` has ``الإدارة``)."""
        wanted = {analyze_exact(w) for w in word.split()} - {""}
        if not wanted:
            return list(order)
        has: dict[str, bool] = {}
        # a word's clitic-free forms are parts of it (the article put back before some)
        parts = tuple(w[2:] if w.startswith("ال") else w for w in wanted)

        def holds(form: str) -> bool:
            found = has.get(form)
            if found is None:
                found = has[form] = form in wanted or (
                    any(part in form for part in parts) and not wanted.isdisjoint(word_forms(form, count))
                )
            return found

        occ = self.occurrences
        return [i for i in order if any(holds(f) for f in occ[i][CONTEXT])]

    def arrange(self, ws: Workspace, sort: str | None, word: str = "", n: int | None = None) -> list[int]:
        """The first ``n`` lines sorted by ``sort`` (:meth:`order`), those whose context has ``word``
        (:meth:`matching`) when one is given."""
        order = self.order(sort, n)
        return self.matching(order, word, ws.index.vocabulary.count) if word.strip() else order

    def release(self) -> None:
        """Let go of every line, a block at a time, once nothing reads this concordance any more (a
        worker's last step). Freeing 200,000 lines at one go is a single call in C that holds the
        interpreter for about 100 ms: the window's thread, which dropped the last reference when the next
        query came, waited for it (20-40 ms for a concordance of 20,000-40,000 lines). Reading lines of a
        released concordance raises :class:`ConcordanceReleased`, never gives fewer lines."""
        self.released = True
        occ = self.occurrences
        while occ:
            del occ[-RELEASE_BLOCK:]
            time.sleep(0)  # the window's thread may have the interpreter between two blocks
        self.doc_ids.clear()
        self.dates.clear()
        self.complete = True

    def lines(self, ws: Workspace, indexes: Iterable[int]) -> list[KwicLine]:
        """The text of these occurrences (one read of their documents). Raises
        :class:`ConcordanceReleased` when the concordance is let go (before or while it is read)."""
        if self.released:
            raise ConcordanceReleased
        occ, doc_ids = self.occurrences, self.doc_ids
        try:
            chosen = [occ[i] for i in indexes]
            ids = list(dict.fromkeys(doc_ids[o[DOC]] for o in chosen))
            found = ws.store.summaries(ids)
            out = []
            for o in chosen:
                doc_id = doc_ids[o[DOC]]
                if doc_id not in found:  # deleted since: a line without text keeps the others in their rows
                    out.append(KwicLine(doc_id, o[START], o[END], "", "", "", "", None, None))
                    continue
                row, text = found[doc_id]
                out.append(make_line(row, text, o[START], o[END], self.width))
        except IndexError:
            if self.released:  # let go on another thread while these were read
                raise ConcordanceReleased from None
            raise
        if self.released:
            raise ConcordanceReleased
        return out


class ConcordanceReleased(Exception):
    """The lines asked for belong to a concordance let go since (a newer query's replaced it)."""

    def __str__(self) -> str:
        return "the concordance changed before its lines were read: a newer query replaced it; try again"


SORT_BLOCK = 4096
"""lines sorted at one go: a sort in C holds the interpreter, so the window's thread waits at most one block"""
RELEASE_BLOCK = 4096
"""lines freed at one go by :meth:`Concordance.release`"""


def _sorted_yielding(keys: list[str], reverse: bool = False) -> list[int]:
    """The indexes of ``keys`` in the order of their keys (ties in index order), sorted a block at a
    time and merged, letting other threads run between blocks."""
    blocks = []
    for lo in range(0, len(keys), SORT_BLOCK):
        block = sorted(range(lo, min(lo + SORT_BLOCK, len(keys))), key=keys.__getitem__, reverse=reverse)
        blocks.append(block)
        time.sleep(0)
    if len(blocks) <= 1:
        return blocks[0] if blocks else []
    return list(heapq.merge(*blocks, key=keys.__getitem__, reverse=reverse))


# --- the text of a line ----------------------------------------------------------------

_SPACES = re.compile(r"\s+")


def _one_line(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def context_span(text: str, start: int, end: int, width: int) -> tuple[int, int]:
    """The offsets of the context around ``start``–``end``: up to ``width`` characters each side,
    from a word's beginning to a word's end."""
    a = start - width
    if a <= 0:
        a = 0
    else:
        cut = _SPACES.search(text, a, start)
        a = cut.end() if cut else a
    b = end + width
    if b >= len(text):
        b = len(text)
    else:
        last = -1
        for m in _SPACES.finditer(text, end, b + 1):
            last = m.start()
        b = last if last > end else b
    return a, b


def make_line(row: DocumentRow, text: str, start: int, end: int, width: int = DEFAULT_WIDTH) -> KwicLine:
    a, b = context_span(text, start, end, width)
    return KwicLine(
        row.id,
        start,
        end,
        text[start:end],
        _one_line(text[a:start]),
        _one_line(text[end:b]),
        row.title,
        row.date,
        row.date_kind,
        row.outlet,
        row.source,
        a,
        b,
    )


_LATIN_RUN = re.compile(
    r"(?:https?://|www\.)\S+"
    r"|[@#]?[A-Za-z\u00c0-\u024f][A-Za-z0-9\u00c0-\u024f'’&@#%+._/:-]*"
    r"(?:[ ,]+[A-Za-z0-9\u00c0-\u024f][A-Za-z0-9\u00c0-\u024f'’&@#%+._/:-]*)*"
)


def isolate_latin(text: str) -> str:
    """``text`` with each run of Latin words (a name, an acronym, a web address, with the numbers
    and dots inside it) as a left-to-right isolate: in an Arabic line it stays whole, in its own
    order, and takes no neighbouring number or punctuation along (a full stop after it stays out)."""

    def wrap(m: re.Match[str]) -> str:
        run = m.group(0)
        core = run.rstrip(".,:")
        return isolate_ltr(core) + run[len(core) :]

    return _LATIN_RUN.sub(wrap, text)


def line_date(line: KwicLine, lang: str = "ar") -> str:
    return date_phrase(line.date, line.date_kind, lang)


# --- finding the occurrences -------------------------------------------------------------


class _Finder:
    """The occurrences of one scope in one document after another."""

    def __init__(self, ws: Workspace, scope: Scope, width: int) -> None:
        self.ws = ws
        self.width = width
        self.entity = scope.entity if not scope.text.strip() else None
        terms = query_terms(scope.query(ws)) if self.entity is None else QueryTerms()
        self.matcher = SpanMatcher(terms, ws.index.vocabulary)
        self.intern: dict[str, str] = {}

    def _form(self, word: str) -> str:
        form = self.matcher.form(word)
        return self.intern.setdefault(form, sys.intern(form))

    def runs(
        self, doc_id: str, text: str, words: list[str], starts: list[int], ends: list[int]
    ) -> list[tuple[int, int, int, int]]:
        """``(start, end, first token, token after)`` of each keyword of the document."""
        if self.entity is None:
            return [(starts[i], ends[j - 1], i, j) for i, j in self.matcher.runs(words)]
        out = []
        for m in sorted(self.ws.entities.mentions(doc_id), key=lambda m: (m.start, m.end)):
            if m.entity_id != self.entity or not 0 <= m.start < m.end <= len(text):
                continue
            # the tokens the mention covers: those that end after its start and begin before its end
            out.append((m.start, m.end, bisect.bisect_right(ends, m.start), bisect.bisect_left(starts, m.end)))
        return out

    def occurrences(self, doc: int, doc_id: str, text: str) -> list[Occurrence]:
        words, starts, ends = self.matcher.tokens(text)
        found = []
        width = self.width
        form = self._form
        n = len(words)
        for start, end, i, j in self.runs(doc_id, text, words, starts, ends):
            before = [form(words[k]) for k in range(i - 1, max(-1, i - 4), -1)]
            after = [form(words[k]) for k in range(j, min(n, j + 3))]
            keys = tuple(before + [""] * (3 - len(before)) + after + [""] * (3 - len(after)))
            a, b = context_span(text, start, end, width)  # the words shown: those inside the context
            k0 = bisect.bisect_left(starts, a)
            k1 = bisect.bisect_right(ends, b)
            context = tuple(form(words[k]) for k in range(k0, k1) if not i <= k < j)
            found.append((doc, start, end, keys, context))
        return found


def _mode(scope: Scope) -> str:
    if scope.text.strip():
        return "query"
    return "entity" if scope.entity is not None else "none"


class KwicBuilder:
    """A concordance read a slice at a time: the scope's first :data:`FIRST_DOCS` documents in the
    list's order (the most relevant), then the others in the index's order (the order they were
    imported), each read once. The window reads a first page, then the rest in slices of
    about :data:`SLICE_SECONDS`, so the other views computed on the same worker never wait long.

    Holds one index snapshot (a searcher) until every document is read or :meth:`close`."""

    def __init__(self, ws: Workspace, scope: Scope, width: int = DEFAULT_WIDTH) -> None:
        self.ws = ws
        self.conc = Concordance(scope, width, _mode(scope))
        self._docnums: list[int] = []
        self._next = 0
        self._batch = 4
        self._pending: list[tuple[str, tuple[DocumentRow, str] | None]] = []
        """texts read from the store and not yet looked at (the last first)"""
        self._searcher: Any = None
        self._all_known = True
        if self.conc.mode == "none":
            self.conc.complete = True
            return
        self._finder = _Finder(ws, scope, width)
        self._searcher = ws.index.searcher()
        self._query = scope.query(ws)
        # the list's first documents first (they hold the most occurrences: the first page reads few and
        # no more); every other document of the scope, in the index's order, once those are read
        # ranked as the list ranks them (core.search.ranking: each posting block read once), not by whoosh's
        # own search, which took 60-150 ms more on a word in 17,000 documents of 100,000
        fast = ranked(self._query, self._searcher, FIRST_DOCS)
        if fast is not None:
            self._docnums = [docnum for docnum, _score in fast[0]]
        else:
            self._docnums = [h.docnum for h in self._searcher.search(self._query, limit=FIRST_DOCS)]
        self._all_known = len(self._docnums) < FIRST_DOCS  # fewer than asked: they are all
        self.conc.documents = len(self._docnums) if self._all_known else 0
        if not self._docnums:
            self.finish()

    def _more_documents(self) -> None:
        """The scope's other documents, after the first ones (their set from the postings)."""
        first = set(self._docnums)
        self._docnums += sorted(n for n in docset(self._query, self._searcher) if n not in first)
        self._all_known = True
        self.conc.documents = len(self._docnums)

    @property
    def done(self) -> bool:
        return self.conc.complete

    def finish(self) -> None:
        self.conc.complete = True
        self.close()

    def close(self) -> None:
        """Let the index snapshot go (a builder closed before it was done reads nothing more)."""
        searcher, self._searcher = self._searcher, None
        if searcher is not None:
            with contextlib.suppress(Exception):  # its index may have closed with its corpus already
                searcher.close()

    def step(self, lines: int | None = None, seconds: float | None = None, cancelled: Cancelled | None = None) -> bool:
        """Read documents until ``lines`` more lines were found, ``seconds`` have passed, or every
        document is read (the same step twice never reads a document twice). True when done."""
        conc = self.conc
        if conc.complete or self._searcher is None:
            return conc.complete
        started = time.perf_counter()
        want = None if lines is None else len(conc.occurrences) + lines
        while True:
            if self._next >= len(self._docnums):
                if self._all_known:
                    break
                self._more_documents()
                continue
            if cancelled is not None and cancelled():
                self.close()
                return False
            if not self._pending:  # the next documents' texts, a few at first, then more at a time
                nums = self._docnums[self._next : self._next + self._batch]
                self._batch = min(self._batch * 2, 16)
                ids = [self._searcher.stored_fields(n)["id"] for n in nums]
                texts = self.ws.store.summaries(ids)
                self._pending = [(doc_id, texts.get(doc_id)) for doc_id in reversed(ids)]
            doc_id, found = self._pending.pop()
            self._next += 1
            if seconds is not None:  # reading in the background: the window's thread may have the
                time.sleep(0)  # interpreter between two documents (it never waits a switch interval)
            if found is not None:  # (None: deleted from the store since it was indexed)
                row, text = found
                found_lines = self._finder.occurrences(len(conc.doc_ids), doc_id, text)
                if found_lines:
                    conc.doc_ids.append(doc_id)
                    conc.dates.append(row.date)
                    room = MAX_LINES - len(conc.occurrences)
                    conc.occurrences.extend(found_lines[:room])
                    if len(found_lines) > room:
                        conc.truncated = True
                        break
            if want is not None and len(conc.occurrences) >= want:
                break
            if seconds is not None and time.perf_counter() - started >= seconds:
                break
        conc.read = self._next
        if (self._all_known and self._next >= len(self._docnums)) or conc.truncated:
            self.finish()
        return conc.complete


SLICE_SECONDS = 0.15


def first_page(ws: Workspace, scope: Scope, width: int = DEFAULT_WIDTH, lines: int = PAGE) -> KwicBuilder:
    """A builder that has read the first documents, until ``lines`` lines (or all of them)."""
    builder = KwicBuilder(ws, scope, width)
    builder.step(lines=lines)
    return builder


def concordance(
    ws: Workspace, scope: Scope, width: int = DEFAULT_WIDTH, cancelled: Cancelled | None = None
) -> Concordance:
    """Every occurrence of the scope (up to :data:`MAX_LINES`)."""
    builder = KwicBuilder(ws, scope, width)
    try:
        builder.step(cancelled=cancelled)
    finally:
        builder.close()
    return builder.conc
