"""Opening a corpus in the window: which one, what it says as it opens (an index rebuilt, a
corpus migrated), and what read-only means for it."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from kashshaf.core.bidi import isolate, isolate_ltr
from kashshaf.core.corpus.lock import CorpusBusy, CorpusNotWritable
from kashshaf.core.workspace import Workspace
from kashshaf.paths import default_corpus_dir, user_data_dir
from kashshaf.ui.app import settings
from kashshaf.ui.messages import core_text, text_of

if TYPE_CHECKING:
    from kashshaf.ui.mainwindow import MainWindow
    from kashshaf.ui.tasks import TaskContext


class CorpusController(QObject):
    """``window.corpus``: open a corpus (in the background), say how it opened, mark it read-only."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.import_after_open: tuple[Path, list[Path]] | None = None
        """(corpus, paths): import these once that new corpus is open"""

    def open(self, corpus_dir: Path | None = None) -> None:
        """Open ``corpus_dir`` (or the last corpus, or the default one) in the background."""
        if corpus_dir is None:
            last = settings().value("corpus/last")
            corpus_dir = Path(str(last)) if last and Path(str(last)).exists() else None
        target = corpus_dir or default_corpus_dir()
        default = target == default_corpus_dir()
        self.window.set_job(self.tr("Opening the corpus…"), busy=True)

        def work(ctx: TaskContext) -> tuple[Workspace, int]:
            # what a crash left unindexed is indexed by a job once the window shows the corpus
            ws = Workspace.open_default(catch_up=False) if default else Workspace.open(target, catch_up=False)
            return ws, 0 if ws.readonly else ws.unindexed()

        self.window.runner.submit(work, on_done=self._opened, on_error=self._failed, lane="job")

    def _opened(self, opened: tuple[Workspace, int]) -> None:
        ws, unindexed = opened
        w = self.window
        old = w.workspace
        w.workspace = ws
        w.corpus_dir = ws.corpus_dir
        if old is not None and old is not ws:
            w.runner.settle("edit")  # the changes asked of the last corpus are written before it closes
            old.close()
        if old is not ws:
            w.reset_views()
        w.set_job("", busy=False)
        self._say_how_it_opened(ws)
        w.corpus_label.setText(self.tr("Corpus: {name}").format(name=isolate(self.name())))
        w.corpus_label.setToolTip(isolate_ltr(str(ws.corpus_dir)))
        self.show_read_only(ws.readonly)
        last_doc = settings().value("corpus/last_document")
        last_corpus = settings().value("corpus/last")
        if last_doc and str(last_corpus) == str(ws.corpus_dir) and old is None:
            w.listing.pending_document = str(last_doc)
        w.listing.refresh()
        w.excerpts_controller.refresh()
        settings().setValue("corpus/last", str(ws.corpus_dir))
        pending, self.import_after_open = self.import_after_open, None
        if pending is not None and pending[0] == ws.corpus_dir:
            w.jobs.start_import(pending[1])
        elif unindexed:
            w.jobs.index_pending()
        w.listing.freeze_after_entities = True

    def _say_how_it_opened(self, ws: Workspace) -> None:
        """What opening did to the corpus (an index rebuilt, documents settled again), in the status bar."""
        if ws.index_rebuilt_code is not None:
            code, params = ws.index_rebuilt_code
            text, msecs = core_text(code, params, ws.index_rebuilt_reason or ""), 10000
        elif ws.migrated:
            text, msecs = (
                self.tr(
                    "This corpus was made by an older Kashshaf: the dates and outlets of {n} documents were read "
                    "again (publication and retrieval dates apart; outlets by name)."
                ).format(n=f"{ws.migrated:,}"),
                15000,
            )
        elif ws.reextracted:
            text, msecs = (
                self.tr(
                    "The people, organisations and places of {n} documents were found again with this version's "
                    "extractor; your entity decisions still apply."
                ).format(n=f"{ws.reextracted:,}"),
                15000,
            )
        elif ws.recleaned:
            text, msecs = (
                self.tr("{n} documents were cleaned again with the new rules; their excerpts were re-anchored.").format(
                    n=ws.recleaned
                ),
                10000,
            )
        else:
            return
        self.window.statusBar().showMessage(text, msecs)

    def _failed(self, exc: BaseException, _trace: str) -> None:
        self.window.set_job("", busy=False)
        QMessageBox.critical(self.window, self.tr("The corpus cannot be opened"), text_of(exc))

    def read_only_message(self) -> str:
        return self.tr("This corpus is open read-only, so it cannot be changed now: {reason}").format(
            reason=self._read_only_reason()
        )

    def _read_only_reason(self) -> str:
        """Why the corpus is read-only, in the interface's words where the cause is one we know."""
        ws = self.window.workspace
        cause = ws.readonly_cause if ws is not None else None
        if isinstance(cause, CorpusBusy):
            info = cause.holder
            text = self.tr(
                "another Kashshaf has it open (process {pid}, since {since}). Close that one and open the corpus again."
            ).format(pid=info.get("pid", "?"), since=info.get("since", "?"))
            host = info.get("host")
            return text + (f" ({host})" if host and host != socket.gethostname() else "")
        if isinstance(cause, CorpusNotWritable):
            return self.tr("its folder cannot be written (a read-only folder or disk).")
        return (ws.readonly_reason if ws is not None else None) or ""

    def show_read_only(self, read_only: bool) -> None:
        """Mark the window read-only (a label in the status bar) and turn off what would write."""
        w = self.window
        w.read_only_label.setVisible(read_only)
        if read_only:
            w.read_only_label.setToolTip(self.read_only_message())
            w.statusBar().showMessage(self.read_only_message(), 15000)
        for action in w.write_actions:
            action.setEnabled(not read_only)
        w.excerpts.set_read_only(read_only)

    def name(self) -> str:
        corpus_dir = self.window.corpus_dir
        if corpus_dir is None:
            return ""
        if corpus_dir == default_corpus_dir():
            return self.tr("default (bundled samples)")
        return corpus_dir.name

    def choose(self) -> None:
        folder = self.window.file_dialogs.directory(self.tr("Open corpus folder"))
        if folder:
            self.open_folder(Path(folder))

    def open_folder(self, folder: Path) -> None:
        """Open a corpus folder; an empty folder becomes a new, empty corpus; a folder of articles
        becomes a new corpus (in the user data folder) with its files imported."""
        if (folder / "kashshaf.sqlite3").exists():
            self.open(folder)
            return
        if not any(not p.name.startswith(".") for p in folder.iterdir()):
            self.open(folder)
            self.window.statusBar().showMessage(
                self.tr(
                    "A new, empty corpus in {folder}: import articles with File → Import files or Import folder."
                ).format(folder=isolate_ltr(str(folder))),
                15000,
            )
            return
        answer = QMessageBox.question(
            self.window,
            self.tr("Not a corpus yet"),
            self.tr("{folder} is not a Kashshaf corpus. Make a new corpus of the articles in it?").format(
                folder=isolate_ltr(str(folder))
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        target = user_data_dir() / "corpora" / folder.name
        n = 1
        while (target / "kashshaf.sqlite3").exists():
            n += 1
            target = user_data_dir() / "corpora" / f"{folder.name}-{n}"
        self.import_after_open = (target, [folder])  # once the new corpus is open and this window holds it
        self.open(target)
