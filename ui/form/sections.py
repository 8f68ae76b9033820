"""The building blocks of the form's sections: field pages and contacts (tables: table_panel)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nulmeting.domain.fields import fields
from ui.common import CAUTION, MUTED, tint
from ui.form.widgets import FieldEditor, form_label, make_editor

#: The sections in interview order: (title, [(entity, field) ...] or a special key).
SECTIONS = [
    "Algemeen",
    "Contact",
    "Meting",
    "Activiteiten",
    "Vrijwilligers en personeel",
    "Financiën",
    "Duurzaamheid",
    "Netwerk",
    "Behoeften",
    "Notities",
]
SECTION_OF_MODEL = {"Vrijwilligers en personeel": "Vrijwilligers"}


def section_fields(title: str) -> list[tuple[str, str]]:
    """Fields of ``title`` from the registry (``section`` in the model's column info)."""
    key = SECTION_OF_MODEL.get(title, title)
    return [
        (entity, fd.name)
        for entity in ("place", "interview")
        for fd in fields(entity).values()
        if fd.section == key
    ]


def heading(text: str, hint: str = "") -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 4)
    title = QLabel(text)
    font = title.font()
    font.setPointSizeF(font.pointSizeF() * 1.25)
    font.setBold(True)
    title.setFont(font)
    layout.addWidget(title)
    if hint:
        note = QLabel(hint)
        note.setWordWrap(True)
        tint(note, MUTED)
        layout.addWidget(note)
    return box


class FieldGroup(QWidget):
    """Label/editor rows for a list of fields; each editor has its message label under it."""

    def __init__(self, items: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QFormLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.layout_.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.layout_.setVerticalSpacing(8)
        self.editors: list[FieldEditor] = []
        for entity, name in items:
            self.add(make_editor(fields(entity)[name], self))

    def add(self, editor: FieldEditor, extra: QWidget | None = None) -> FieldEditor:
        label = form_label(editor.fd, editor.widget)
        # at least its longest word: the form layout counts this minimum when it gives the
        # fields their room, so a narrow window never cuts a field off
        metrics = label.fontMetrics()
        longest = max((metrics.horizontalAdvance(w) for w in label.text().split()), default=0)
        label.setMinimumWidth(max(110, longest + 4))
        label.setMaximumWidth(170)
        label.setWordWrap(True)
        if extra is not None:
            editor.layout_.addWidget(extra)
        self.layout_.addRow(label, editor.container)
        self.editors.append(editor)
        return editor


class ContactPanel(QWidget):
    """Contact persons: consent first (AVG), then the personal fields become editable."""

    CONSENT = ["consent_date", "consent_purposes", "keep_until"]
    PERSONAL = ["name", "email", "phone"]

    choose = Signal(int)
    add_requested = Signal()
    delete_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(QLabel("Contactpersoon:"))
        self.picker = QComboBox()
        self.picker.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.picker.setMinimumContentsLength(12)
        self.picker.setAccessibleName("Contactpersoon kiezen")
        top.addWidget(self.picker, 1)
        layout.addLayout(top)
        buttons = QHBoxLayout()  # a row of their own: the page stays narrow enough for 1280 px
        self.add_button = QPushButton("Nieuwe contactpersoon")
        self.delete_button = QPushButton("Verwijderen")
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        consent_box = QFrame()
        consent_box.setFrameShape(QFrame.Shape.StyledPanel)
        box_layout = QVBoxLayout(consent_box)
        box_layout.addWidget(
            QLabel(
                "<b>Toestemming (AVG)</b> — vraag eerst toestemming. Naam, e-mail en telefoon "
                "kunnen pas worden ingevuld als de datum en het doel van de toestemming zijn "
                "vastgelegd. Wordt de toestemming ingetrokken, dan worden ze gewist."
            )
        )
        box_layout.itemAt(0).widget().setWordWrap(True)  # type: ignore[union-attr]
        self.consent = FieldGroup([("contact", n) for n in self.CONSENT])
        box_layout.addWidget(self.consent)
        layout.addWidget(consent_box)
        self.details = FieldGroup([("contact", "role")] + [("contact", n) for n in self.PERSONAL])
        layout.addWidget(self.details)
        self.rule = QLabel("Persoonsgegevens zijn uitgeschakeld: eerst toestemming vastleggen.")
        tint(self.rule, CAUTION)
        self.rule.setWordWrap(True)
        layout.addWidget(self.rule)
        self.picker.activated.connect(self.choose.emit)
        self.add_button.clicked.connect(self.add_requested.emit)
        self.delete_button.clicked.connect(self.delete_requested.emit)

    @property
    def editors(self) -> list[FieldEditor]:
        return self.consent.editors + self.details.editors

    def personal_editors(self) -> list[FieldEditor]:
        return [e for e in self.details.editors if e.fd.name in self.PERSONAL]

    def set_consent_given(self, given: bool) -> None:
        for editor in self.personal_editors():
            editor.set_enabled(given)
        self.rule.setVisible(not given)
