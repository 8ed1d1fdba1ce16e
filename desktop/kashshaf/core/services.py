"""The workspace's services, one per thing a person keeps or decides: ``ws.excerpts``,
``ws.entities`` and ``ws.curation`` (after Anki's ``col.tags = TagManager(col)``).

Each takes the workspace it serves; every change goes through
:meth:`Workspace.check_writable`, so a corpus opened read-only refuses it with
the reason, whoever asks (the window, the CLI, a script). The stores below
(:class:`~kashshaf.core.excerpts.ExcerptStore`,
:class:`~kashshaf.core.entities.store.EntityStore`) are the tables; these are
what the rest of the code calls.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from kashshaf.core.entities.curation import Add, ChangeType, CurationOp, Delete, Merge, op_of, to_op
from kashshaf.core.entities.extract import Extractor
from kashshaf.core.entities.pipeline import make_extractor, spans_for
from kashshaf.core.entities.store import EntityStore, ExtractedSpan
from kashshaf.core.excerpts import Excerpt, ExcerptError, ExcerptFilter
from kashshaf.core.models import Entity, ImportProgress, Mention, ProgressCallback
from kashshaf.core.search.query import QueryError

if TYPE_CHECKING:
    from kashshaf.core.workspace import Workspace

EXTRACT_BATCH = 500


class ExcerptService:
    """Excerpts: passages kept with a note, tags and a colour, in the user's order (``ws.excerpts``)."""

    def __init__(self, ws: Workspace) -> None:
        self.ws = ws
        self.store = ws.store.excerpts

    def all(self, where: ExcerptFilter | None = None, entity: str | None = None) -> list[Excerpt]:
        """Excerpts in the user's order; ``entity`` keeps those of documents that mention it."""
        if entity is not None:
            where = where or ExcerptFilter()
            where.doc_ids = {h.id for h in self.ws.search("", limit=None, snippets=False, entity=entity).hits}
        return self.store.select(where)

    def get(self, excerpt_id: str) -> Excerpt | None:
        return self.store.get(excerpt_id)

    def marks(self, doc_id: str) -> list[tuple[int, int, str]]:
        """``(start, end, colour)`` of a document's excerpts that are still in its text (the reader marks them)."""
        return [
            (e.start, e.end, e.colour)
            for e in self.store.select(ExcerptFilter(doc_id=doc_id, statuses=("ok", "moved")))
        ]

    def tags(self) -> list[str]:
        return self.store.tags()

    def add(
        self, doc_id: str, start: int, end: int, note: str = "", tags: Iterable[str] = (), colour: str = "yellow"
    ) -> Excerpt:
        """Keep the passage ``start``–``end`` of a document's clean text (offsets as ``show`` prints it)."""
        self.ws.check_writable()
        doc = self.ws.document(doc_id)
        if doc is None:
            raise ExcerptError(f"no document {doc_id}")
        return self.store.add(doc, start, end, note, tags, colour)

    def update(self, excerpt_id: str, **changes: Any) -> Excerpt:
        """Change an excerpt's note, tags or colour; return it as it was (for undo: :meth:`restore`)."""
        self.ws.check_writable()
        before = self.store.get(excerpt_id)
        if before is None:
            raise ExcerptError(f"no excerpt {excerpt_id}")
        self.store.update(excerpt_id, **changes)
        return before

    def delete(self, excerpt_id: str) -> Excerpt | None:
        """Delete an excerpt; return it (for undo: :meth:`restore`)."""
        self.ws.check_writable()
        return self.store.delete(excerpt_id)

    def restore(self, excerpt: Excerpt) -> None:
        """Put an excerpt back exactly as it was (its place in the order included)."""
        self.ws.check_writable()
        self.store.restore(excerpt)

    def move(self, excerpt_id: str, before_id: str | None) -> dict[str, float]:
        """Put an excerpt before another (None: last); return the order as it was (for :meth:`set_order`)."""
        self.ws.check_writable()
        before = {e.id: e.position for e in self.store.select()}
        self.store.move(excerpt_id, before_id)
        return before

    def set_order(self, positions: dict[str, float]) -> None:
        self.ws.check_writable()
        self.store.set_positions(positions)


