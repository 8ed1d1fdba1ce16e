"""The search bar: search as you type (debounced), history with up/down, the exact-match toggle,
an inline message for a query that cannot be read, the entity filter chip, and room below the
box for the spellings chooser (``ui/variants.py``)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QVBoxLayout, QWidget

DEBOUNCE_MS = 250
HISTORY_SIZE = 50
SETTLE_MS = 1500
"""a search typed and left alone this long is remembered in the history (as Enter remembers it at once)"""


class SearchBar(QWidget):
    search_requested = Signal(str)
    """(query text) after the user stopped typing, or at once on Enter"""
    entity_cleared = Signal()
    history_changed = Signal()
    exact_changed = Signal(bool)
    """the exact-match toggle was turned on or off by the user (not by :meth:`set_exact`)"""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("searchEdit")
        self.edit.setClearButtonEnabled(True)
        self.edit.setPlaceholderText(
            self.tr(
                'Search: words, "exact phrase", =word as written, name~ spellings, prefix*, AND OR NOT, '
                "source:NAME, date:2015-07-21, entity:NAME"
            )
        )
        self.edit.installEventFilter(self)
        self.message = QLabel(self)
        self.message.setObjectName("queryMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e;")
        self.message.hide()
        self.chip = QToolButton(self)
        self.chip.setObjectName("entityChip")
        self.chip.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.chip.setStyleSheet(
            "QToolButton#entityChip { background: #d6eaff; border: 1px solid #8fb8e0; border-radius: 10px;"
            " padding: 2px 10px; }"
        )
        self.chip.clicked.connect(self.entity_cleared.emit)
        self.chip.hide()
        self.exact_action = QAction(self.tr("Exact match"), self)
        self.exact_action.setObjectName("exactMatchAction")
        self.exact_action.setCheckable(True)
        tip = self.tr(
            "Exact match: words as written, without stems and without clitics split off "
            "(a word's other forms are not found). For one word alone, write =word"
        )
        self.exact_action.setToolTip(tip)
        self.exact_action.setStatusTip(tip)
        self.exact_action.toggled.connect(self._exact_toggled)
        self.exact_button = QToolButton(self)
        self.exact_button.setObjectName("exactToggle")
        self.exact_button.setDefaultAction(self.exact_action)
        self.exact_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.exact_button.setStyleSheet(
            "QToolButton#exactToggle { border: 1px solid #b8c0cc; border-radius: 10px; padding: 2px 10px; }"
            " QToolButton#exactToggle:checked { background: #d6eaff; border: 1px solid #4a8fd6;"
            " font-weight: bold; }"
        )
        self._quiet_exact = False
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.exact_button)
        row.addWidget(self.chip)
        layout = QVBoxLayout(self)  # the message under the search box, never squeezing it
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self._below = layout
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._fire)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(lambda: self._settled(final=False))
        self.edit.textEdited.connect(self._edited)
        self.edit.returnPressed.connect(self._fire_now)
        self.edit.textChanged.connect(self._maybe_cleared)
        self.edit.editingFinished.connect(self._settled)  # Enter, or focus left the search bar
        self.history: list[str] = []
        self._history_pos = -1
        self._last_sent: str | None = None
        self._streak: str | None = None
        """what this bout of typing put in the history (replaced as the typing goes on)"""

    # --- sending ---------------------------------------------------------

    def _fire(self) -> None:
        text = self.edit.text().strip()
        if text == self._last_sent:
            return
        self._last_sent = text
        self.search_requested.emit(text)

    @property
    def search_pending(self) -> bool:
        """Whether typing has started the debounce clock and its search is not sent yet."""
        return self._timer.isActive()

    def flush(self) -> None:
        """Send now the search the debounce clock holds, as its running out would (nothing if none waits).
        The clock's seam: a test types, then flushes, instead of sleeping out ``DEBOUNCE_MS``."""
        if self._timer.isActive():
            self._timer.stop()
            self._fire()

    def settle_now(self) -> None:
        """Remember now the search the settle clock holds, as its running out after ``SETTLE_MS`` would
        (nothing if none waits): the same bout of typing goes on, and a longer search replaces it."""
        if self._settle.isActive():
            self._settled(final=False)

    def _edited(self, _text: str) -> None:
        self._timer.start()
        self._settle.start()

    def _settled(self, final: bool = True) -> None:
        """The search has stayed as it is: remember it, in place of what this bout of typing remembered
        (``final``: Enter or leaving the search bar ends the bout)."""
        self._settle.stop()
        text = self.edit.text().strip()
        if text and not self.message.isVisible():  # not nothing, nor a search that cannot be read
            if self._streak is not None and self._streak != text and self._streak in self.history:
                self.history.remove(self._streak)
            self.remember(text)
        self._streak = None if final else (text or None)

    def _fire_now(self) -> None:
        self._timer.stop()
        self._last_sent = None
        self._fire()
        self._settled()

    def _maybe_cleared(self, text: str) -> None:
        if not text and self._last_sent:  # the clear button: no need to wait
            self._timer.stop()
            self._fire()

    def set_query(self, text: str, *, run: bool = True) -> None:
        self.edit.setText(text)
        if run:
            self._fire_now()

    def query(self) -> str:
        return self.edit.text().strip()

    # --- exact match -------------------------------------------------------

    def exact(self) -> bool:
        """Whether words are searched as written (no stems, no clitics split off)."""
        return self.exact_action.isChecked()

    def set_exact(self, on: bool) -> None:
        """Turn exact matching on or off without announcing it (a saved search, the settings)."""
        self._quiet_exact = True
        try:
            self.exact_action.setChecked(on)
        finally:
            self._quiet_exact = False

    def _exact_toggled(self, on: bool) -> None:
        if not self._quiet_exact:
            self.exact_changed.emit(on)

    def add_below(self, widget: QWidget) -> None:
        """Put ``widget`` under the search box and its message (the spellings chooser)."""
        self._below.addWidget(widget)

    # --- history ---------------------------------------------------------

    def remember(self, text: str) -> None:
        if not text:
            return
        if text in self.history:
            self.history.remove(text)
        self.history.insert(0, text)
        del self.history[HISTORY_SIZE:]
        self._history_pos = -1
        self.history_changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self._settle.stop()
                self._streak = None
            if event.key() == Qt.Key.Key_Up and self.history:
                self._history_pos = min(self._history_pos + 1, len(self.history) - 1)
                self.set_query(self.history[self._history_pos], run=False)
                self._timer.start()
                return True
            if event.key() == Qt.Key.Key_Down and self.history:
                self._history_pos -= 1
                self.set_query(self.history[self._history_pos] if self._history_pos >= 0 else "", run=False)
                self._history_pos = max(self._history_pos, -1)
                self._timer.start()
                return True
        return super().eventFilter(watched, event)

    # --- messages and chip -----------------------------------------------

    def show_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.edit.setStyleSheet("QLineEdit#searchEdit { border: 1px solid #b3261e; }")

    def clear_error(self) -> None:
        self.message.hide()
        self.message.clear()
        self.edit.setStyleSheet("")

    def set_entity(self, label: str | None) -> None:
        if label is None:
            self.chip.hide()
        else:
            self.chip.setText(self.tr("Entity: {name}  ✕").format(name=label))
            self.chip.setToolTip(self.tr("Click to remove the entity filter"))
            self.chip.show()
