"""Exports from the window: excerpts (Word, PDF, Markdown, CSV, JSON) and a search's results
(CSV, JSON), to a file the person chooses."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from kashshaf.core.bidi import isolate_ltr
from kashshaf.core.excerpts import Excerpt
from kashshaf.core.export import FORMATS, export_excerpts, hits_to_csv, hits_to_json, write_atomic
from kashshaf.core.export.files import file_stem
from kashshaf.core.export.pdf import excerpts_html, write_drawn_pdf
from kashshaf.ui.export_pdf import draw_pdf
from kashshaf.ui.messages import text_of

if TYPE_CHECKING:
    from kashshaf.core.workspace import Workspace
    from kashshaf.ui.mainwindow import MainWindow

RESULT_FORMATS = [("csv", "CSV"), ("json", "JSON")]


class ExportController(QObject):
    """``window.exports``: choose a file, write it off the window's thread, say where it went."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        window.excerpts.export_requested.connect(self.export_excerpts)

    def choose_target(
        self, title: str, formats: list[tuple[str, str]], stem: str | None = None
    ) -> tuple[Path, str] | None:
        """The file to write and its format (``(extension, label)`` of ``formats``), through the file dialog;
        the extension is added when the name lacks it (asking before replacing a file of that name)."""
        filters = ";;".join(f"{label} (*.{ext})" for ext, label in formats)
        name = f"{stem or self._file_name()}.{formats[0][0]}"
        path, chosen = self.window.file_dialogs.save(title, name, filters)
        if not path:
            return None
        target = Path(path)
        typed = target.suffix.lstrip(".").lower()
        # the extension typed decides (timeline.svg is an SVG whatever the dialog's filter), else the filter
        known = [e for e, _label in formats]
        ext = typed if typed in known else next((e for e, label in formats if chosen.startswith(label)), known[0])
        if target.suffix.lstrip(".") != ext:
            target = target.with_name(target.name + f".{ext}")
            if (
                target.exists()
                and QMessageBox.question(
                    self.window, title, self.tr("{file} exists. Replace it?").format(file=isolate_ltr(str(target)))
                )
                != QMessageBox.StandardButton.Yes
            ):
                return None
        return target, ext

    def _file_name(self) -> str:
        """A file name for an export: what it is, the corpus, today (the clock is the user's)."""
        return file_stem(self.tr("excerpts"), self.window.corpus.name(), today=time.strftime("%Y-%m-%d"))

    def export_excerpts(self) -> None:
        """The excerpts the panel lists (all of them when it lists none), in a format of the registry."""
        w = self.window
        if w.workspace is None:
            return
        listed = list(w.excerpts.model.excerpts)
        chosen = self.choose_target(self.tr("Export excerpts"), [(f.name, f.label) for f in FORMATS.values()])
        if chosen is None:
            return
        target, fmt = chosen
        heading, corpus, lang = self.tr("Excerpts"), w.corpus.name(), w.lang

        def write(excerpts: list[Excerpt]) -> None:
            export_excerpts(excerpts, fmt, target, heading, overwrite=True, lang=lang, corpus=corpus)

        def drawn_here(excerpts: list[Excerpt]) -> None:
            # Qt draws on the window's thread (the excerpts are few); the text layer's repair
            # and the writing go back to the job lane
            try:
                pdf = draw_pdf(excerpts_html(excerpts, heading, corpus, lang), heading)
            except Exception as exc:  # whatever stops the drawing, the export says so and is no longer busy
                self._failed(exc)
                return
            w.ops.query_op(lambda _ws: write_drawn_pdf(pdf, target), lane="job").success(
                lambda _r: self._written(target)
            ).failure(self._failed).run()

        w.set_job(self.tr("Exporting…"), busy=True)
        if FORMATS[fmt].drawn:
            w.ops.query_op(lambda ws: listed or ws.excerpts.all(), lane="job").success(drawn_here).failure(
                self._failed
            ).run()
            return
        w.ops.query_op(lambda ws: write(listed or ws.excerpts.all()), lane="job").success(
            lambda _r: self._written(target)
        ).failure(self._failed).run()

    def export_results(self) -> None:
        """Every hit of the current search (its query, entity and filters)."""
        w = self.window
        text, entity, filters, exact = w.search_bar.query(), w.entity_id, w.filter_bar.filters(), w.search_bar.exact()
        if w.workspace is None or (not text and entity is None and not filters):
            w.statusBar().showMessage(self.tr("Search first: the results of a search are exported."), 4000)
            return
        chosen = self.choose_target(self.tr("Export search results"), RESULT_FORMATS)
        if chosen is None:
            return
        target, fmt = chosen
        lang = w.lang

        def write(ws: Workspace) -> None:
            results = ws.search(text, limit=None, entity=entity, filters=filters, exact=exact)
            data = (
                hits_to_csv(results.hits, lang)
                if fmt == "csv"
                else hits_to_json(results.hits, text, results.total, lang, exact=results.exact)
            )
            write_atomic(target, data, overwrite=True)

        w.set_job(self.tr("Exporting…"), busy=True)
        w.ops.query_op(write, lane="job").success(lambda _r: self._written(target)).failure(self._failed).run()

    def _written(self, target: Path) -> None:
        self.window.set_job("", busy=False)
        self.window.statusBar().showMessage(self.tr("Written: {file}").format(file=isolate_ltr(str(target))), 8000)

    def _failed(self, exc: BaseException) -> None:
        self.window.set_job("", busy=False)
        QMessageBox.warning(self.window, self.tr("Export"), text_of(exc))
