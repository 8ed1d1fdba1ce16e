"""Renaming an outlet: its Arabic and English names, as the list, the reader and citations show them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from kashshaf.core.bidi import isolate_ltr
from kashshaf.core.models import Outlet


class OutletDialog(QDialog):
    """The names of one outlet; the old name stays an alias, so ``source:`` still finds it."""

    def __init__(self, outlet: Outlet, parent: Any = None) -> None:
        super().__init__(parent)
        self.outlet = outlet
        self.setWindowTitle(self.tr("Rename outlet"))
        self.name_edit = QLineEdit(outlet.name, self)
        self.name_edit.setObjectName("outletName")
        self.name_edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
        self.name_en_edit = QLineEdit(outlet.name_en, self)
        self.name_en_edit.setObjectName("outletNameEn")
        self.name_en_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        form = QFormLayout()
        form.addRow(self.tr("Arabic name:"), self.name_edit)
        form.addRow(self.tr("English name:"), self.name_en_edit)
        known = [isolate_ltr(k) for k in outlet.keys] + list(outlet.aliases)
        hint = QLabel(
            self.tr("Also known as: {names}").format(names="، ".join(known)) if known else "",
            self,
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(
            lambda text: buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(text.strip()))
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def names(self) -> tuple[str, str]:
        return self.name_edit.text().strip(), self.name_en_edit.text().strip()

    def changed(self) -> bool:
        name, name_en = self.names()
        return bool(name) and (name, name_en) != (self.outlet.name, self.outlet.name_en)
