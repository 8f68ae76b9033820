"""The intake form of one plek (issue 3): ``IntakeForm(store)``, embedded by the main window."""

from ui.form.form import IntakeForm

__all__ = ["IntakeForm"]
