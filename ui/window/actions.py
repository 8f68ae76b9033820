"""Menus and actions of the main window, with their handlers.

Other teams' modules (export, team files, sync, import and conflict dialogs) are imported inside
the handlers: start-up does not pay for them. Long work runs through :mod:`ui.tasks`.

Every text is written in :meth:`WindowActions.retranslate`, which the window calls again when
the language changes (Instellingen): the menus follow at once.
"""

from __future__ import annotations

import re
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMenu, QMessageBox

from nulmeting.domain.errors import Cancelled, UserError
from ui.common import fill
from ui.window.base import WindowBase

if TYPE_CHECKING:
    from nulmeting.team.passwords import PasswordKind


def _safe_name(text: str) -> str:
    return re.sub(r"[^\w.-]+", "-", text).strip("-") or "plek"


class WindowActions(QObject):
    """Builds the menu bar of ``window`` and keeps the actions (``self.new_place`` ...)."""

    def __init__(self, window: WindowBase) -> None:
        super().__init__(window)
        self.w = window
        self._conflict_count = 0
        bar = window.menuBar()

        self.new_place = self._action(self.on_new_place, "Ctrl+N")
        self.import_file = self._action(self.on_import)
        self.export = self._action(self.on_export, "Ctrl+E")
        self.export_districts = self._action(lambda: self.on_export(per_district=True))
        self.report = self._action(self.on_report, "Ctrl+R")
        self.summary_pdf = self._action(self.on_summary_pdf, "Ctrl+P")
        self.publish_agenda = self._action(self.on_publish_agenda)
        self.settings = self._action(self.on_settings, "Ctrl+,")
        self.quit = self._action(window.close, "Ctrl+Q")
        self.file_menu = self._menu(
            bar,
            self.new_place,
            None,
            self.import_file,
            self.export,
            self.export_districts,
            self.publish_agenda,
            self.report,
            None,
            self.settings,
            None,
            self.quit,
        )

        # Undo and redo of the form's stack, with the stack's text after ours (as
        # QUndoStack.createUndoAction does, but with a prefix that follows the language)
        stack = window.form.undo_stack
        self.undo = self._action(stack.undo, "Ctrl+Z")
        self.redo = self._action(stack.redo)
        # text, not QKeySequence objects: building those costs start-up (Qt accepts both)
        self.redo.setShortcuts(["Ctrl+Shift+Z", "Ctrl+Y"])  # type: ignore[list-item]
        self.undo.setEnabled(stack.canUndo())
        self.redo.setEnabled(stack.canRedo())
        stack.canUndoChanged.connect(self.undo.setEnabled)
        stack.canRedoChanged.connect(self.redo.setEnabled)
        self._undo_what, self._redo_what = stack.undoText(), stack.redoText()
        stack.undoTextChanged.connect(self._undo_changed)
        stack.redoTextChanged.connect(self._redo_changed)
        self.search = self._action(self.on_search, "Ctrl+F")
        self.edit_menu = self._menu(bar, self.undo, self.redo, None, self.search)

        self.plan_interview = self._action(self.on_plan_interview, "Ctrl+I")
        self.new_activity = self._action(self.on_new_activity, "Ctrl+Shift+N")
        self.next_section = self._action(window.form.next_section, "Ctrl+PgDown")
        self.previous_section = self._action(window.form.previous_section, "Ctrl+PgUp")
        self.archive = self._action(self.on_archive)
        self.archived = self._action(self.on_archived)
        self.place_menu = self._menu(
            bar,
            self.plan_interview,
            self.new_activity,
            self.summary_pdf,
            None,
            self.next_section,
            self.previous_section,
            None,
            self.archive,
            self.archived,
        )

        self.rounds = self._action(self.on_rounds)
        self.new_round = self._action(self.on_new_round)
        self.freeze_round = self._action(self.on_freeze_round)
        self.reopen_round = self._action(self.on_reopen_round)
        self.round_menu = self._menu(
            bar, self.rounds, None, self.new_round, None, self.freeze_round, self.reopen_round
        )

        self.make_teamfile = self._action(self.on_make_teamfile)
        self.merge = self._action(self.on_merge)
        self.conflicts = self._action(self.on_conflicts)
        self.duplicates = self._action(self.on_duplicates)
        self.sync = self._action(self.on_sync)
        self.network_map = self._action(self.on_network_map, "Ctrl+Shift+K")
        self.network_map.setCheckable(True)
        self.team_menu = self._menu(
            bar,
            self.make_teamfile,
            self.merge,
            self.conflicts,
            self.duplicates,
            None,
            self.sync,
            None,
            self.network_map,
        )

        self.guide = self._action(self.on_guide, "F1")
        self.about = self._action(self.on_about)
        self.help_menu = self._menu(bar, self.guide, self.about)

        self.place_actions = [
            self.plan_interview,
            self.new_activity,
            self.archive,
            self.summary_pdf,
            self.next_section,
            self.previous_section,
        ]
        self.retranslate()
        self.update_enabled()

    def retranslate(self) -> None:
        """Every menu title and action text in the current language (at start, and again when
        the language changes). Mnemonics (&) are unique per menu and in the menu bar, in both
        languages (``tests/gui/window/test_window_language.py``)."""
        self.file_menu.setTitle(self.tr("&Bestand"))
        self.new_place.setText(self.tr("&Nieuwe plek…"))
        self.import_file.setText(self.tr("&Importeren…"))
        self.export.setText(self.tr("&Exporteren naar Excel…"))
        self.export_districts.setText(self.tr("Per &wijk exporteren…"))
        self.publish_agenda.setText(self.tr("Wijkagenda &publiceren…"))
        self.report.setText(self.tr("&Rapport…"))
        self.settings.setText(self.tr("Ins&tellingen…"))
        self.quit.setText(self.tr("&Afsluiten"))

        self.edit_menu.setTitle(self.tr("Be&werken"))
        self._undo_texts()
        self.search.setText(self.tr("&Zoeken"))

        self.place_menu.setTitle(self.tr("&Plek"))
        self.plan_interview.setText(self.tr("&Interview plannen"))
        self.new_activity.setText(self.tr("Nieuwe &activiteit"))
        self.summary_pdf.setText(self.tr("&Samenvatting (PDF, om te tekenen)…"))
        self.next_section.setText(self.tr("&Volgende sectie"))
        self.previous_section.setText(self.tr("V&orige sectie"))
        self.archive.setText(self.tr("Plek a&rchiveren…"))
        self.archived.setText(self.tr("&Gearchiveerde plekken…"))

        self.round_menu.setTitle(self.tr("&Meetmoment"))
        self.rounds.setText(self.tr("&Meetmomenten…"))
        self.new_round.setText(self.tr("&Nieuwe vervolgmeting…"))
        self.freeze_round.setText(self.tr("&Vaststellen…"))
        self.reopen_round.setText(self.tr("&Heropenen…"))

        self.team_menu.setTitle(self.tr("&Team"))
        self.make_teamfile.setText(self.tr("Teambestand &maken…"))
        self.merge.setText(self.tr("Teambestanden &samenvoegen…"))
        self.set_conflict_count(self._conflict_count)
        self.duplicates.setText(self.tr("&Dubbele plekken…"))
        self.sync.setText(self.tr("S&ynchroniseren…"))
        self.network_map.setText(self.tr("&Netwerkkaart"))

        self.help_menu.setTitle(self.tr("&Help"))
        self.guide.setText(self.tr("&Handleiding"))
        self.about.setText(self.tr("&Over Nulmeting"))

    def set_conflict_count(self, n: int) -> None:
        """Team → Conflicten shows how many are open."""
        self._conflict_count = n
        if n:
            self.conflicts.setText(self.tr("&Conflicten (%1)…").replace("%1", str(n)))
        else:
            self.conflicts.setText(self.tr("&Conflicten…"))

    def _undo_changed(self, what: str) -> None:
        self._undo_what = what
        self._undo_texts()

    def _redo_changed(self, what: str) -> None:
        self._redo_what = what
        self._undo_texts()

    def _undo_texts(self) -> None:
        """ "Ongedaan maken" and "Opnieuw" with what they act on (the stack's text)."""
        undo, redo = self.tr("&Ongedaan maken"), self.tr("Opnie&uw")
        self.undo.setText(f"{undo} {self._undo_what}".rstrip())
        self.redo.setText(f"{redo} {self._redo_what}".rstrip())

    def _menu(self, bar: Any, *actions: QAction | None) -> QMenu:
        menu = bar.addMenu("")
        for a in actions:
            menu.addSeparator() if a is None else menu.addAction(a)
        return menu

    def _action(self, slot: Callable[[], Any], shortcut: str | None = None) -> QAction:
        # Shortcuts as text: the QKeySequence class would cost start-up time (its enums).
        action = QAction(self.w)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.w.addAction(action)  # shortcuts work wherever the focus is in the window
        return action

    def update_enabled(self) -> None:
        has_place = self.w.current_place is not None
        for action in self.place_actions:
            action.setEnabled(has_place)

    # ---------------------------------------------------------------- helpers

    def _run(
        self,
        work: Callable[[Callable[[int, int, str], None]], Any],
        done: Callable[[Any], None],
        label: str,
    ) -> None:
        self.w.statusBar().showMessage(label)

        def finished(result: Any) -> None:
            self.w.statusBar().clearMessage()  # the label of work that is done
            done(result)

        self.w.tasks.run(work, finished, on_error=self._failed, label=label)

    def _failed(self, exc: BaseException) -> None:
        self.w.statusBar().clearMessage()
        if isinstance(exc, Cancelled):
            self.w.statusBar().showMessage(self.tr("Afgebroken; er is niets veranderd."), 8000)
        elif isinstance(exc, UserError):
            QMessageBox.warning(self.w, "Nulmeting", str(exc))
        else:
            traceback.print_exception(exc)
            QMessageBox.critical(
                self.w,
                "Nulmeting",
                self.tr(
                    "Er ging iets mis: %1\n\nEr is niets half opgeslagen; meld dit aan de beheerder."
                ).replace("%1", str(exc)),
            )

    def _result(
        self,
        title: str,
        heading: str,
        details: str = "",
        *,
        file: Path | None = None,
        folder: Path | None = None,
    ) -> str:
        """The outcome in a dialog (:class:`ui.results.ResultDialog`), with a button to the open
        conflicts when there are any; returns the button chosen."""
        from ui.dialogs.results import ResultDialog

        self.w.statusBar().showMessage(heading, 15000)
        conflicts = self.w.store.open_conflict_count() if file is None and folder is None else 0
        dialog = ResultDialog(
            title, heading, details, self.w, conflicts=conflicts, file=file, folder=folder
        )
        try:
            dialog.exec()
            chosen = dialog.chosen
        finally:
            dialog.deleteLater()
        if chosen == "conflicten":
            self.on_conflicts()
        return chosen

    def _info(self, title: str, text: str) -> None:
        self.w.statusBar().showMessage(" ".join(text.split()), 10000)
        QMessageBox.information(self.w, title, text)

    def _password(self, title: str, prompt: str, kind: PasswordKind = "team") -> str | None:
        """The team (or server) password from the environment, else asked in a dialog
        (:func:`nulmeting.team.passwords.get_password`); ``None``: cancelled."""
        from nulmeting.team.passwords import get_password

        def ask() -> str | None:
            text, ok = QInputDialog.getText(self.w, title, prompt, QLineEdit.EchoMode.Password)
            return text if ok else None

        return get_password(kind, ask)

    def _all_files(self) -> str:
        return self.tr("Alle bestanden (*)")

    def _pdf_filter(self) -> str:
        return self.tr("PDF-bestanden (*.pdf)")

    def _teamfile_filter(self) -> str:
        return self.tr("Teambestanden (*.nulmeting)") + ";;" + self._all_files()

    def on_network_map(self) -> None:
        """Team → Netwerkkaart toggles between the map and the form."""
        if self.w.network_shown():
            self.w.show_form()
        else:
            self.w.show_network_map()

    # ---------------------------------------------------------------- plekken

    def on_new_place(self) -> None:
        title = self.tr("Nieuwe plek")
        name, ok = QInputDialog.getText(self.w, title, self.tr("Naam van de plek:"))
        if not ok:
            return
        name = name.strip()
        if not name:
            QMessageBox.warning(self.w, title, self.tr("Geef de plek een naam."))
            return
        try:
            place_id = self.w.store.create("place", {"name": name})
        except UserError as exc:
            QMessageBox.warning(self.w, title, str(exc))
            return
        self.w.refresh_place(place_id)
        if not self.w.select_place(place_id):
            self.w.clear_filters()
            self.w.select_place(place_id)
        self.w.statusBar().showMessage(self.tr("Plek “%1” toegevoegd.").replace("%1", name), 5000)
        self.w.form.focus_first_field()

    def on_archive(self) -> None:
        place_id = self.w.current_place
        if place_id is None:
            return
        row = self.w.model.place_at(self.w.model.row_of(place_id))
        title = self.tr("Plek archiveren")
        answer = QMessageBox.question(
            self.w,
            title,
            self.tr(
                "Plek “%1” archiveren?\n\nDe plek verdwijnt uit de lijst en uit de "
                "overzichten. De gegevens blijven bewaard en de plek kan worden teruggezet."
            ).replace("%1", row.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.w.store.archive("place", place_id)
        except UserError as exc:
            QMessageBox.warning(self.w, title, str(exc))
            return
        self.w.remove_place(place_id)
        # after the next plek is shown (which starts a fresh undo stack): Ctrl+Z undoes this
        from ui.dialogs.archived import ArchivePlaceCommand

        def failed(message: str) -> None:
            QMessageBox.warning(self.w, self.tr("Ongedaan maken"), message)

        self.w.form.undo_stack.push(
            ArchivePlaceCommand(self.w.store, place_id, row.name, self._archived_changed, failed)
        )
        # the focus on the list, where the selection moved to: Ctrl+Z reaches the window's undo
        # (a text field with the focus, such as the search box, would take it as its own)
        self.w.view.setFocus()
        self.w.statusBar().showMessage(
            self.tr("Plek “%1” gearchiveerd. Ctrl+Z zet hem terug.").replace("%1", row.name), 8000
        )

    def _archived_changed(self, place_id: str, archived: bool) -> None:
        """After undo/redo of archiving: the list follows; a restored plek is shown again (later,
        out of the undo stack's own call: showing another plek starts a new undo stack)."""
        from PySide6.QtCore import QTimer

        def show() -> None:
            self.w.refresh_place(place_id)
            self.w.update_conflicts()
            if not archived and not self.w.select_place(place_id):
                self.w.clear_filters()
                self.w.select_place(place_id)

        QTimer.singleShot(0, show)
        self.w.statusBar().showMessage(
            self.tr("Plek teruggezet.") if not archived else self.tr("Plek weer gearchiveerd."),
            5000,
        )

    def on_archived(self) -> None:
        from ui.dialogs.archived import ArchivedDialog

        dialog = ArchivedDialog(self.w.store, self.w)
        try:
            dialog.exec()
            restored = list(dialog.restored)
        finally:
            dialog.deleteLater()
        if restored:  # show the plek put back last, once the list is read again
            target = restored[-1]

            def select(_count: int) -> None:
                self.w.listLoaded.disconnect(select)
                self.w.select_place(target)

            self.w.clear_filters()
            self.w.listLoaded.connect(select)
            self.w.store_changed()

    def on_plan_interview(self) -> None:
        from nulmeting.reading import intake

        store, place_id = self.w.store, self.w.current_place
        if place_id is None:
            return
        round_name = store.current_round
        title = self.tr("Interview plannen")
        if not round_name:
            QMessageBox.warning(
                self.w, title, self.tr("Kies eerst een meetmoment in Bestand → Instellingen.")
            )
            return
        if intake.current_interview_id(store, place_id):
            QMessageBox.information(
                self.w,
                title,
                self.tr("Deze plek heeft al een meting voor “%1”.").replace("%1", round_name),
            )
            return
        try:
            intake.ensure_interview(store, place_id)
        except UserError as exc:
            QMessageBox.warning(self.w, title, str(exc))
            return
        self.w.refresh_place(place_id)
        self.w.form.load_place(place_id)
        self.w.statusBar().showMessage(
            self.tr("Interview gepland voor “%1”.").replace("%1", round_name), 5000
        )

    def on_new_activity(self) -> None:
        if self.w.current_place is not None:
            self.w.form.new_activity()

    def on_search(self) -> None:
        self.w.search.setFocus()
        self.w.search.selectAll()

    def on_summary_pdf(self) -> None:
        place_id = self.w.current_place
        if place_id is None:
            return
        name = self.w.model.place_at(self.w.model.row_of(place_id)).name
        title = self.tr("Samenvatting als PDF")
        path, _ = QFileDialog.getSaveFileName(
            self.w, title, str(Path.home() / f"{_safe_name(name)}.pdf"), self._pdf_filter()
        )
        if not path:
            return
        try:
            out = self.w.form.write_summary_pdf(Path(path))
        except (UserError, OSError) as exc:
            QMessageBox.warning(self.w, title, str(exc))
            return
        self.w.statusBar().showMessage(
            self.tr("Samenvatting opgeslagen: %1").replace("%1", str(out)), 10000
        )

    # ---------------------------------------------------------------- bestand

    def on_report(self) -> None:
        """Bestand → Rapport…: the area report or one wijk's, as PDF (in the background)."""
        from nulmeting.domain import reference
        from ui.dialogs.report_dialog import ReportDialog

        store = self.w.store
        dialog = ReportDialog(store, self.w)
        if not dialog.exec():
            return
        code, round_name = dialog.district(), dialog.round_name()
        default = (
            "rapport-sociale-basis.pdf"
            if code is None
            else f"rapport-{_safe_name(reference.district_name(code))}.pdf"
        )
        path, _ = QFileDialog.getSaveFileName(
            self.w, self.tr("Rapport opslaan"), str(Path.home() / default), self._pdf_filter()
        )
        if not path:
            return
        making = self.tr("Rapport maken")

        def work(progress: Callable[[int, int, str], None]) -> Path:
            from nulmeting.report.area import write_report

            progress(0, 0, making)
            return write_report(store, Path(path), district=code, round_name=round_name)

        def done(out: Path) -> None:
            self._info(
                self.tr("Rapport"), self.tr("Rapport geschreven:\n%1").replace("%1", str(out))
            )

        self._run(work, done, self.tr("Rapport maken…"))

    def on_export(self, per_district: bool = False) -> None:
        from ui.dialogs.export_dialog import DISTRICT, PER_DISTRICT, ExportDialog

        store = self.w.store
        district = self.w.district_filter.currentData() or None
        dialog = ExportDialog(store.setting("area"), Path.home(), self.w, current_district=district)
        if per_district:
            dialog.per.setChecked(True)
        try:
            if not dialog.exec() or dialog.choice is None:
                return
            choice = dialog.choice
        finally:
            dialog.deleteLater()

        def work(progress: Callable[[int, int, str], None]) -> list[Path]:
            from nulmeting.exchange.export import write_overview, write_per_district

            if choice.scope == PER_DISTRICT:
                return write_per_district(
                    store,
                    choice.target,
                    personal=choice.personal,
                    reason=choice.reason,
                    progress=progress,
                )
            return [
                write_overview(
                    store,
                    choice.target,
                    personal=choice.personal,
                    district=choice.district if choice.scope == DISTRICT else None,
                    reason=choice.reason,
                    progress=progress,
                )
            ]

        def done(paths: list[Path]) -> None:
            warning = (
                "\n\n" + self.tr("Let op: met persoonsgegevens (AVG). Deel zorgvuldig.")
                if choice.personal
                else ""
            )
            title = self.tr("Exporteren")
            if choice.scope == PER_DISTRICT:
                heading = (
                    self.tr("%n overzichten per wijk geschreven.", "", len(paths))
                    if paths
                    else self.tr("Geen plekken met een wijk: er is niets geschreven.")
                )
                details = self.tr("In de map %1:").replace("%1", str(choice.target))
                details += "\n" + "\n".join(p.name for p in paths)
                self._result(title, heading, details + warning, folder=choice.target)
            else:
                out = paths[0]
                self._result(
                    title,
                    self.tr("Overzicht geschreven."),
                    f"{out}{warning}",
                    file=out,
                    folder=out.parent,
                )

        self._run(work, done, self.tr("Overzicht schrijven…"))

    def on_publish_agenda(self) -> None:
        from ui.dialogs.publish_agenda import on_publish_agenda

        on_publish_agenda(self.w, self.w.store, self._run)

    def _import_kind(self, path: Path) -> str | None:
        """Plekken or Activiteiten; asked when a workbook has both sheets (the export)."""
        from nulmeting.exchange.activity_import import sheet_kind, sheet_names

        if path.suffix.lower() == ".xlsx" and {"Plekken", "Activiteiten"} <= set(sheet_names(path)):
            choice, ok = QInputDialog.getItem(
                self.w,
                self.tr("Importeren"),
                self.tr(
                    "Dit bestand heeft een blad Plekken en een blad "
                    "Activiteiten. Welk blad inlezen?"
                ),
                ["Plekken", "Activiteiten"],  # the sheets' own names, as in the file
                0,
                False,
            )
            return choice if ok else None
        return sheet_kind(path)

    def on_import(self) -> None:
        title = self.tr("Importeren")
        path, _ = QFileDialog.getOpenFileName(
            self.w,
            title,
            str(Path.home()),
            self.tr("Excel- en CSV-bestanden (*.xlsx *.csv)") + ";;" + self._all_files(),
        )
        if not path:
            return
        store = self.w.store
        try:
            kind = self._import_kind(Path(path))
        except UserError as exc:
            QMessageBox.warning(self.w, title, str(exc))
            return
        if kind is None:
            return
        activities = kind == "Activiteiten"
        reading = self.tr("Activiteiten inlezen…") if activities else self.tr("Plekken inlezen…")

        def plan_work(progress: Callable[[int, int, str], None]) -> Any:
            if activities:
                from nulmeting.exchange.activity_import import plan_activity_import

                return plan_activity_import(store, Path(path), progress=progress)
            from nulmeting.exchange.importer import plan_import

            return plan_import(store, Path(path), progress=progress)

        def planned(plan: Any) -> None:
            from ui.dialogs.import_dialog import ImportDialog

            self.w.statusBar().clearMessage()
            dialog = ImportDialog(plan, self.w)
            try:
                if not dialog.exec():
                    return
                only_valid = dialog.skip_invalid
            finally:
                dialog.deleteLater()

            def apply_work(progress: Callable[[int, int, str], None]) -> str:
                if activities:
                    from nulmeting.exchange.activity_import import apply_activity_import

                    return apply_activity_import(
                        store, plan, only_valid=only_valid, progress=progress
                    )
                from nulmeting.exchange.importer import apply_import

                return apply_import(store, plan, only_valid=only_valid, progress=progress)

            def applied(text: str) -> None:
                self.w.store_changed()
                counts = text.partition(": ")[2].split(" (")[0]  # "2 nieuwe plekken, …"
                heading = f"{counts[:1].upper()}{counts[1:]}." if counts else text
                self._result(title, heading, text)

            self.w.statusBar().showMessage(reading)
            self.w.tasks.run(apply_work, applied, on_error=self._import_failed, label=reading)

        checking = self.tr("Bestand lezen en controleren…")
        self.w.statusBar().showMessage(checking)
        self.w.tasks.run(plan_work, planned, on_error=self._import_failed, label=checking)

    def _import_failed(self, exc: BaseException) -> None:
        """Like :meth:`_failed`, with the title of the import (a wrong spreadsheet, a row that
        became invalid after the preview)."""
        if isinstance(exc, UserError):
            self.w.statusBar().clearMessage()
            QMessageBox.warning(self.w, self.tr("Importeren"), str(exc))
        else:
            self._failed(exc)

    def on_settings(self) -> None:
        from ui.dialogs.settings_dialog import SettingsDialog

        language = self.w.store.setting("language")
        if SettingsDialog(self.w.store, self.w).exec():
            self.w.store_changed()  # another meetmoment shows other metingen
            if self.w.store.setting("language") != language:
                self.w.change_language(self.w.store.setting("language"))

    # ---------------------------------------------------------------- meetmomenten

    def _pick_round(self, title: str, label: str, only: str | None = None) -> str | None:
        from nulmeting.store import meetmoment

        items = [
            i
            for i in meetmoment.list_meetmomenten(self.w.store)
            if only is None or i.status == only
        ]
        if not items:
            self._info(title, self.tr("Er is geen meetmoment om te kiezen."))
            return None
        names = [i.name for i in items]
        current = next((k for k, i in enumerate(items) if i.current), len(items) - 1)
        name, ok = QInputDialog.getItem(self.w, title, label, names, current, False)
        return name if ok else None

    def on_rounds(self) -> None:
        from nulmeting.store import meetmoment

        lines = []
        for i in meetmoment.list_meetmomenten(self.w.store):
            status = self.tr("vastgesteld") if i.status == meetmoment.FROZEN else self.tr("open")
            if i.frozen_at:
                status += " " + self.tr("op %1").replace("%1", i.frozen_at[:10])
            line = fill(
                self.tr("%1: %2 van %3 plekken gemeten, %4"), i.name, i.measured, i.places, status
            )
            lines.append(f"{'▶ ' if i.current else '   '}{line}")
            for h in meetmoment.history(self.w.store, i.name):
                if h.text != "gestart":  # the core's history, in Dutch
                    lines.append(f"      {h.at[:10]} {h.author}: {h.text}")
        self._info(self.tr("Meetmomenten"), "\n".join(lines) or self.tr("Nog geen meetmomenten."))

    def on_new_round(self) -> None:
        from nulmeting.reading.intake import suggested_follow_up
        from nulmeting.store import meetmoment

        store = self.w.store
        with store.read() as conn:
            known = meetmoment.names(conn, store.current_round)
        title = self.tr("Nieuwe vervolgmeting")
        name, ok = QInputDialog.getText(
            self.w,
            title,
            self.tr(
                "Naam van het nieuwe meetmoment. Elke plek krijgt een geplande meting met de\n"
                "waarden van '%1', overgenomen en nog te bevestigen:"
            ).replace("%1", store.current_round or ""),
            text=suggested_follow_up(known),
        )
        if not ok:
            return

        def work(progress: Callable[[int, int, str], None]) -> Any:
            return meetmoment.start(store, name, progress=progress)

        def done(result: Any) -> None:
            self.w.store_changed()
            text = fill(
                self.tr(
                    "Meetmoment '%1' is gestart en is nu het huidige: %2 plekken hebben een "
                    "geplande meting met de waarden van vorig jaar, %3 activiteiten zijn "
                    "overgenomen (nog te bevestigen)."
                ),
                result.name,
                result.places,
                result.records.get("activity", 0),
            )
            self._info(title, text)

        self._run(work, done, self.tr("Vervolgmeting voorbereiden…"))

    def on_freeze_round(self) -> None:
        from nulmeting.store import meetmoment

        name = self._pick_round(
            self.tr("Meetmoment vaststellen"),
            self.tr("Welk meetmoment vaststellen? De cijfers blijven daarna zoals ze nu zijn."),
            meetmoment.OPEN,
        )
        if name is None:
            return
        try:
            meetmoment.freeze(self.w.store, name)
        except UserError as exc:
            self._failed(exc)
            return
        self.w.store_changed()
        self._info(
            self.tr("Meetmoment vastgesteld"),
            self.tr(
                "'%1' is vastgesteld. Wijzigen kan alleen na heropenen (met een reden)."
            ).replace("%1", name),
        )

    def on_reopen_round(self) -> None:
        from nulmeting.store import meetmoment

        title = self.tr("Meetmoment heropenen")
        name = self._pick_round(title, self.tr("Welk meetmoment heropenen?"), meetmoment.FROZEN)
        if name is None:
            return
        reason, ok = QInputDialog.getText(
            self.w,
            title,
            self.tr("Waarom wordt '%1' heropend? (blijft bewaard)").replace("%1", name),
        )
        if not ok:
            return
        try:
            meetmoment.reopen(self.w.store, name, reason)
        except UserError as exc:
            self._failed(exc)
            return
        self.w.store_changed()
        self._info(
            self.tr("Meetmoment heropend"),
            fill(self.tr("'%1' is heropend. Reden: %2"), name, reason.strip()),
        )

    # ---------------------------------------------------------------- team

    def on_make_teamfile(self) -> None:
        store = self.w.store
        default = Path.home() / f"teambestand-{_safe_name(store.interviewer or 'laptop')}.nulmeting"
        title = self.tr("Teambestand maken")
        path, _ = QFileDialog.getSaveFileName(self.w, title, str(default), self._teamfile_filter())
        if not path:
            return
        password = self._password(
            title, self.tr("Wachtwoord van het team (het bestand wordt versleuteld):")
        )
        if password is None:
            return
        if not password:
            QMessageBox.warning(
                self.w,
                title,
                self.tr("Een teambestand bevat persoonsgegevens: geef een wachtwoord."),
            )
            return

        def work(_progress: Callable[[int, int, str], None]) -> Path:
            from nulmeting.team.teamfile import write_teamfile

            return write_teamfile(store, Path(path), password)

        def done(out: Path) -> None:
            text = self.tr("Teambestand geschreven:\n%1").replace("%1", str(out))
            self._info(self.tr("Teambestand"), text)

        self._run(work, done, self.tr("Teambestand maken…"))

    def on_merge(self) -> None:
        title = self.tr("Teambestanden samenvoegen")
        paths, _ = QFileDialog.getOpenFileNames(
            self.w, title, str(Path.home()), self._teamfile_filter()
        )
        if not paths:
            return
        password = self._password(title, self.tr("Wachtwoord van het team:"))
        if password is None:
            return
        store = self.w.store

        def work(progress: Callable[[int, int, str], None]) -> list[Any]:
            from nulmeting.team.teamfile import merge_files

            return merge_files(store, [Path(p) for p in paths], password or None, progress)

        def done(summaries: list[Any]) -> None:
            from ui.dialogs.results import merge_details, merge_heading

            self.w.store_changed()
            details = merge_details(summaries)
            if summaries and all(s.own_laptop and not s.new_changes for s in summaries):
                heading = self.tr("Niets veranderd: dit is het teambestand van deze laptop zelf.")
            else:
                heading = merge_heading(summaries, store.open_conflict_count())
            self._result(self.tr("Samenvoegen"), heading, details)

        self._run(work, done, self.tr("Teambestanden samenvoegen…"))

    def on_conflicts(self) -> None:
        from ui.dialogs.conflicts import ConflictDialog

        dialog = ConflictDialog(self.w.store, self.w)
        dialog.resolved.connect(self.w.update_conflicts)  # the count follows every choice
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
        self.w.store_changed()

    def on_duplicates(self) -> None:
        store = self.w.store

        searching = self.tr("Zoeken naar dubbele plekken")

        def work(progress: Callable[[int, int, str], None]) -> list[Any]:
            from nulmeting.reading import duplicates

            progress(0, 0, searching)
            return duplicates.find(store)

        def found(pairs: list[Any]) -> None:
            from ui.dialogs.duplicates_dialog import DuplicatesDialog

            self.w.statusBar().clearMessage()
            dialog = DuplicatesDialog(store, pairs, self._run, self.w)
            try:
                dialog.exec()
                joined = dialog.joined
            finally:
                dialog.deleteLater()
            if joined:
                self.w.store_changed()

        self._run(work, found, self.tr("Dubbele plekken zoeken…"))

    def on_guide(self) -> None:
        from ui.dialogs.help import GuideDialog

        dialog = GuideDialog(self.w)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def on_about(self) -> None:
        from ui.dialogs.help import show_about

        show_about(self.w.store, self.w)

    def on_sync(self) -> None:
        store = self.w.store
        url, ok = QInputDialog.getText(
            self.w,
            self.tr("Synchroniseren"),
            self.tr("Adres van de gedeelde server (postgresql://…):"),
            QLineEdit.EchoMode.Normal,
            store.setting("server_url"),
        )  # sync() remembers it
        url = url.strip()
        if not ok or not url:
            return
        # First as libpq would connect (trust, ~/.pgpass, a certificate, PGPASSWORD); a
        # password is asked only when the server says it needs one.
        self._sync(url, None)

    def _sync(self, url: str, password: str | None) -> None:
        store = self.w.store

        def work(progress: Callable[[int, int, str], None]) -> Any:
            from nulmeting.team.sync import sync

            return sync(store, url, password, progress)

        title = self.tr("Synchroniseren")

        def done(summary: Any) -> None:
            from ui.dialogs.results import sync_text

            self.w.store_changed()
            if not summary.set_aside_total:
                self._result(title, sync_text(summary))
                return
            # bad server rows set aside: named in the status bar, and a warning when new
            set_aside = self.tr(
                "Let op: %n ongeldige wijziging(en) van de server apart gezet.",
                "",
                summary.set_aside_total,
            )
            self.w.statusBar().showMessage(f"{set_aside} {summary.dutch().splitlines()[0]}", 10000)
            box = QMessageBox.warning if summary.set_aside else QMessageBox.information
            box(self.w, title, summary.dutch())

        def failed(exc: BaseException) -> None:
            from nulmeting.domain.errors import PasswordNeeded

            if not isinstance(exc, PasswordNeeded) or password is not None:
                self._failed(exc)
                return
            self.w.statusBar().clearMessage()
            typed, ok = QInputDialog.getText(
                self.w,
                title,
                f"{exc}\n" + self.tr("Uw wachtwoord voor de server:"),
                QLineEdit.EchoMode.Password,
            )
            if ok and typed:
                self._sync(url, typed)
            else:
                self.w.statusBar().showMessage(
                    self.tr("Niet gesynchroniseerd; er is niets veranderd."), 8000
                )

        syncing = self.tr("Synchroniseren…")
        self.w.statusBar().showMessage(syncing)
        self.w.tasks.run(work, done, on_error=failed, label=syncing)
