"""``KASHSHAF_STARTUP_PROBE=1``: the window prints the wall-clock time of its first paint and
of its first filled document list, then quits (``bench/bench_startup.py`` reads them)."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject

from kashshaf.ui.tasks import defer

if TYPE_CHECKING:
    from kashshaf.ui.mainwindow import MainWindow


class StartupProbe(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.painted = False
        window.installEventFilter(self)
        window.model.modelReset.connect(self._listed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.painted and event.type() == QEvent.Type.Paint:
            self.painted = True
            print(f"first-paint {time.time():.6f}", flush=True)
        return False

    def _listed(self) -> None:
        if self.window.model.rowCount():
            print(f"listed {time.time():.6f}", flush=True)
            defer(self.window.close, owner=self.window)