class EntityService:
    """People, organisations and places found in the corpus, as curated (``ws.entities``)."""

    def __init__(self, ws: Workspace) -> None:
        self.ws = ws
        self.store: EntityStore = ws.store.entities

    def all(self, doc_id: str | None = None, kind: str | None = None) -> list[Entity]:
        """Entities of one document or of the corpus, with mention and document counts."""
        return self.store.entities(doc_id, kind)

    def get(self, entity_id: str) -> Entity | None:
        return self.store.entity(entity_id)

    def find_ids(self, value: str) -> list[str]:
        """The entities called ``value`` (a name, an alias or an id)."""
        return self.store.find_ids(value)

    def mentions(self, doc_id: str) -> list[Mention]:
        """Entity mentions of ``doc_id``, in text order (offsets into its clean text)."""
        return self.store.mentions(doc_id)

    def cooccurring(self, entity_id: str, limit: int = 10) -> list[tuple[Entity, int]]:
        """The entities found most often in the same documents as ``entity_id``, with the count."""
        by_id = {e.id: e for e in self.all()}
        return [(by_id[i], n) for i, n in self.store.cooccurring(entity_id, limit) if i in by_id]

    def extractor(self) -> Extractor:
        """The extractor imports use, with the user's added entities."""
        return make_extractor(self.store.curation().additions)

    def set_mentions(self, doc_id: str, mentions: Iterable[tuple[int, int, str, str]]) -> None:
        """Record ``(start, end, name, type)`` spans as the extraction of ``doc_id`` and re-index it."""
        self.ws.check_writable()
        doc = self.ws.store.get(doc_id)
        if doc is None:
            raise KeyError(doc_id)
        spans = [(s, e, doc.clean_text[s:e], name, kind, "manual") for s, e, name, kind in mentions]
        self.store.save_extracted([(doc_id, spans)])
        self.ws.index_pending()

    def extract(
        self, doc_ids: Iterable[str] | None = None, progress: ProgressCallback | None = None, index: bool = True
    ) -> int:
        """Run the extractor again over ``doc_ids`` (default: every document) and re-index them (or, with
        ``index=False``, leave them for :meth:`Workspace.index_pending`)."""
        self.ws.check_writable()
        extractor = self.extractor()
        ids = list(doc_ids) if doc_ids is not None else self.ws.browse("imported", False)
        batch: list[tuple[str, list[ExtractedSpan]]] = []
        for done, doc_id in enumerate(ids, start=1):
            doc = self.ws.store.get(doc_id)
            if doc is None:
                continue
            batch.append((doc_id, spans_for(extractor, doc.clean_text)))
            if len(batch) >= EXTRACT_BATCH:
                self.store.save_extracted(batch)
                batch.clear()
            if progress is not None and done % 100 == 0:
                progress(ImportProgress("extracting", done, len(ids), 0))
        self.store.save_extracted(batch)
        if index:
            self.ws.index_pending()
        return len(ids)


@dataclass(frozen=True, slots=True)
class CurationChange:
    """Curation decisions applied together: their places in the log and the documents they touched."""

    seqs: tuple[int, ...]
    documents: tuple[str, ...]
    added: bool
    """a decision added a name to find (undoing it means extracting those documents again)"""


class CurationService:
    """What the user decided about entities: rename, retype, merge, split, delete, add (``ws.curation``).

    The decisions are a log (:mod:`kashshaf.core.entities.store`); applying one derives the
    mentions of the documents it touches again and re-indexes them."""

    def __init__(self, ws: Workspace) -> None:
        self.ws = ws
        self.store: EntityStore = ws.store.entities

    def decisions(self) -> list[CurationOp]:
        """The log, oldest first."""
        return [op_of(op) for op in self.store.curation_ops()]

    def apply(self, *decisions: CurationOp) -> CurationChange:
        """Apply decisions (checked first: a bad one raises CurationError and none is applied); return
        what :meth:`undo` needs to take them back, with the documents affected."""
        self.ws.check_writable()
        ops = [to_op(d) for d in decisions]
        _checked, seqs = self.store.append_ops_numbered(ops)
        affected: set[str] = set()
        for decision in decisions:
            if isinstance(decision, Add):
                affected |= self._apply_addition(decision)
            elif isinstance(decision, ChangeType | Merge | Delete) and decision.scope is not None:
                affected.add(decision.scope.doc)  # a decision about one document or one of its mentions
            else:
                ids = [decision.entity] + ([decision.into] if isinstance(decision, Merge) else [])
                affected |= set(self.store.documents_with(ids))
        self.store.derive(affected)
        self.ws.index_pending()
        return CurationChange(tuple(seqs), tuple(sorted(affected)), any(isinstance(d, Add) for d in decisions))

    def undo(self, change: CurationChange) -> None:
        """Take back the decisions of ``change``: they leave the log, and the documents they touched
        are derived again (extracted again when a decision added a name)."""
        self.ws.check_writable()
        self.store.remove_ops(change.seqs)
        if change.added:
            self.ws.entities.extract(change.documents)
        else:
            self.store.derive(change.documents)
            self.ws.index_pending()

    def _apply_addition(self, decision: Add) -> set[str]:
        """Find a user-added name in every document that has its words, and record the mentions."""
        surface = decision.text
        extractor = make_extractor([(surface, decision.name or surface, decision.type)], user_only=True)
        words = " ".join(f'"{w}"' for w in surface.split())
        try:
            candidates = {h.id for h in self.ws.search(words, limit=None, snippets=False).hits}
        except QueryError:
            candidates = set(self.ws.browse())
        affected = set()
        for doc_id in candidates:
            doc = self.ws.store.get(doc_id)
            if doc is None:
                continue
            spans = spans_for(extractor, doc.clean_text)
            if spans:
                self.store.add_extracted(doc_id, spans)
                affected.add(doc_id)
        return affected

    def export(self) -> dict[str, Any]:
        """The curation file's contents (``kashshaf-curation``, version 1: the log)."""
        return self.store.export_curation()

    @staticmethod
    def parse(data: Any) -> list[CurationOp]:
        """The decisions of a curation file's contents; raises CurationError for one that is not."""
        return [op_of(op) for op in EntityStore.parse_curation(data)]

    def load(self, data: Any) -> CurationChange:
        """Apply a curation file's decisions (after those already made)."""
        return self.apply(*self.parse(data))
