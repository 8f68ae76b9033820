"""The building blocks of the form's sections: field pages and contacts (tables: table_panel)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
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

from nulmeting.domain.fields import SECTIONS as SECTION_TITLES
from nulmeting.domain.fields import fields
from ui.common import CAUTION, MUTED, tint
from ui.form.widgets import FieldEditor, WrappingLabel, form_label, make_editor

#: The form's sections in interview order, by their stable ids (``nulmeting.domain.fields``):
#: code, tests and settings name a section by its id, never by the title people read.
SECTIONS: list[str] = list(SECTION_TITLES)


def section_title(section: str) -> str:
    """The title of section ``section`` (an id) in the window's language."""
    return QCoreApplication.translate("Onderdeel", SECTION_TITLES[section])


def section_fields(section: str) -> list[tuple[str, str]]:
    """Fields of the section with id ``section``, from the field registry."""
    return [
        (entity, fd.name)
        for entity in ("place", "interview")
        for fd in fields(entity).values()
        if fd.section == section
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
        note = WrappingLabel(hint)
        tint(note, MUTED)
        layout.addWidget(note)
    return box


class FieldGroup(QWidget):
    """Label/editor rows for a list of fields; each editor has its message label under it.

    The labels share one width: their longest one-line text up to :attr:`LABEL_WIDTH` (at
    least the longest word), and a longer label wraps onto more lines with the row as high as
    its lines need -- the form layout itself sizes a wrapping label's row for one line, which
    cut "Vrijwilligers (regulier) *" in half."""

    LABEL_WIDTH = 180

    def __init__(self, items: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QFormLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.layout_.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.layout_.setVerticalSpacing(8)
        self.editors: list[FieldEditor] = []
        self.labels: list[QLabel] = []
        self._building = True
        for entity, name in items:
            self.add(make_editor(fields(entity)[name], self))
        self._building = False
        self._fit_labels()

    def add(self, editor: FieldEditor, extra: QWidget | None = None) -> FieldEditor:
        label = form_label(editor.fd, editor.widget)
        label.setWordWrap(True)
        if extra is not None:
            editor.layout_.addWidget(extra)
        self.layout_.addRow(label, editor.container)
        self.editors.append(editor)
        self.labels.append(label)
        if not self._building:
            self._fit_labels()
        return editor

    def _fit_labels(self) -> None:
        width = 0
        for label in self.labels:
            metrics = label.fontMetrics()
            text = label.text()
            longest = max((metrics.horizontalAdvance(w) for w in text.split()), default=0)
            width = max(width, longest, min(metrics.horizontalAdvance(text), self.LABEL_WIDTH))
        self.set_label_width(width + 4)

    @property
    def label_width(self) -> int:
        return self.labels[0].minimumWidth() if self.labels else 0

    def set_label_width(self, width: int) -> None:
        """Labels this wide (at least what they need), e.g. to line up with another group."""
        for label in self.labels:
            label.setFixedWidth(width)
            label.setMinimumHeight(label.heightForWidth(width))


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
        top.addWidget(QLabel(self.tr("Contactpersoon:")))
        self.picker = QComboBox()
        self.picker.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.picker.setMinimumContentsLength(12)
        self.picker.setAccessibleName(self.tr("Contactpersoon kiezen"))
        top.addWidget(self.picker, 1)
        layout.addLayout(top)
        buttons = QHBoxLayout()  # a row of their own: the page stays narrow enough for 1280 px
        self.add_button = QPushButton(self.tr("Nieuwe contactpersoon"))
        self.delete_button = QPushButton(self.tr("Verwijderen"))
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        consent_box = QFrame()
        consent_box.setFrameShape(QFrame.Shape.StyledPanel)
        box_layout = QVBoxLayout(consent_box)
        box_layout.addWidget(
            WrappingLabel(
                self.tr(
                    "<b>Toestemming (AVG)</b> — vraag eerst toestemming. Naam, e-mail en "
                    "telefoon kunnen pas worden ingevuld als de datum en het doel van de "
                    "toestemming zijn vastgelegd. Wordt de toestemming ingetrokken, dan worden "
                    "ze gewist."
                )
            )
        )
        self.consent = FieldGroup([("contact", n) for n in self.CONSENT])
        box_layout.addWidget(self.consent)
        layout.addWidget(consent_box)
        self.details = FieldGroup([("contact", "role")] + [("contact", n) for n in self.PERSONAL])
        layout.addWidget(self.details)
        # one column of fields: the details' labels as wide as the consent's plus the box edge
        inset = box_layout.contentsMargins().left() + consent_box.frameWidth()
        width = max(self.consent.label_width + inset, self.details.label_width)
        self.consent.set_label_width(width - inset)
        self.details.set_label_width(width)
        self.rule = WrappingLabel(
            self.tr("Persoonsgegevens zijn uitgeschakeld: eerst toestemming vastleggen.")
        )
        tint(self.rule, CAUTION)
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
