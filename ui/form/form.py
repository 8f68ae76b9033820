"""The intake form of one plek: sections, autosave, inline validation, undo and live indicators.

Reads through :mod:`nulmeting.reading.intake`, writes through ``Store.update/create/archive`` — every
finished edit is stored at once (focus out, Enter, a choice, or a short pause while typing), so
closing the window at any moment loses at most what is being typed.

Only the first section's page is built with the form; the others are built the first time they
are shown or needed (:meth:`IntakeForm.ensure_page`), which keeps start-up fast. ``editors`` and
``tables`` hold the built pages' editors and tables.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from nulmeting.domain import reference
from nulmeting.domain.errors import StoreBusy, UserError, ValidationError
from nulmeting.domain.fields import parent_field
from nulmeting.domain.validation import clean
from nulmeting.reading import intake
from nulmeting.store import meetmoment
from nulmeting.store.store import Store
from ui.common import MUTED, WINDOW_WRITE_WAIT_MS, busy_note, show_focus, tint
from ui.form.indicators_panel import IndicatorsPanel
from ui.form.sections import (
    SECTIONS,
    ContactPanel,
    FieldGroup,
    heading,
    section_fields,
    section_title,
)
from ui.form.table_models import RecordTableModel
from ui.form.undo import GroupCommand, RowCommand, SetFieldCommand
from ui.form.widgets import ChoiceEditor, FieldEditor, WrappingLabel, option_text, shown_value

if TYPE_CHECKING:
    from ui.form.table_panel import TablePanel

#: The section (id) whose page holds each table.
TABLE_PAGE = {
    "activity": "activities",
    "income": "finances",
    "costs": "finances",
    "membership": "network",
    "tie": "network",
    "need": "needs",
}
#: How long an edit in the window waits for another writer before it is kept for a retry (ms),
#: how often kept edits are tried again, and how long each retry waits.
WRITE_WAIT_MS, RETRY_MS, RETRY_WAIT_MS = WINDOW_WRITE_WAIT_MS, 1000, 100


class PageScroll(QScrollArea):
    """A section page: scrolls up and down, and claims the width its fields need, so the window
    gives it that (narrowing the list and the indicators) instead of cutting the page off."""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        content = self.widget()
        if content is not None:
            needed = (
                content.minimumSizeHint().width()
                + 2 * self.frameWidth()
                + self.verticalScrollBar().sizeHint().width()
            )
            hint.setWidth(max(hint.width(), needed))
        return hint


class IntakeForm(QWidget):
    placeChanged = Signal(str)
    savedStatus = Signal(str)
    #: the Netwerk section shows this plek: the window computes its position in the network
    #: on the worker and answers with :meth:`show_network_position`
    networkPositionWanted = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.data: intake.PlaceData | None = None
        self.indicators: intake.Indicators | None = None
        self.contact_id: str | None = None
        self.places: dict[str, str] = {}
        self._undo = QUndoStack(self)
        self.editors: list[FieldEditor] = []  # of the built pages, like ``tables``
        self.tables: dict[str, TablePanel] = {}
        self.confirm_boxes: dict[str, tuple[QWidget, QLabel, QPushButton]] = {}
        self.previous_labels: dict[str, tuple[FieldEditor, QLabel]] = {}
        self._filled_district: tuple[str, str] | None = None  # (plek, wijk) filled in
        self._placeholders: dict[str, QWidget] = {}  # in the stack until the page is built
        self._page_parts: dict[str, tuple[list[FieldEditor], list[str]]] = {}  # built pages
        # Edits the store refused because another program was writing (a merge): kept, keyed by
        # (entity, plek, field) -> (record id or None, typed value), and tried again until they
        # are stored -- also after the person moved on to another plek.
        #: (entity, plek, field, record or "" for the page's own) → (record id, typed value)
        self._pending: dict[tuple[str, str, str, str], tuple[str | None, Any]] = {}
        self._retry = QTimer(self)
        self._retry.setInterval(RETRY_MS)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self.retry_pending)
        self._build()
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._before_quit)
        self.load_place(None)

    # ---------------------------------------------------------------- API

    @property
    def undo_stack(self) -> QUndoStack:
        return self._undo

    @property
    def place_id(self) -> str | None:
        return self.data.place_id if self.data else None

    def load_place(self, place_id: str | None) -> None:
        """Show a plek (``None``: nothing chosen). Saves what is still being typed first."""
        self.flush()
        if place_id != self.place_id:
            self._undo.clear()  # undo acts on the plek on screen, never on one out of sight
        data = intake.load(self.store, place_id) if place_id else None
        if data is None:
            self.data = None
            self.empty.setText(
                self.tr("Deze plek bestaat niet (meer).")
                if place_id
                else self.tr(
                    "Kies een plek in de lijst.\nNieuwe plek: Bestand → Nieuwe "
                    "plek (Ctrl+N). Een lijst inlezen: Bestand → Importeren."
                )
            )
            self.stack.setCurrentIndex(0)
            self.indicators_panel.show_indicators(None)
            return
        if place_id != (self.data.place_id if self.data else None):
            self.contact_id = None
        self.places = dict(intake.place_choices(self.store))
        self._show(data)
        self.stack.setCurrentIndex(1)
        self._want_network_position()

    def reload_from_store(self) -> None:
        """After a change from outside the form (merge, sync, import, a resolved conflict):
        show the stored values, and forget undo steps that would write old values over them."""
        self._undo.clear()
        self.load_place(self.place_id)

    @Slot()
    def next_section(self) -> None:
        """Ctrl+PgDown: the next section, with the keyboard in its first field."""
        self.sections.setCurrentRow((self.sections.currentRow() + 1) % len(SECTIONS))
        self.focus_first_field()

    @Slot()
    def previous_section(self) -> None:
        """Ctrl+PgUp: the previous section, with the keyboard in its first field."""
        self.sections.setCurrentRow((self.sections.currentRow() - 1) % len(SECTIONS))
        self.focus_first_field()

    def show_section(self, section: str) -> None:
        """Show the section with id ``section`` (``general``, ``volunteers`` ...)."""
        self.sections.setCurrentRow(SECTIONS.index(section))

    def current_section(self) -> str:
        """The id of the section on screen."""
        return SECTIONS[max(0, self.sections.currentRow())]

    def ensure_page(self, section: str) -> None:
        """Build the page of section ``section`` (an id) if it is not built yet, showing the
        plek on screen; it takes the place of its placeholder in the stack."""
        placeholder = self._placeholders.pop(section, None)
        if placeholder is None:
            return
        editors_before, tables_before = len(self.editors), set(self.tables)
        page = self._page(section)
        editors = self.editors[editors_before:]
        for editor in editors:
            editor.committed.connect(self._commit)
            editor.history_requested.connect(self._undo_or_redo)
        self._page_parts[section] = (editors, [t for t in self.tables if t not in tables_before])
        current = self.pages.currentIndex()
        self.pages.insertWidget(SECTIONS.index(section), page)
        self.pages.removeWidget(placeholder)
        placeholder.deleteLater()
        self.pages.setCurrentIndex(current)
        if self.data is not None:
            self._fill_page(section)
            self._show_previous()

    def built_pages(self) -> list[str]:
        """The ids of the sections whose page has been built, in interview order."""
        return [section for section in SECTIONS if section in self._page_parts]

    def table(self, name: str) -> TablePanel:
        """The table ``name`` (``activity``, ``income`` ...), its page built first."""
        self.ensure_page(TABLE_PAGE[name])
        return self.tables[name]

    def field_editor(self, entity: str, name: str) -> FieldEditor | None:
        """The editor of a field, its page built first; None for a field the form lacks."""
        section = (
            "contact"
            if entity == "contact"
            else next((s for s in SECTIONS if (entity, name) in section_fields(s)), None)
        )
        if section is None:
            return None
        self.ensure_page(section)
        return next((e for e in self.editors if e.fd.entity == entity and e.fd.name == name), None)

    @Slot()
    def new_activity(self) -> None:
        if self.data is None:
            return
        self.show_section("activities")
        self._add_row(self.table("activity"), None)

    @Slot()
    def focus_first_field(self) -> None:
        page = self.pages.currentWidget()
        if page is None:
            return
        for child in page.findChildren(QWidget):
            if (
                child.focusPolicy() & Qt.FocusPolicy.TabFocus
                and child.isEnabled()
                and child.isVisibleTo(page)
                and not isinstance(child, QPushButton)
            ):
                child.setFocus(Qt.FocusReason.TabFocusReason)
                return

    def write_summary_pdf(self, path: Path) -> Path:
        """The one-page plek summary to check and sign: the same PDF as
        ``nulmeting rapport --plek ID``."""
        from nulmeting.report.place import write_place_summary

        if self.data is None:
            raise ValidationError(self.tr("Kies eerst een plek."))
        self.flush()
        return write_place_summary(Path(path), self.data, self._indicators(), self.places)

    @Slot()
    def flush(self) -> None:
        """Store every edit that is still waiting for its pause in typing."""
        for editor in self.editors:
            editor.flush()
        for panel in self.tables.values():
            panel.flush()

    def _before_quit(self) -> None:
        self.flush()
        if self._pending:  # a last try that waits as long as any write may
            self.retry_pending(wait_ms=self.store.write_wait_ms)

    def hideEvent(self, event: Any) -> None:
        self.flush()
        super().hideEvent(event)

    def closeEvent(self, event: Any) -> None:
        self._before_quit()
        super().closeEvent(event)

    # ---------------------------------------------------------------- building

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(self)
        outer.addWidget(self.stack)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        tint(self.empty, MUTED, 12)
        self.stack.addWidget(self.empty)
        body = QWidget()
        self.stack.addWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(8, 8, 8, 8)
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel()
        tint(self.subtitle, MUTED)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        row = QHBoxLayout()
        layout.addLayout(row, 1)
        self.sections = QListWidget()
        for section in SECTIONS:
            item = QListWidgetItem(section_title(section), self.sections)
            item.setData(Qt.ItemDataRole.UserRole, section)
        self.sections.setAccessibleName(self.tr("Onderdelen van het gesprek"))
        show_focus(self.sections)  # the current section framed while the list has the keyboard
        self.sections.setStyleSheet("QListWidget::item { padding: 5px 8px; }")
        self.sections.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sections.setFixedWidth(min(200, self.sections.sizeHintForColumn(0) + 28))
        row.addWidget(self.sections)
        self.pages = QStackedWidget()
        row.addWidget(self.pages, 1)
        self.indicators_panel = IndicatorsPanel()
        row.addWidget(self.indicators_panel)
        for section in SECTIONS:
            self._placeholders[section] = QWidget()
            self.pages.addWidget(self._placeholders[section])
        self.sections.currentRowChanged.connect(self._show_page)
        self.sections.setCurrentRow(0)

    def _show_page(self, row: int) -> None:
        if row >= 0:
            self.ensure_page(SECTIONS[row])
            self.pages.setCurrentIndex(row)
            self._want_network_position()

    def _want_network_position(self) -> None:
        if (
            self.data is not None
            and hasattr(self, "network_position")
            and self.current_section() == "network"
        ):
            self.network_position.setText(self.tr("Positie in het netwerk: wordt berekend…"))
            self.networkPositionWanted.emit(self.data.place_id)

    def show_network_position(self, place_id: str, text: str) -> None:
        """The plek's position in the network (when the form still shows that plek)."""
        if hasattr(self, "network_position") and self.place_id == place_id:
            self.network_position.setText(
                self.tr(
                    "Positie in het netwerk: {0} (telt ook relaties die andere plekken "
                    "opgaven; kaart: Team → Netwerkkaart)"
                ).format(text[:1].lower() + text[1:])
                if not text.startswith("Deze")
                else text
            )

    def _hint(self, section: str) -> str:
        """The line under a section's title: how to fill it in."""
        if section == "general":
            return self.tr("Velden met * vraag je altijd. Alles wordt meteen opgeslagen.")
        if section == "meting":
            return self.tr(
                "Het gesprek van dit meetmoment. De status 'afgenomen' vraagt om een datum."
            )
        if section == "activities":
            return self.tr(
                "Eén regel per activiteit; kies er een en vul de velden eronder in. Thema, "
                "doelgroep en dagen: Enter opent de lijst, spatie vinkt aan, Enter bewaart."
            )
        if section == "finances":
            return self.tr("Het laatste volledige boekjaar.")
        if section == "network":
            return self.tr(
                "Lidmaatschap van de netwerken van de coalitie, en relaties met andere plekken "
                "of partnerorganisaties."
            )
        if section == "needs":
            return self.tr("Waar heeft de plek hulp bij nodig?")
        return ""

    def _page(self, section: str) -> QWidget:
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(12, 4, 12, 12)
        layout.addWidget(heading(section_title(section), self._hint(section)))
        if section == "contact":
            self.contacts = ContactPanel()
            self.editors += self.contacts.editors
            self.contacts.choose.connect(self._choose_contact)
            self.contacts.add_requested.connect(self._new_contact)
            self.contacts.delete_requested.connect(self._delete_contact)
            layout.addWidget(self.contacts)
        elif section == "activities":
            layout.addWidget(self._confirm_button(section))
            layout.addWidget(self._table("activity", "", self.tr("Activiteit"), 10))
        elif section == "network":
            self.network_position = WrappingLabel("")
            self.network_position.setAccessibleName(self.tr("Positie in het netwerk"))
            layout.addWidget(self.network_position)
            layout.addWidget(
                self._table("membership", self.tr("Netwerken"), self.tr("Lidmaatschap"), 3)
            )
            layout.addWidget(
                self._table(
                    "tie",
                    self.tr("Relaties met andere plekken en partners"),
                    self.tr("Relatie"),
                    4,
                )
            )
        elif section == "needs":
            layout.addWidget(self._table("need", "", self.tr("Behoefte"), 5))
        else:
            group = FieldGroup(section_fields(section))
            self.editors += group.editors
            if section in meetmoment.SECTIONS:
                layout.addWidget(self._confirm_button(section))
                for editor in group.editors:
                    if editor.fd.entity == "interview":
                        self._add_previous_label(editor)
            layout.addWidget(group)
            if section == "general":
                self._add_district_hint(group)
            if section == "finances":
                layout.addWidget(
                    self._table(
                        "income", self.tr("Inkomsten per bron"), self.tr("Inkomstenregel"), 4
                    )
                )
                layout.addWidget(self._table("costs", self.tr("Kosten"), self.tr("Kostenregel"), 3))
        layout.addStretch(1)
        scroll = PageScroll()
        scroll.setWidgetResizable(True)
        # Fields wrap and shrink, so there is normally no sideways scrolling; on a very narrow
        # window a scroll bar appears rather than cutting the form off.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        return scroll

    def _table(self, table: str, title: str, noun: str, rows: int) -> TablePanel:
        # imported with the first page that has a table, not at start-up
        from ui.form.table_panel import TablePanel

        model = RecordTableModel(self.store, table, self)
        panel = TablePanel(title, model, noun, min_rows=rows)
        panel.add_requested.connect(lambda copy_of, p=panel: self._add_row(p, copy_of))
        panel.delete_requested.connect(lambda row, p=panel: self._delete_row(p, row))
        model.edited.connect(self._table_edited)
        model.kept.connect(self._keep_row)
        self.tables[table] = panel
        return panel

    def _confirm_button(self, section: str) -> QWidget:
        """ "Ongewijzigd": confirms a section's carried-over values with one action."""
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 4)
        note = WrappingLabel()
        tint(note, MUTED)
        button = QPushButton(self.tr("Ongewijzigd t.o.v. vorig jaar"))
        button.setAutoDefault(False)
        button.setToolTip(
            self.tr("Bevestig in één keer dat de overgenomen waarden van dit onderdeel nog kloppen")
        )
        button.clicked.connect(lambda _=False, s=section: self.confirm_section(s))
        row.addWidget(note, 1)
        row.addWidget(button)
        self.confirm_boxes[section] = (box, note, button)
        box.hide()
        return box

    def _add_previous_label(self, editor: FieldEditor) -> None:
        label = WrappingLabel()
        label.setTextFormat(Qt.TextFormat.PlainText)
        tint(label, MUTED)
        layout = editor.container.layout()
        assert layout is not None
        layout.addWidget(label)
        label.hide()
        self.previous_labels[editor.fd.name] = (editor, label)

    def confirm_section(self, section: str) -> int:
        """Confirm the carried-over values of section ``section`` as unchanged."""
        if self.data is None or self.data.interview_id is None:
            return 0
        try:
            if section == "activities":
                ids = self.data.carried_records.get("activity", set())
                n = meetmoment.confirm_records(self.store, "activity", sorted(ids))
            else:
                n = meetmoment.confirm_section(self.store, self.data.interview_id, section)
        except UserError as exc:
            self.savedStatus.emit(self.tr("Niet opgeslagen: %1").replace("%1", str(exc)))
            return 0
        self._saved()
        for page in self.built_pages():
            self._fill_page(page)
        return n

    def _show_previous(self) -> None:
        """ "vorig jaar: 17" beside each figure; "overgenomen, nog te bevestigen"; big jumps."""
        data = self.data
        assert data is not None
        previous = data.previous or {}
        current = data.interview or {}
        year = data.previous_round or ""
        for name, (editor, label) in self.previous_labels.items():
            old = previous.get(name)
            if not previous or old is None:
                label.hide()
                continue
            text = self.tr("vorig jaar: %1").replace("%1", shown_value(editor.fd, old) or "—")
            if name in data.carried and not data.stopped:
                text += " · " + self.tr("overgenomen")
            flag = meetmoment.jump(editor.fd.kind, old, current.get(name))
            if flag:
                text += " · ⚠ " + self._jump_text(flag)
            label.setText(text)
            label.setToolTip(year)
            tint(label, "#9a5b00" if flag else MUTED)
            label.setProperty("jump", bool(flag))
            label.show()
        for section, (box, note, _button) in self.confirm_boxes.items():
            if section == "activities":
                n = len(data.carried_records.get("activity", set()))
                note.setText(
                    (
                        self.tr(
                            "1 activiteit overgenomen van vorig jaar, nog te bevestigen; pas "
                            "aan of verwijder wat gestopt is."
                        )
                        if n == 1
                        else self.tr(
                            "%1 activiteiten overgenomen van vorig jaar, nog te "
                            "bevestigen; pas aan of verwijder wat gestopt is."
                        )
                    ).replace("%1", str(n))
                )
            else:
                n = len(data.carried & set(meetmoment.SECTIONS[section]))
                note.setText(
                    (
                        self.tr("1 waarde overgenomen van vorig jaar, nog te bevestigen.")
                        if n == 1
                        else self.tr("%1 waarden overgenomen van vorig jaar, nog te bevestigen.")
                    ).replace("%1", str(n))
                )
            box.setVisible(n > 0 and not data.frozen and not data.stopped)

    def _jump_text(self, flag: str) -> str:
        """The core's Dutch flag of a big change against last year, in the window's language."""
        if flag.startswith("meer dan verdubbeld"):
            return self.tr("meer dan verdubbeld t.o.v. vorig jaar: klopt dit?")
        if flag.startswith("gehalveerd"):
            return self.tr("gehalveerd of minder t.o.v. vorig jaar: klopt dit?")
        if flag.endswith("% t.o.v. vorig jaar: klopt dit?"):
            percent = flag.split("%", 1)[0]  # "+60"
            return self.tr("%1% t.o.v. vorig jaar: klopt dit?").replace("%1", percent)
        return flag

    def _add_district_hint(self, group: FieldGroup) -> None:
        district = next(e for e in group.editors if e.fd.name == "district")
        assert isinstance(district, ChoiceEditor)  # the registry makes a wijk a choice
        self.district_editor = district
        self.postcode_editor = next(e for e in group.editors if e.fd.name == "postcode")
        hint = QWidget()
        hint.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        hint_layout = QHBoxLayout(hint)
        hint_layout.setContentsMargins(0, 0, 0, 0)
        self.district_hint = WrappingLabel()  # never wider than the page: it wraps
        self.district_hint.setTextFormat(Qt.TextFormat.PlainText)
        tint(self.district_hint, MUTED)
        self.district_button = QPushButton(self.tr("Overnemen"))
        self.district_button.setAutoDefault(False)
        self.district_button.clicked.connect(self._take_district_hint)
        hint_layout.addWidget(self.district_hint, 1)
        hint_layout.addWidget(self.district_button, 0, Qt.AlignmentFlag.AlignTop)
        self.district_hint_box = hint
        self.district_editor.layout_.addWidget(hint)
        hint.hide()

    # ---------------------------------------------------------------- showing

    def _show(self, data: intake.PlaceData) -> None:
        self.data = data
        for section in self.built_pages():
            self._fill_page(section)
        self._show_previous()
        self._show_header()
        self.indicators_panel.show_indicators(
            self._indicators(),
            carried=self.data.only_carried,
            stopped=self.data.stopped,
        )

    def _fill_page(self, section: str) -> None:
        """Show ``self.data`` in the built page of section ``section``."""
        data = self.data
        assert data is not None
        editors, tables = self._page_parts[section]
        for editor in editors:
            if editor.fd.entity == "place":
                editor.set_value(data.place.get(editor.fd.name))
            elif editor.fd.entity == "interview":
                editor.set_value((data.interview or {}).get(editor.fd.name))
        if section == "contact":
            self._show_contacts()
        for table in tables:
            panel = self.tables[table]
            rows = {"income": data.income_lines(), "costs": data.cost_lines()}.get(table)
            panel.model.set_rows(
                rows if rows is not None else data.rows(panel.model.entity), self.places
            )
            panel.error.hide()
            panel.set_carried(data.carried_records.get(panel.model.entity, set()))
            panel.fit_columns()
        if section == "general":
            self._update_district_hint()

    def _indicators(self) -> intake.Indicators:
        assert self.data is not None
        self.indicators = intake.compute_for(self.store, self.data)
        return self.indicators

    def _show_header(self) -> None:
        assert self.data is not None
        place, interview = self.data.place, self.data.interview or {}
        self.title.setText(place.get("name") or self.tr("(naamloos)"))
        status = option_text("metingstatus", interview.get("status"))
        parts = [
            reference.district_name(place.get("district")) or self.tr("wijk onbekend"),
            self.data.round + (" " + self.tr("(vastgesteld)") if self.data.frozen else ""),
            self.tr("meting: %1").replace("%1", status.lower())
            if status
            else self.tr("nog geen meting"),
        ]
        if self.data.interview and not self.data.measured:
            parts.append(self.tr("nog niet gemeten"))
        self.subtitle.setText(" · ".join(parts))

    def _show_contacts(self, keep: FieldEditor | None = None) -> None:
        assert self.data is not None
        contacts = self.data.rows("contact")
        ids = [c["id"] for c in contacts]
        if self.contact_id not in ids:
            self.contact_id = ids[0] if ids else None
        picker = self.contacts.picker
        blocked = picker.blockSignals(True)
        picker.clear()
        for i, c in enumerate(contacts, 1):
            picker.addItem(
                " – ".join(x for x in (c.get("name"), c.get("role")) if x)
                or self.tr("Contactpersoon %1").replace("%1", str(i)),
                c["id"],
            )
        if not contacts:
            picker.addItem(self.tr("(nog geen contactpersoon)"), "")
        picker.setCurrentIndex(max(0, ids.index(self.contact_id)) if self.contact_id else 0)
        picker.blockSignals(blocked)
        self.contacts.delete_button.setEnabled(bool(contacts))
        record = next((c for c in contacts if c["id"] == self.contact_id), {})
        for editor in self.contacts.editors:
            if editor is not keep:
                editor.set_value(record.get(editor.fd.name))
        self.contacts.set_consent_given(
            bool(record.get("consent_date") and record.get("consent_purposes"))
        )

    def _update_district_hint(self) -> None:
        """Under the wijk: the wijk the postcode usually lies in, with a button to take it
        over when the chosen wijk differs; a note when the form filled it in itself."""
        if self.data is None or not hasattr(self, "district_hint"):
            return
        place = self.data.place
        postcode = place.get("postcode")
        code = reference.district_for_postcode(postcode) if postcode else None
        name = reference.district_name(code)
        if code and code != place.get("district"):
            if place.get("district"):
                text = self.tr("Postcode %1 ligt meestal in %2, niet in %3.").replace(
                    "%3", reference.district_name(place.get("district"))
                )
            else:
                text = self.tr("Postcode %1 ligt meestal in %2.")
            self.district_hint.setText(text.replace("%1", str(postcode)[:4]).replace("%2", name))
            self.district_button.setProperty("district", code)
            self.district_button.setToolTip(self.tr("Wijk %1 kiezen").replace("%1", name))
            self.district_button.show()
            self.district_hint_box.show()
        elif code and self._filled_district == (self.data.place_id, code):
            self.district_hint.setText(
                self.tr(
                    "Ingevuld bij postcode %1; kies een andere wijk als de plek over de grens ligt."
                ).replace("%1", str(postcode)[:4])
            )
            self.district_button.hide()
            self.district_hint_box.show()
        else:
            self.district_hint_box.hide()

    def _fill_district(self, fd: Any, record_id: str, postcode: Any) -> QUndoCommand | None:
        """A postcode stored for a plek without a wijk fills the wijk it usually lies in,
        stored like a chosen wijk (a change, undone with the postcode)."""
        if (fd.entity, fd.name) != ("place", "postcode") or self.data is None:
            return None
        code = reference.district_for_postcode(postcode) if postcode else None
        if code is None or self.data.place.get("district"):
            return None
        try:
            with self.store.waiting(WRITE_WAIT_MS):
                self.store.update("place", record_id, {"district": code})
        except UserError:  # busy or refused: the hint under the wijk still offers it
            return None
        self.district_editor.set_value(code)
        self._filled_district = (record_id, code)
        return SetFieldCommand(
            self.store, "place", record_id, "district", None, code, self._after_undo
        )

    def _take_district_hint(self) -> None:
        code = self.district_button.property("district")
        index = self.district_editor.widget.findData(code)
        if index >= 0:
            self.district_editor.widget.setCurrentIndex(index)  # commits like a choice

    # ---------------------------------------------------------------- saving

    def _record_for(self, entity: str, keep: FieldEditor | None = None) -> str:
        """The id of the record an edit of ``entity`` goes to, created on the first edit."""
        assert self.data is not None
        if entity == "place":
            return self.data.place_id
        if entity == "interview":
            if self.data.interview_id is None:
                intake.ensure_interview(self.store, self.data.place_id)
                self._reload()
                for editor in self.editors:
                    if editor.fd.entity == "interview" and editor is not keep:
                        editor.set_value((self.data.interview or {}).get(editor.fd.name))
            assert self.data.interview_id is not None
            return self.data.interview_id
        if entity == "contact":
            if self.contact_id is None:
                self.contact_id = self.store.create("contact", {"place_id": self.data.place_id})
                self._reload()
            return self.contact_id
        raise KeyError(entity)

    def _commit(self, editor: FieldEditor, final: bool) -> None:
        if self.data is None:
            return
        fd = editor.fd
        raw = editor.value()
        try:
            new = clean(fd, raw)
        except UserError as exc:  # invalid, or the store is busy
            self._refused(editor, exc)
            return
        if new == editor.stored:
            editor.clear_error()
            if final:
                editor.set_value(new)
            return
        record_id: str | None = None
        try:
            with self.store.waiting(WRITE_WAIT_MS):
                record_id = self._record_for(fd.entity, keep=editor)
                self.store.update(fd.entity, record_id, {fd.name: raw})
        except StoreBusy as exc:  # another program writes: keep what was typed, try again
            self._keep(editor, record_id, raw, exc)
            return
        except UserError as exc:  # invalid
            self._refused(editor, exc)
            return
        self._pending.pop((fd.entity, self.data.place_id, fd.name, ""), None)
        old = editor.stored
        if final:
            editor.set_value(new)
        else:
            editor.stored = new
            editor.clear_error()
        command: QUndoCommand = SetFieldCommand(
            self.store, fd.entity, record_id, fd.name, old, new, self._after_undo
        )
        filled = self._fill_district(fd, record_id, new)
        if filled is not None:
            command = GroupCommand(self.tr("Postcode en wijk invullen"), [command, filled])
        self._undo.push(command)
        self._saved(contacts_changed=fd.entity == "contact", keep=None if final else editor)

    def _keep(self, editor: FieldEditor, record_id: str | None, raw: Any, exc: UserError) -> None:
        assert self.data is not None
        self._pending[(editor.fd.entity, self.data.place_id, editor.fd.name, "")] = (record_id, raw)
        note = busy_note()
        editor.show_error(note)
        self.savedStatus.emit(note)
        self._retry.start()

    def _keep_row(self, entity: str, record_id: str, name: str, raw: Any) -> None:
        """A table row's edit refused because the store was busy: kept and retried like the
        page's own fields (also when the person picks another row meanwhile)."""
        assert self.data is not None
        self._pending[(entity, self.data.place_id, name, record_id)] = (record_id, raw)
        self.savedStatus.emit(busy_note())
        self._retry.start()

    def pending_count(self) -> int:
        """Edits kept because the store was busy, not yet stored."""
        return len(self._pending)

    def retry_pending(self, wait_ms: int = RETRY_WAIT_MS) -> bool:
        """Try the kept edits again (oldest first); True when none is left."""
        for key, (record_id, raw) in list(self._pending.items()):
            entity, place_id, name, _row = key
            try:
                with self.store.waiting(wait_ms):
                    if record_id is None:
                        record_id = self._record_id(entity, place_id)
                    self.store.update(entity, record_id, {name: raw})
            except StoreBusy:
                break
            except UserError as exc:  # no longer valid (the plek is gone): say so, drop it
                del self._pending[key]
                self.savedStatus.emit(self.tr("Niet opgeslagen: %1").replace("%1", str(exc)))
                continue
            del self._pending[key]
            if self.data is not None and self.data.place_id == place_id:
                editor = self.field_editor(entity, name)
                if editor is not None:
                    editor.clear_error()
                    editor.stored = clean(editor.fd, raw)
                self._reload()
            self.placeChanged.emit(place_id)
        if self._pending:
            self._retry.start()
            return False
        self.savedStatus.emit(self._saved_at())
        return True

    def _record_id(self, entity: str, place_id: str) -> str:
        """The record an edit kept for a plek goes to (created like ``_record_for`` does)."""
        if entity == "place":
            return place_id
        if entity == "interview":
            return intake.ensure_interview(self.store, place_id)
        return self.store.create(entity, {"place_id": place_id})

    def _refused(self, editor: FieldEditor, exc: UserError) -> None:
        name = getattr(exc, "field", None)  # a StoreError belongs to no field: show it here
        target = self.field_editor(editor.fd.entity, name) if name else None
        if target is None or not target.widget.isEnabled():
            target = editor
        target.show_error(str(exc))
        text = str(exc)
        self.savedStatus.emit(
            text
            if text.startswith("Niet opgeslagen")
            else self.tr("Niet opgeslagen: %1").replace("%1", text)
        )

    def _reload(self) -> None:
        assert self.data is not None
        data = intake.load(self.store, self.data.place_id)
        if data is not None:
            self.data = data

    def _saved(self, contacts_changed: bool = False, keep: FieldEditor | None = None) -> None:
        """After a stored edit: fresh data, header, indicators, and tell the window. ``keep``
        is an editor still being typed in: it is not rewritten (spaces and cursor stay)."""
        self._reload()
        assert self.data is not None
        if contacts_changed:
            self._show_contacts(keep)
        self._show_header()
        self._update_district_hint()
        self._show_previous()
        self.indicators_panel.show_indicators(
            self._indicators(),
            carried=self.data.only_carried,
            stopped=self.data.stopped,
        )
        self.savedStatus.emit(self._saved_at())
        self.placeChanged.emit(self.data.place_id)

    def _saved_at(self) -> str:
        return self.tr("Opgeslagen %1").replace("%1", f"{dt.datetime.now():%H:%M}")

    def _undo_or_redo(self, undo: bool) -> None:
        """Ctrl+Z (or Ctrl+Shift+Z) in a field with no typing of its own to undo."""
        if undo and self._undo.canUndo():
            self._undo.undo()
        elif not undo and self._undo.canRedo():
            self._undo.redo()

    def _after_undo(self, message: str | None) -> None:
        if self.data is None:
            return
        data = intake.load(self.store, self.data.place_id)
        if data is None:
            self.load_place(None)
            return
        self._show(data)
        if message:
            self.savedStatus.emit(message)
        else:
            self.savedStatus.emit(self._saved_at())
            self.placeChanged.emit(data.place_id)

    # ---------------------------------------------------------------- rows and contacts

    def _table_edited(self, entity: str, record_id: str, name: str, old: Any, new: Any) -> None:
        self._undo.push(
            SetFieldCommand(self.store, entity, record_id, name, old, new, self._after_undo)
        )
        self._saved()
        assert self.data is not None
        for panel in self.tables.values():  # an edited record is no longer only carried over
            panel.set_carried(self.data.carried_records.get(panel.model.entity, set()))
        if entity in ("tie", "membership"):
            self._want_network_position()

    def _add_row(self, panel: TablePanel, copy_of: int | None) -> None:
        if self.data is None:
            return
        model = panel.model
        parent = parent_field(model.entity)  # the registry says what a row belongs to
        if parent is None:
            return
        try:
            parent_id = self._record_for(parent.kind)
            record_id = model.add(parent.name, parent_id, copy_of)
        except UserError as exc:  # invalid, or the store is busy
            panel.show_error(str(exc))
            return
        self._undo.push(RowCommand(self.store, model.entity, record_id, True, self._after_undo))
        self._saved()
        panel.edit_new_row()

    def _delete_row(self, panel: TablePanel, row: int) -> None:
        record_id = panel.model.archive(row)
        self._undo.push(
            RowCommand(self.store, panel.model.entity, record_id, False, self._after_undo)
        )
        self._saved()

    def _choose_contact(self, index: int) -> None:
        self.flush()
        self.contact_id = self.contacts.picker.itemData(index) or None
        self._show_contacts()

    def _new_contact(self) -> None:
        if self.data is None:
            return
        self.flush()
        self.contact_id = self.store.create("contact", {"place_id": self.data.place_id})
        self._undo.push(RowCommand(self.store, "contact", self.contact_id, True, self._after_undo))
        self._saved(contacts_changed=True)
        self.contacts.consent.editors[0].widget.setFocus()

    def _delete_contact(self) -> None:
        if self.data is None or self.contact_id is None:
            return
        record_id, self.contact_id = self.contact_id, None
        self.store.archive("contact", record_id)
        self._undo.push(RowCommand(self.store, "contact", record_id, False, self._after_undo))
        self._saved(contacts_changed=True)
