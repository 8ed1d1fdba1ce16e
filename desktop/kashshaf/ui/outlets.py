"""Renaming outlets: an outlet's Arabic and English names, as the list, the reader and citations show them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from kashshaf.core.bidi import isolate, isolate_ltr
from kashshaf.core.models import Outlet
from kashshaf.ui.ops import changes_corpus
from kashshaf.ui.undo import RenameOutlet

if TYPE_CHECKING:
    from kashshaf.ui.mainwindow import MainWindow


class OutletDialog(QDialog):
    """The names of an outlet, chosen from the corpus' outlets (or the one given); the old name stays an
    alias, so ``source:`` still finds it."""

    def __init__(
        self, outlets: list[tuple[Outlet, int]], parent: QWidget | None = None, chosen: str | None = None
    ) -> None:
        super().__init__(parent)
        self.outlets = outlets
        self.setWindowTitle(self.tr("Rename outlet"))
        self.setMinimumWidth(460)
        self.choice = QComboBox(self)
        self.choice.setObjectName("outletChoice")
        for outlet, n in outlets:
            self.choice.addItem(f"{isolate(outlet.name)}  ({n:,})", outlet.id)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("outletName")
        self.name_edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
        self.name_en_edit = QLineEdit(self)
        self.name_en_edit.setObjectName("outletNameEn")
        self.name_en_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        form = QFormLayout()
        if len(outlets) > 1:
            form.addRow(self.tr("Outlet:"), self.choice)
        else:
            self.choice.hide()
        form.addRow(self.tr("Arabic name:"), self.name_edit)
        form.addRow(self.tr("English name:"), self.name_en_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(
            lambda text: self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(text.strip()))
        )
        self.choice.currentIndexChanged.connect(self._show)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        if chosen is not None:
            self.choice.setCurrentIndex(max(0, self.choice.findData(chosen)))
        self._show()

    @property
    def outlet(self) -> Outlet:
        return self.outlets[max(0, self.choice.currentIndex())][0]

    def _show(self) -> None:
        outlet = self.outlet
        self.name_edit.setText(outlet.name)
        self.name_en_edit.setText(outlet.name_en)
        known = [isolate_ltr(k) for k in outlet.keys] + [isolate(a) for a in outlet.aliases]
        separator = "، " if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else ", "
        self.hint.setText(self.tr("Also known as: {names}").format(names=separator.join(known)) if known else "")

    def names(self) -> tuple[str, str]:
        return self.name_edit.text().strip(), self.name_en_edit.text().strip()

    def changed(self) -> bool:
        name, name_en = self.names()
        return bool(name) and (name, name_en) != (self.outlet.name, self.outlet.name_en)


class OutletsController(QObject):
    """``window.outlets``: the list's menu of a row's outlet (only this outlet, rename it) and
    Edit → Rename outlets; a rename is undoable (:class:`~kashshaf.ui.undo.RenameOutlet`)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        window.list_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        window.list_view.customContextMenuRequested.connect(self._list_menu)
        window.filter_bar.rename_outlets_requested.connect(self.rename_outlets)

    def _list_menu(self, pos: QPoint) -> None:
        w = self.window
        row = w.model.document_row(w.list_view.indexAt(pos).row())
        outlet = row.outlet if row is not None else None
        if outlet is None:
            return
        menu = QMenu(w)
        name = outlet.display(w.lang)
        menu.addAction(
            self.tr("Only {outlet}").format(outlet=isolate(name)), lambda: w.filter_bar.choose_outlet(outlet.id)
        )
        rename = menu.addAction(
            self.tr("Rename outlet {outlet}…").format(outlet=isolate(name)), lambda: self.rename_outlet(outlet.id)
        )
        rename.setEnabled(w.workspace is not None and not w.workspace.readonly)
        menu.exec(w.list_view.viewport().mapToGlobal(pos))
        menu.deleteLater()

    @changes_corpus
    def rename_outlet(self, outlet_id: str) -> None:
        """Rename one outlet (from the list's context menu)."""

        def ask(outlets: list[tuple[Outlet, int]]) -> None:
            found = [(o, n) for o, n in outlets if o.id == outlet_id]
            if found:
                self._rename_in(OutletDialog(found, self.window))

        self.window.ops.query_op(lambda ws: ws.outlets(), topic="rename-outlet").success(ask).run()

    @changes_corpus
    def rename_outlets(self) -> None:
        """Choose an outlet of the corpus and rename it, in one dialog."""

        def ask(outlets: list[tuple[Outlet, int]]) -> None:
            if not outlets:
                self.window.statusBar().showMessage(self.tr("No outlet is known in this corpus yet."), 5000)
                return
            self._rename_in(OutletDialog(outlets, self.window))

        self.window.ops.query_op(lambda ws: ws.outlets(), topic="rename-outlet").success(ask).run()

    def _rename_in(self, dialog: OutletDialog) -> None:
        w = self.window
        if dialog.exec() and dialog.changed():
            name, name_en = dialog.names()
            w.undo_stack.push(RenameOutlet(w.ops, dialog.outlet.id, name, name_en, self.tr("rename outlet")))
        dialog.deleteLater()
