"""The documents pane: the count of what is listed, the filter bar (dates, outlets) and the list.

The filter bar keeps the list to a span of dates and to some outlets, with
whatever is typed in the search bar and the chosen entity. The dates are the
dates the list shows: publication dates, or retrieval dates where an
article's publication date is unknown (those are marked in the list).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kashshaf.core.bidi import isolate
from kashshaf.core.models import Outlet, SearchFilters

DATE_FORMAT = "yyyy-MM-dd"
OUTLET_MENU_LIMIT = 60
"""outlets the menu lists (the most documents first); more are reached with source: in the search bar"""


class FilterBar(QWidget):
    """From / to dates and a menu of outlets; ``filters_changed`` when the user changes any."""

    filters_changed = Signal()
    rename_outlets_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = "ar"
        self.from_check = QCheckBox(self.tr("From"), self)
        self.from_edit = self._date_edit()
        self.to_check = QCheckBox(self.tr("To"), self)
        self.to_edit = self._date_edit()
        self.outlet_button = QToolButton(self)
        self.outlet_button.setObjectName("outletFilter")
        self.outlet_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.outlet_menu = QMenu(self)
        self.outlet_button.setMenu(self.outlet_menu)
        self.clear_button = QToolButton(self)
        self.clear_button.setText(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear)
        # the outlet menu and "clear" sit in the list's header row (ListPane), the dates here: the
        # pane stays narrow enough for a small window
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        for widget in (self.from_check, self.from_edit, self.to_check, self.to_edit):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.from_check.toggled.connect(self._changed)
        self.to_check.toggled.connect(self._changed)
        self.from_edit.dateChanged.connect(lambda _d: self._changed() if self.from_check.isChecked() else None)
        self.to_edit.dateChanged.connect(lambda _d: self._changed() if self.to_check.isChecked() else None)
        self._outlets: list[tuple[Outlet, int]] = []
        self._chosen: set[str] = set()
        self._quiet = False
        self._update_outlet_button()
        self._update_clear()

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit(self)
        # left to right BEFORE the format: in a right-to-left window Qt mirrors the sections of the
        # format it is given (2015-07-21 would show as 21-07-2015)
        edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(DATE_FORMAT)
        edit.setMinimumWidth(96)
        edit.setDate(QDate.currentDate())
        return edit

    # --- what the filters are ---------------------------------------------------

    def filters(self) -> SearchFilters:
        return SearchFilters(
            self.from_edit.date().toString(DATE_FORMAT) if self.from_check.isChecked() else None,
            self.to_edit.date().toString(DATE_FORMAT) if self.to_check.isChecked() else None,
            tuple(sorted(self._chosen)),
        )

    def set_span(self, first: str | None, last: str | None) -> None:
        """The corpus' first and last dates: where the date boxes start when ticked (today's for a corpus
        with no dates: never the dates of the corpus open before)."""
        self._quiet = True
        for check, edit, iso in ((self.from_check, self.from_edit, first), (self.to_check, self.to_edit, last)):
            if not check.isChecked():  # a date in use stays as the user set it
                edit.setDate(QDate.fromString(iso[:10], DATE_FORMAT) if iso else QDate.currentDate())
        self._quiet = False

    def set_dates(self, first: str | None, last: str | None) -> None:
        """Keep the list to the shown dates from ``first`` to ``last`` (ISO days; None: that end open),
        as one change (a range chosen on the timeline or a month of the facets; both None: no dates)."""
        before = self.filters()
        self._quiet = True
        for check, edit, iso in ((self.from_check, self.from_edit, first), (self.to_check, self.to_edit, last)):
            if iso:
                edit.setDate(QDate.fromString(iso[:10], DATE_FORMAT))
            check.setChecked(bool(iso))
        self._quiet = False
        self._update_clear()
        if self.filters() != before:
            self.filters_changed.emit()

    def set_outlets(self, outlets: list[tuple[Outlet, int]]) -> None:
        """The corpus' outlets with their document counts; a chosen outlet that is gone is dropped."""
        self._outlets = outlets
        known = {o.id for o, _n in outlets}
        self._chosen &= known
        self._build_menu()
        self._update_outlet_button()

    def clear(self) -> None:
        """No filter (the user's button, or another corpus)."""
        changed = bool(self.filters())
        self._quiet = True
        self.from_check.setChecked(False)
        self.to_check.setChecked(False)
        self._chosen.clear()
        self._quiet = False
        self._build_menu()
        self._update_outlet_button()
        self._update_clear()
        if changed:
            self.filters_changed.emit()

    def choose_outlet(self, outlet_id: str, chosen: bool = True) -> None:
        if chosen:
            self._chosen.add(outlet_id)
        else:
            self._chosen.discard(outlet_id)
        self._build_menu()
        self._update_outlet_button()
        self._changed()

    # --- inside -----------------------------------------------------------------

    def _changed(self) -> None:
        self._update_clear()
        if not self._quiet:
            self.filters_changed.emit()

    def _update_clear(self) -> None:
        self.clear_button.setEnabled(bool(self.filters()))

    def _build_menu(self) -> None:
        menu = self.outlet_menu
        menu.clear()
        every = menu.addAction(self.tr("All outlets"))
        every.setCheckable(True)
        every.setChecked(not self._chosen)
        every.triggered.connect(self._all_outlets)
        menu.addSeparator()
        for outlet, n in self._outlets[:OUTLET_MENU_LIMIT]:
            action = QAction(f"{isolate(outlet.display(self.lang))}  ({n:,})", menu)
            action.setCheckable(True)
            action.setChecked(outlet.id in self._chosen)
            action.triggered.connect(lambda checked, i=outlet.id: self.choose_outlet(i, checked))
            menu.addAction(action)
        if len(self._outlets) > OUTLET_MENU_LIMIT:
            more = menu.addAction(
                self.tr("{n} more: type source:NAME in the search bar").format(n=len(self._outlets) - OUTLET_MENU_LIMIT)
            )
            more.setEnabled(False)
        menu.addSeparator()
        menu.addAction(self.tr("Rename outlets…"), self.rename_outlets_requested.emit)

    def _all_outlets(self) -> None:
        if self._chosen:
            self._chosen.clear()
            self._build_menu()
            self._update_outlet_button()
            self._changed()

    def _update_outlet_button(self) -> None:
        names = {o.id: o.display(self.lang) for o, _n in self._outlets}
        chosen = [names[i] for i in sorted(self._chosen) if i in names]
        if not chosen:
            self.outlet_button.setText(self.tr("All outlets"))
        elif len(chosen) <= 2:
            self.outlet_button.setText(
                "، ".join(isolate(n) for n in chosen) if self.lang == "ar" else ", ".join(chosen)
            )
        else:
            self.outlet_button.setText(self.tr("{n} outlets").format(n=len(chosen)))
        self.outlet_button.setToolTip("\n".join(chosen) if chosen else self.tr("Keep the list to some outlets"))


