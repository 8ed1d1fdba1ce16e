"""Entity curation in the window: the entity menus' decisions (rename, change type, merge,
split, delete, everywhere or in one document or one mention), a name added from the
reader's selection, and the curation file. Each decision is undoable and runs on the
task runner (:class:`~kashshaf.ui.undo.Curate`)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QMessageBox

from kashshaf.core.bidi import isolate_ltr
from kashshaf.core.entities.curation import Add, ChangeType, CurationOp, Delete, Merge, Rename, Scope, Split
from kashshaf.core.entities.store import CurationError
from kashshaf.core.export import write_atomic
from kashshaf.core.models import Entity
from kashshaf.core.services import CurationService
from kashshaf.ui.messages import text_of
from kashshaf.ui.ops import changes_corpus
from kashshaf.ui.undo import Curate

if TYPE_CHECKING:
    from kashshaf.core.workspace import Workspace
    from kashshaf.ui.mainwindow import MainWindow


class CurationController(QObject):
    """``window.curation``: what a person decides about the entities."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        window.entities.curation_requested.connect(self.curate_from_menu)
        window.reader.view.mention_curation_requested.connect(self.curate_from_menu)
        window.reader.view.add_entity_requested.connect(self.add_from_selection)

    @changes_corpus
    def curate(self, *decisions: CurationOp, text: str | None = None) -> None:
        """Apply curation decisions in the background (undoable); every panel then shows their effect."""
        command = Curate(
            self.window.ops, decisions, text or self.tr("entity change"), busy=self.tr("Updating entities…")
        )
        command.failed = lambda exc: QMessageBox.warning(self.window, self.tr("Entities"), text_of(exc))
        self.window.undo_stack.push(command)

    @changes_corpus
    def curate_from_menu(self, action: str, entity_id: str) -> None:
        """A curation decision asked for by a menu: ``action`` as :class:`EntityPane` emits it, perhaps
        scoped (``…@doc``: the document shown; ``…@mention:START:END``: one of its mentions)."""
        w = self.window
        action, _, where = action.partition("@")
        scope: Scope | None = None
        if where:
            if w.current_id is None:
                return
            scope = Scope(doc=w.current_id)
            if where.startswith("mention:"):
                _m, start, end = where.split(":")
                scope = Scope(doc=w.current_id, start=int(start), end=int(end))
        entity = w.entities.entity(entity_id)
        if entity is None:
            return
        if scope is not None:
            self._curate_scoped(action, entity, scope)
            return
        if action == "rename":
            name, ok = QInputDialog.getText(w, self.tr("Rename entity"), self.tr("Name:"), text=entity.name)
            if ok and name.strip() and name.strip() != entity.name:
                self.curate(Rename(entity_id, name.strip()), text=self.tr("rename entity"))
        elif action.startswith("type:"):
            self.curate(ChangeType(entity_id, action[5:]), text=self.tr("change entity type"))
        elif action.startswith("split:"):
            self.curate(Split(entity_id, action[6:]), text=self.tr("split entity"))
        elif action == "delete":
            self.curate(Delete(entity_id), text=self.tr("delete entity"))
            if w.entity_id == entity_id:
                w.listing.set_entity(None)
        elif action == "merge":
            into = self._merge_target(entity)
            if into is not None:
                self.curate(Merge(entity_id, into), text=self.tr("merge entities"))

    def _merge_target(self, entity: Entity) -> str | None:
        """Ask which entity of the corpus ``entity`` is to be merged into; its id, or None."""
        sidebar = self.window.entities
        others = [e for e in sidebar.corpus_entities() if e.id != entity.id]
        labels = [f"{e.name} ({sidebar.type_label(e.type)})" for e in others]
        choice, ok = QInputDialog.getItem(
            self.window,
            self.tr("Merge entity"),
            self.tr("Merge {name} into:").format(name=entity.name),
            labels,
            0,
            False,
        )
        return others[labels.index(choice)].id if ok and choice in labels else None

    def _curate_scoped(self, action: str, entity: Entity, scope: Scope) -> None:
        """A change of type, a merge or a deletion for one document or one mention."""
        mention = scope.start is not None
        if action == "delete":
            text = self.tr("not an entity here") if mention else self.tr("not an entity in this document")
            self.curate(Delete(entity.id, scope), text=text)
        elif action.startswith("type:"):
            self.curate(ChangeType(entity.id, action[5:], scope), text=self.tr("change entity type"))
        elif action == "merge":
            into = self._merge_target(entity)
            if into is not None:
                self.curate(Merge(entity.id, into, scope), text=self.tr("merge entities"))

    @changes_corpus
    def add_from_selection(self) -> None:
        w = self.window
        text = " ".join(w.reader.selected_text().split())
        if not text or w.reader.document is None:
            w.statusBar().showMessage(self.tr("Select a name in the reader first."), 4000)
            return
        kinds = ["PER", "ORG", "LOC", "MISC"]
        labels = [w.entities.type_label(k) for k in kinds]
        choice, ok = QInputDialog.getItem(
            w, self.tr("Add entity"), self.tr("{text} is a:").format(text=text), labels, 0, False
        )
        if ok and choice in labels:
            self.curate(Add(text, kinds[labels.index(choice)]), text=self.tr("add entity"))

    def export(self) -> None:
        w = self.window
        if w.workspace is None:
            return
        path, _ = w.file_dialogs.save(self.tr("Export entity curation"), "kashshaf-curation.json", "JSON (*.json)")
        if not path:
            return

        def write(ws: Workspace) -> None:  # the dialog has asked before replacing a file
            write_atomic(Path(path), json.dumps(ws.curation.export(), ensure_ascii=False, indent=1) + "\n", True)

        w.ops.query_op(write, lane="job").failure(
            lambda exc: QMessageBox.warning(w, self.tr("Entities"), text_of(exc))
        ).run()

    @changes_corpus
    def import_file(self) -> None:
        w = self.window
        path = w.file_dialogs.open_file(self.tr("Import entity curation"), "JSON (*.json)")
        if not path:
            return
        try:  # a file the person chose: read here, as a dialog's answer is
            data: Any = json.loads(Path(path).read_text(encoding="utf-8"))
            decisions = CurationService.parse(data)
        except (OSError, ValueError, CurationError) as exc:
            QMessageBox.warning(w, self.tr("Entities"), f"{isolate_ltr(path)}: {text_of(exc)}")
            return
        self.curate(*decisions, text=self.tr("import entity curation"))
