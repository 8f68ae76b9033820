"""Undo/redo of form edits within a session (``QUndoStack``).

An edit is already stored when its command is pushed, so the first ``redo`` does nothing. Undo
writes the previous value back through the store: a new change, like any other edit, so undo
travels to other laptops like a normal correction. Afterwards the form shows the store again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from nulmeting.domain.errors import UserError
from nulmeting.domain.fields import ENTITY_LABELS, field
from nulmeting.store.store import Store

Refresh = Callable[[str | None], None]  # called with a Dutch error message or None


def not_restored(exc: UserError) -> str:
    return QCoreApplication.translate("SetFieldCommand", "Niet teruggezet: %1").replace(
        "%1", str(exc)
    )


class SetFieldCommand(QUndoCommand):
    def __init__(
        self,
        store: Store,
        entity: str,
        record_id: str,
        name: str,
        old: Any,
        new: Any,
        refresh: Refresh,
    ) -> None:
        label = QCoreApplication.translate("Veld", field(entity, name).label)
        super().__init__(
            QCoreApplication.translate("SetFieldCommand", "%1 wijzigen").replace("%1", label)
        )
        self.store, self.entity, self.record_id, self.name = store, entity, record_id, name
        self.old, self.new, self.refresh = old, new, refresh
        self.first = True

    def _write(self, value: Any) -> None:
        try:
            self.store.update(self.entity, self.record_id, {self.name: value})
        except UserError as exc:  # invalid, or the store is busy
            self.refresh(not_restored(exc))
        else:
            self.refresh(None)

    def redo(self) -> None:
        if self.first:
            self.first = False
            return
        self._write(self.new)

    def undo(self) -> None:
        self._write(self.old)


class GroupCommand(QUndoCommand):
    """Edits stored together as one step (a postcode and the wijk it filled in)."""

    def __init__(self, text: str, commands: list[QUndoCommand]) -> None:
        super().__init__(text)
        self.commands = commands  # held here: Python keeps them (and their overrides) alive

    def redo(self) -> None:
        for command in self.commands:
            command.redo()

    def undo(self) -> None:
        for command in reversed(self.commands):
            command.undo()


class RowCommand(QUndoCommand):
    """Adding (or duplicating) a row, or deleting (archiving) one."""

    def __init__(
        self, store: Store, entity: str, record_id: str, added: bool, refresh: Refresh
    ) -> None:
        label = QCoreApplication.translate("Entiteit", ENTITY_LABELS[entity]).lower()
        super().__init__(
            (
                QCoreApplication.translate("RowCommand", "%1 toevoegen")
                if added
                else QCoreApplication.translate("RowCommand", "%1 verwijderen")
            ).replace("%1", label)
        )
        self.store, self.entity, self.record_id = store, entity, record_id
        self.added, self.refresh = added, refresh
        self.first = True

    def _set_archived(self, archived: bool) -> None:
        try:
            if archived:
                self.store.archive(self.entity, self.record_id)
            else:
                self.store.restore(self.entity, self.record_id)
        except UserError as exc:  # invalid, or the store is busy
            self.refresh(not_restored(exc))
        else:
            self.refresh(None)

    def redo(self) -> None:
        if self.first:
            self.first = False
            return
        self._set_archived(not self.added)

    def undo(self) -> None:
        self._set_archived(self.added)