class ListPane(QWidget):
    """The count of what is listed above the filter bar and the document list; between them, for a search
    that found nothing, the query spelt as the corpus spells it ("Did you mean: …?"), a link that runs it."""

    suggestion_chosen = Signal(str)

    def __init__(self, list_view: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self.count_label.setStyleSheet("QLabel#countLabel { font-weight: bold; padding: 4px 6px 2px 6px; }")
        self.hit_label = QLabel(self)
        self.hit_label.setObjectName("hitCountLabel")
        self.hit_label.setStyleSheet("QLabel#hitCountLabel { font-weight: bold; padding: 4px 6px 2px 6px; }")
        self.filter_bar = FilterBar(self)
        self.suggestion = ""
        """the query offered by "Did you mean" ("" when none is)"""
        self.suggestion_label = QLabel(self)
        self.suggestion_label.setObjectName("suggestionLabel")
        self.suggestion_label.setWordWrap(True)
        self.suggestion_label.setTextFormat(Qt.TextFormat.RichText)
        self.suggestion_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.suggestion_label.setStyleSheet(
            "QLabel#suggestionLabel { background: #fff8e1; border: 1px solid #f0d98c; border-radius: 4px;"
            " padding: 6px 8px; margin: 2px 4px; }"
        )
        self.suggestion_label.linkActivated.connect(lambda _link: self.suggestion_chosen.emit(self.suggestion))
        self.suggestion_label.hide()
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.hit_label)
        header.addWidget(self.count_label)
        header.addStretch(1)
        header.addWidget(self.filter_bar.outlet_button)
        header.addWidget(self.filter_bar.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(header)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.suggestion_label)
        layout.addWidget(list_view, 1)

    def show_suggestion(self, suggestion: str | None) -> None:
        """``suggestion``: the query as the corpus spells it, offered as a link (None: nothing to offer)."""
        self.suggestion = suggestion or ""
        if not suggestion:
            self.suggestion_label.hide()
            self.suggestion_label.clear()
            return
        link = f'<a href="suggestion"><b>{html.escape(isolate(suggestion))}</b></a>'
        self.suggestion_label.setText(html.escape(self.tr("Did you mean: {query}?")).format(query=link))
        self.suggestion_label.setToolTip(self.tr("Search for this instead"))
        self.suggestion_label.show()
