"""whoosh writers that use :class:`LeanPostingPool`.

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

from kashshaf.core.search.codec import LeanPostingPool


def _lean_pool(writer: SegmentWriter, limitmb: int) -> None:
    writer.pool = LeanPostingPool(writer._tempstorage, writer.newsegment, limitmb=limitmb)


class LeanSegmentWriter(SegmentWriter):  # type: ignore[misc]  # whoosh has no types: its classes are Any
    def __init__(self, ix: Any, limitmb: int = 128, **kwargs: Any) -> None:
        super().__init__(ix, limitmb=limitmb, **kwargs)
        _lean_pool(self, limitmb)


class _LeanSubWriterTask(SubWriterTask):  # type: ignore[misc]  # whoosh has no types: its classes are Any
    def run(self) -> None:
        # runs in the worker process: whoosh's task builds whoosh.multiproc.SegmentWriter
        whoosh.multiproc.SegmentWriter = LeanSegmentWriter
        super().run()


class LeanMpWriter(MpWriter):  # type: ignore[misc]  # whoosh has no types: its classes are Any
    def __init__(self, ix: Any, procs: int, limitmb: int = 128, **kwargs: Any) -> None:
        super().__init__(ix, procs=procs, limitmb=limitmb, **kwargs)
        _lean_pool(self, limitmb)

    def _new_task(self) -> Any:
        task = _LeanSubWriterTask(
            self.storage, self.indexname, self.jobqueue, self.resultqueue, self.subargs, self.multisegment
        )
        self.tasks.append(task)
        task.start()
        return task
