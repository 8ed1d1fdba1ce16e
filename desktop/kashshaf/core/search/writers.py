"""whoosh writers that use :class:`LeanPostingPool`.

:meth:`LeanSegmentWriter.add_document` is whoosh's, but hands each field's
postings to the pool at once (:meth:`LeanPostingPool.add_field`) instead of
a call and a tuple per posting; an :class:`ArabicTextField`'s as parallel
lists of terms, weights and values (:meth:`ArabicTextField.postings`,
:meth:`LeanPostingPool.add_postings`), no tuple per posting at all.

whoosh 2.7's SegmentWriter accepts a ``poolclass`` argument but ignores it
(it always builds a PostingPool), so the pool is swapped right after
construction: in the single-process writer, in the multi-process parent, and
in each worker process (whose SegmentWriter is built inside whoosh's
SubWriterTask; the swap there is made in the worker process only).
"""

from __future__ import annotations

from typing import Any

import whoosh.multiproc
from whoosh.multiproc import MpWriter, SubWriterTask
from whoosh.writing import SegmentWriter

from kashshaf.core.search.analysis import ArabicTextField
from kashshaf.core.search.codec import LeanPostingPool


def _lean_pool(writer: SegmentWriter, limitmb: int) -> None:
    writer.pool = LeanPostingPool(writer._tempstorage, writer.newsegment, limitmb=limitmb)


class LeanSegmentWriter(SegmentWriter):  # type: ignore[misc]  # whoosh has no types: its classes are Any
    def __init__(self, ix: Any, limitmb: int = 128, **kwargs: Any) -> None:
        super().__init__(ix, limitmb=limitmb, **kwargs)
        _lean_pool(self, limitmb)
        self._plain = not any(f.separate_spelling() or f.vector for _name, f in self.schema.items())

    def add_document(self, **fields: Any) -> None:
        """whoosh 2.7's ``SegmentWriter.add_document``, each field's postings pooled at once
        (whoosh's own for a schema with spelling or vector fields, which Kashshaf's has not)."""
        if not self._plain:
            super().add_document(**fields)
            return
        self._check_state()
        perdocwriter = self.perdocwriter
        schema = self.schema
        docnum = self.docnum
        pool: LeanPostingPool = self.pool
        docboost = self._doc_boost(fields)
        fieldnames = sorted(name for name in fields if not name.startswith("_"))
        self._check_fields(schema, fieldnames)
        perdocwriter.start_doc(docnum)
        try:
            for fieldname in fieldnames:
                value = fields.get(fieldname)
                if value is None:
                    continue
                field = schema[fieldname]
                length = 0
                if field.indexed:
                    fieldboost = self._field_boost(fields, fieldname, docboost)
                    if isinstance(field, ArabicTextField) and isinstance(value, str):
                        terms, freqs, values = field.postings(value)
                        boost = field.format.field_boost
                        weights = freqs if boost == fieldboost == 1.0 else [f * boost * fieldboost for f in freqs]
                        pool.add_postings(fieldname, docnum, terms, weights, values)
                        length = sum(freqs)
                    else:
                        length = pool.add_field(fieldname, docnum, field.index(value), fieldboost)
                    if not field.scorable:  # only a scorable field keeps its length
                        length = 0
                customval = fields.get(f"_stored_{fieldname}", value)
                perdocwriter.add_field(fieldname, field, customval if field.stored else None, length)
                column = field.column_type
                if column and customval is not None:
                    perdocwriter.add_column_value(fieldname, column, field.to_column_value(customval))
        except Exception:
            perdocwriter.cancel_doc()
            raise
        perdocwriter.finish_doc()
        self._added = True
        self.docnum += 1


class _LeanSubWriterTask(SubWriterTask):  # type: ignore[misc]  # whoosh has no types: its classes are Any
    schema: Any = None
    """the parent writer's schema, whose vocabulary has every word count loaded"""

    def run(self) -> None:
        # runs in the worker process: whoosh's task builds whoosh.multiproc.SegmentWriter
        whoosh.multiproc.SegmentWriter = LeanSegmentWriter
        if self.schema is not None:
            # whoosh's task opens the index without a schema, so the worker would analyse with the one
            # pickled in the table of contents, whose vocabulary (pickled when the index was created) asks
            # the database for each word's count; the parent's is the same schema with the counts loaded
            storage, schema = self.storage, self.schema
            opener = storage.open_index
            storage.open_index = lambda indexname, schema_=None: opener(indexname, schema=schema)
        super().run()


class LeanMpWriter(MpWriter):  # type: ignore[misc]  # whoosh has no types: its classes are Any
    def __init__(self, ix: Any, procs: int, limitmb: int = 128, **kwargs: Any) -> None:
        super().__init__(ix, procs=procs, limitmb=limitmb, **kwargs)
        _lean_pool(self, limitmb)

    def _new_task(self) -> Any:
        task = _LeanSubWriterTask(
            self.storage, self.indexname, self.jobqueue, self.resultqueue, self.subargs, self.multisegment
        )
        task.schema = self.schema
        self.tasks.append(task)
        task.start()
        return task
