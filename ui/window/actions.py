"""Menus and actions of the main window, with their handlers.

Other teams' modules (export, team files, sync, import and conflict dialogs) are imported inside
the handlers: start-up does not pay for them. Long work runs through :mod:`ui.tasks`.
"""

from __future__ import annotations

import re
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox

from nulmeting.domain.errors import Cancelled, UserError
from ui.window.base import WindowBase

if TYPE_CHECKING:
    from nulmeting.team.passwords import PasswordKind

TEAMFILE_FILTER = "Teambestanden (*.nulmeting);;Alle bestanden (*)"


def _safe_name(text: str) -> str:
    return re.sub(r"[^\w.-]+", "-", text).strip("-") or "plek"


class WindowActions:
    """Builds the menu bar of ``window`` and keeps the actions (``self.new_place`` ...)."""

    def __init__(self, window: WindowBase) -> None:
        self.w = window
        menu = window.menuBar()

        file_menu = menu.addMenu("&Bestand")
        self.new_place = self._action("&Nieuwe plek…", self.on_new_place, "Ctrl+N")
        self.import_file = self._action("&Importeren…", self.on_import)
        self.export = self._action("&Exporteren naar Excel…", self.on_export, "Ctrl+E")
        self.export_districts = self._action(
            "Per &wijk exporteren…", lambda: self.on_export(per_district=True)
        )
        self.report = self._action("&Rapport…", self.on_report, "Ctrl+R")
        self.summary_pdf = self._action(
            "&Samenvatting (PDF, om te tekenen)…", self.on_summary_pdf, "Ctrl+P"
        )
        self.publish_agenda = self._action(
            QCoreApplication.translate("WindowActions", "Wijkagenda &publiceren…"),
            self.on_publish_agenda,
        )
        self.settings = self._action("&Instellingen…", self.on_settings, "Ctrl+,")
        self.quit = self._action("&Afsluiten", window.close, "Ctrl+Q")
        for a in (
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
        ):
            file_menu.addSeparator() if a is None else file_menu.addAction(a)

        edit_menu = menu.addMenu("Be&werken")
        stack = window.form.undo_stack
        self.undo = stack.createUndoAction(window, "&Ongedaan maken")
        self.undo.setShortcut("Ctrl+Z")
        self.redo = stack.createRedoAction(window, "Opnie&uw")
        # text, not QKeySequence objects: building those costs start-up (Qt accepts both)
        self.redo.setShortcuts(["Ctrl+Shift+Z", "Ctrl+Y"])  # type: ignore[list-item]
        self.search = self._action("&Zoeken", self.on_search, "Ctrl+F")
        for a in (self.undo, self.redo, None, self.search):
            edit_menu.addSeparator() if a is None else edit_menu.addAction(a)
        window.addAction(self.undo)
        window.addAction(self.redo)

        place_menu = menu.addMenu("&Plek")
        self.plan_interview = self._action("&Interview plannen", self.on_plan_interview, "Ctrl+I")
        self.new_activity = self._action("Nieuwe &activiteit", self.on_new_activity, "Ctrl+Shift+N")
        self.next_section = self._action(
            "&Volgende sectie", window.form.next_section, "Ctrl+PgDown"
        )
        self.previous_section = self._action(
            "V&orige sectie", window.form.previous_section, "Ctrl+PgUp"
        )
        self.archive = self._action("Plek a&rchiveren…", self.on_archive)
        self.archived = self._action("&Gearchiveerde plekken…", self.on_archived)
        for a in (
            self.plan_interview,
            self.new_activity,
            self.summary_pdf,
            None,
            self.next_section,
            self.previous_section,
            None,
            self.archive,
            self.archived,
        ):
            place_menu.addSeparator() if a is None else place_menu.addAction(a)

        round_menu = menu.addMenu("&Meetmoment")
        self.rounds = self._action("&Meetmomenten…", self.on_rounds)
        self.new_round = self._action("&Nieuwe vervolgmeting…", self.on_new_round)
        self.freeze_round = self._action("&Vaststellen…", self.on_freeze_round)
        self.reopen_round = self._action("&Heropenen…", self.on_reopen_round)
        for a in (self.rounds, None, self.new_round, None, self.freeze_round, self.reopen_round):
            round_menu.addSeparator() if a is None else round_menu.addAction(a)

        team_menu = menu.addMenu("&Team")
        self.make_teamfile = self._action("Teambestand &maken…", self.on_make_teamfile)
        self.merge = self._action("Teambestanden &samenvoegen…", self.on_merge)
        self.conflicts = self._action("&Conflicten…", self.on_conflicts)
        self.duplicates = self._action("&Dubbele plekken…", self.on_duplicates)
        self.sync = self._action("S&ynchroniseren…", self.on_sync)
        self.network_map = self._action(
            QCoreApplication.translate("WindowActions", "&Netwerkkaart"),
            self.on_network_map,
            "Ctrl+Shift+K",
        )
        self.network_map.setCheckable(True)
        for a in (
            self.make_teamfile,
            self.merge,
            self.conflicts,
            self.duplicates,
            None,
            self.sync,
            None,
            self.network_map,
        ):
            team_menu.addSeparator() if a is None else team_menu.addAction(a)

        help_menu = menu.addMenu("&Help")
        self.guide = self._action("&Handleiding", self.on_guide, "F1")
        self.about = self._action("&Over Nulmeting", self.on_about)
        help_menu.addAction(self.guide)
        help_menu.addAction(self.about)

        self.place_actions = [
            self.plan_interview,
            self.new_activity,
            self.archive,
            self.summary_pdf,
            self.next_section,
            self.previous_section,
        ]
        self.update_enabled()

    def _action(self, text: str, slot: Callable[[], Any], shortcut: str | None = None) -> QAction:
        # Shortcuts as text: the QKeySequence class would cost start-up time (its enums).
        action = QAction(text, self.w)
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
            self.w.statusBar().showMessage("Afgebroken; er is niets veranderd.", 8000)
        elif isinstance(exc, UserError):
            QMessageBox.warning(self.w, "Nulmeting", str(exc))
        else:
            traceback.print_exception(exc)
            QMessageBox.critical(
                self.w,
                "Nulmeting",
                f"Er ging iets mis: {exc}\n\nEr is niets half opgeslagen; "
                "meld dit aan de beheerder.",
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

    def on_network_map(self) -> None:
        """Team → Netwerkkaart toggles between the map and the form."""
        if self.w.network_shown():
            self.w.show_form()
        else:
            self.w.show_network_map()

    # ---------------------------------------------------------------- plekken

    def on_new_place(self) -> None:
        name, ok = QInputDialog.getText(self.w, "Nieuwe plek", "Naam van de plek:")
        if not ok:
            return
        name = name.strip()
        if not name:
            QMessageBox.warning(self.w, "Nieuwe plek", "Geef de plek een naam.")
            return
        try:
            place_id = self.w.store.create("place", {"name": name})
        except UserError as exc:
            QMessageBox.warning(self.w, "Nieuwe plek", str(exc))
            return
        self.w.refresh_place(place_id)
        if not self.w.select_place(place_id):
            self.w.clear_filters()
            self.w.select_place(place_id)
        self.w.statusBar().showMessage(f"Plek “{name}” toegevoegd.", 5000)
        self.w.form.focus_first_field()

    def on_archive(self) -> None:
        place_id = self.w.current_place
        if place_id is None:
            return
        row = self.w.model.place_at(self.w.model.row_of(place_id))
        answer = QMessageBox.question(
            self.w,
            "Plek archiveren",
            f"Plek “{row.name}” archiveren?\n\nDe plek verdwijnt uit de lijst en uit de "
            "overzichten. De gegevens blijven bewaard en de plek kan worden teruggezet.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.w.store.archive("place", place_id)
        except UserError as exc:
            QMessageBox.warning(self.w, "Plek archiveren", str(exc))
            return
        self.w.remove_place(place_id)
        # after the next plek is shown (which starts a fresh undo stack): Ctrl+Z undoes this
        from ui.dialogs.archived import ArchivePlaceCommand

        def failed(message: str) -> None:
            QMessageBox.warning(self.w, "Ongedaan maken", message)

        self.w.form.undo_stack.push(
            ArchivePlaceCommand(self.w.store, place_id, row.name, self._archived_changed, failed)
        )
        # the focus on the list, where the selection moved to: Ctrl+Z reaches the window's undo
        # (a text field with the focus, such as the search box, would take it as its own)
        self.w.view.setFocus()
        self.w.statusBar().showMessage(
            f"Plek “{row.name}” gearchiveerd. Ctrl+Z zet hem terug.", 8000
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
            "Plek teruggezet." if not archived else "Plek weer gearchiveerd.", 5000
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
        if not round_name:
            QMessageBox.warning(
                self.w, "Interview plannen", "Kies eerst een meetmoment in Bestand → Instellingen."
            )
            return
        if intake.current_interview_id(store, place_id):
            QMessageBox.information(
                self.w, "Interview plannen", f"Deze plek heeft al een meting voor “{round_name}”."
            )
            return
        try:
            intake.ensure_interview(store, place_id)
        except UserError as exc:
            QMessageBox.warning(self.w, "Interview plannen", str(exc))
            return
        self.w.refresh_place(place_id)
        self.w.form.load_place(place_id)
        self.w.statusBar().showMessage(f"Interview gepland voor “{round_name}”.", 5000)

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
        path, _ = QFileDialog.getSaveFileName(
            self.w,
            "Samenvatting als PDF",
            str(Path.home() / f"{_safe_name(name)}.pdf"),
            "PDF-bestanden (*.pdf)",
        )
        if not path:
            return
        try:
            out = self.w.form.write_summary_pdf(Path(path))
        except (UserError, OSError) as exc:
            QMessageBox.warning(self.w, "Samenvatting als PDF", str(exc))
            return
        self.w.statusBar().showMessage(f"Samenvatting opgeslagen: {out}", 10000)

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
            self.w, "Rapport opslaan", str(Path.home() / default), "PDF-bestanden (*.pdf)"
        )
        if not path:
            return

        def work(progress: Callable[[int, int, str], None]) -> Path:
            from nulmeting.report.area import write_report

            progress(0, 0, "Rapport maken")
            return write_report(store, Path(path), district=code, round_name=round_name)

        self._run(
            work, lambda out: self._info("Rapport", f"Rapport geschreven:\n{out}"), "Rapport maken…"
        )

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
                "\n\nLet op: met persoonsgegevens (AVG). Deel zorgvuldig."
                if choice.personal
                else ""
            )
            if choice.scope == PER_DISTRICT:
                heading = (
                    f"{len(paths)} overzichten per wijk geschreven."
                    if paths
                    else "Geen plekken met een wijk: er is niets geschreven."
                )
                details = f"In de map {choice.target}:\n" + "\n".join(p.name for p in paths)
                self._result("Exporteren", heading, details + warning, folder=choice.target)
            else:
                out = paths[0]
                self._result(
                    "Exporteren",
                    "Overzicht geschreven.",
                    f"{out}{warning}",
                    file=out,
                    folder=out.parent,
                )

        self._run(work, done, "Overzicht schrijven…")

    def on_publish_agenda(self) -> None:
        from ui.dialogs.publish_agenda import on_publish_agenda

        on_publish_agenda(self.w, self.w.store, self._run)

    def _import_kind(self, path: Path) -> str | None:
        """Plekken or Activiteiten; asked when a workbook has both sheets (the export)."""
        from nulmeting.exchange.activity_import import sheet_kind, sheet_names

        if path.suffix.lower() == ".xlsx" and {"Plekken", "Activiteiten"} <= set(sheet_names(path)):
            tr = QCoreApplication.translate
            choice, ok = QInputDialog.getItem(
                self.w,
                tr("WindowActions", "Importeren"),
                tr(
                    "WindowActions",
                    "Dit bestand heeft een blad Plekken en een blad "
                    "Activiteiten. Welk blad inlezen?",
                ),
                ["Plekken", "Activiteiten"],
                0,
                False,
            )
            return choice if ok else None
        return sheet_kind(path)

    def on_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.w,
            "Importeren",
            str(Path.home()),
            "Excel- en CSV-bestanden (*.xlsx *.csv);;Alle bestanden (*)",
        )
        if not path:
            return
        store = self.w.store
        try:
            kind = self._import_kind(Path(path))
        except UserError as exc:
            QMessageBox.warning(self.w, "Importeren", str(exc))
            return
        if kind is None:
            return
        activities = kind == "Activiteiten"
        what = "Activiteiten" if activities else "Plekken"

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
                self._result("Importeren", heading, text)

            self.w.statusBar().showMessage(f"{what} inlezen…")
            self.w.tasks.run(
                apply_work, applied, on_error=self._import_failed, label=f"{what} inlezen…"
            )

        self.w.statusBar().showMessage("Bestand lezen en controleren…")
        self.w.tasks.run(
            plan_work, planned, on_error=self._import_failed, label="Bestand lezen en controleren…"
        )

    def _import_failed(self, exc: BaseException) -> None:
        """Like :meth:`_failed`, with the title of the import (a wrong spreadsheet, a row that
        became invalid after the preview)."""
        if isinstance(exc, UserError):
            self.w.statusBar().clearMessage()
            QMessageBox.warning(self.w, "Importeren", str(exc))
        else:
            self._failed(exc)

    def on_settings(self) -> None:
        from ui.dialogs.settings_dialog import SettingsDialog

        if SettingsDialog(self.w.store, self.w).exec():
            self.w.store_changed()  # another meetmoment shows other metingen

    # ---------------------------------------------------------------- meetmomenten

    def _pick_round(self, title: str, label: str, only: str | None = None) -> str | None:
        from nulmeting.store import meetmoment

        items = [
            i
            for i in meetmoment.list_meetmomenten(self.w.store)
            if only is None or i.status == only
        ]
        if not items:
            self._info(title, "Er is geen meetmoment om te kiezen.")
            return None
        names = [i.name for i in items]
        current = next((k for k, i in enumerate(items) if i.current), len(items) - 1)
        name, ok = QInputDialog.getItem(self.w, title, label, names, current, False)
        return name if ok else None

    def on_rounds(self) -> None:
        from nulmeting.store import meetmoment

        lines = []
        for i in meetmoment.list_meetmomenten(self.w.store):
            frozen = f" op {i.frozen_at[:10]}" if i.frozen_at else ""
            lines.append(
                f"{'▶ ' if i.current else '   '}{i.name}: {i.measured} van {i.places} "
                f"plekken gemeten, {i.status_name}{frozen}"
            )
            for h in meetmoment.history(self.w.store, i.name):
                if h.text != "gestart":
                    lines.append(f"      {h.at[:10]} {h.author}: {h.text}")
        self._info("Meetmomenten", "\n".join(lines) or "Nog geen meetmomenten.")

    def on_new_round(self) -> None:
        from nulmeting.reading.intake import suggested_round
        from nulmeting.store import meetmoment

        store = self.w.store
        with store.read() as conn:
            known = meetmoment.names(conn, store.current_round)
        name, ok = QInputDialog.getText(
            self.w,
            "Nieuwe vervolgmeting",
            "Naam van het nieuwe meetmoment. Elke plek krijgt een geplande meting met de\n"
            f"waarden van '{store.current_round}', overgenomen en nog te bevestigen:",
            text=suggested_round(existing=bool(known)),
        )
        if not ok:
            return

        def work(progress: Callable[[int, int, str], None]) -> Any:
            return meetmoment.start(store, name, progress=progress)

        def done(result: Any) -> None:
            self.w.store_changed()
            self._info(
                "Nieuwe vervolgmeting",
                f"Meetmoment '{result.name}' is gestart en is nu het huidige: "
                f"{result.places} plekken hebben een geplande meting met de waarden van "
                f"vorig jaar, {result.records.get('activity', 0)} activiteiten zijn "
                "overgenomen (nog te bevestigen).",
            )

        self._run(work, done, "Vervolgmeting voorbereiden…")

    def on_freeze_round(self) -> None:
        from nulmeting.store import meetmoment

        name = self._pick_round(
            "Meetmoment vaststellen",
            "Welk meetmoment vaststellen? De cijfers blijven daarna zoals ze nu zijn.",
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
            "Meetmoment vastgesteld",
            f"'{name}' is vastgesteld. Wijzigen kan alleen na heropenen (met een reden).",
        )

    def on_reopen_round(self) -> None:
        from nulmeting.store import meetmoment

        name = self._pick_round(
            "Meetmoment heropenen", "Welk meetmoment heropenen?", meetmoment.FROZEN
        )
        if name is None:
            return
        reason, ok = QInputDialog.getText(
            self.w, "Meetmoment heropenen", f"Waarom wordt '{name}' heropend? (blijft bewaard)"
        )
        if not ok:
            return
        try:
            meetmoment.reopen(self.w.store, name, reason)
        except UserError as exc:
            self._failed(exc)
            return
        self.w.store_changed()
        self._info("Meetmoment heropend", f"'{name}' is heropend. Reden: {reason.strip()}")

    # ---------------------------------------------------------------- team

    def on_make_teamfile(self) -> None:
        store = self.w.store
        default = Path.home() / f"teambestand-{_safe_name(store.interviewer or 'laptop')}.nulmeting"
        path, _ = QFileDialog.getSaveFileName(
            self.w, "Teambestand maken", str(default), TEAMFILE_FILTER
        )
        if not path:
            return
        password = self._password(
            "Teambestand maken", "Wachtwoord van het team (het bestand wordt versleuteld):"
        )
        if password is None:
            return
        if not password:
            QMessageBox.warning(
                self.w,
                "Teambestand maken",
                "Een teambestand bevat persoonsgegevens: geef een wachtwoord.",
            )
            return

        def work(_progress: Callable[[int, int, str], None]) -> Path:
            from nulmeting.team.teamfile import write_teamfile

            return write_teamfile(store, Path(path), password)

        self._run(
            work,
            lambda out: self._info("Teambestand", f"Teambestand geschreven:\n{out}"),
            "Teambestand maken…",
        )

    def on_merge(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self.w, "Teambestanden samenvoegen", str(Path.home()), TEAMFILE_FILTER
        )
        if not paths:
            return
        password = self._password("Teambestanden samenvoegen", "Wachtwoord van het team:")
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
                heading = "Niets veranderd: dit is het teambestand van deze laptop zelf."
            else:
                heading = merge_heading(summaries, store.open_conflict_count())
            self._result("Samenvoegen", heading, details)

        self._run(work, done, "Teambestanden samenvoegen…")

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

        def work(progress: Callable[[int, int, str], None]) -> list[Any]:
            from nulmeting.reading import duplicates

            progress(0, 0, "Zoeken naar dubbele plekken")
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

        self._run(work, found, "Dubbele plekken zoeken…")

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
            "Synchroniseren",
            "Adres van de gedeelde server (postgresql://…):",
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

        def done(summary: Any) -> None:
            from ui.dialogs.results import sync_text

            self.w.store_changed()
            if not summary.set_aside_total:
                self._result("Synchroniseren", sync_text(summary))
                return
            # bad server rows set aside: named in the status bar, and a warning when new
            self.w.statusBar().showMessage(
                f"Let op: {summary.set_aside_total} ongeldige wijziging(en) van de server "
                f"apart gezet. {summary.dutch().splitlines()[0]}",
                10000,
            )
            box = QMessageBox.warning if summary.set_aside else QMessageBox.information
            box(self.w, "Synchroniseren", summary.dutch())

        def failed(exc: BaseException) -> None:
            from nulmeting.domain.errors import PasswordNeeded

            if not isinstance(exc, PasswordNeeded) or password is not None:
                self._failed(exc)
                return
            self.w.statusBar().clearMessage()
            typed, ok = QInputDialog.getText(
                self.w,
                "Synchroniseren",
                f"{exc}\nUw wachtwoord voor de server:",
                QLineEdit.EchoMode.Password,
            )
            if ok and typed:
                self._sync(url, typed)
            else:
                self.w.statusBar().showMessage(
                    "Niet gesynchroniseerd; er is niets veranderd.", 8000
                )

        self.w.statusBar().showMessage("Synchroniseren…")
        self.w.tasks.run(work, done, on_error=failed, label="Synchroniseren…")
