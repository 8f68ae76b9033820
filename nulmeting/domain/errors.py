"""Errors a person can act on. The message is Dutch and shown as is (CLI: stderr, exit 2)."""


class UserError(Exception):
    """Bad input or a refused action: the message says what is wrong and what to do."""


class ValidationError(UserError):
    """A value that may not be stored; ``field`` names the field it belongs to."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class StoreError(UserError):
    """A store file that cannot be opened (not SQLite, damaged, from a newer version)."""


class Cancelled(Exception):
    """Raised from a progress callback when the person pressed Annuleren; nothing is stored."""


class PasswordNeeded(UserError):
    """The server asks for a password and none was given (nor found where libpq looks): ask
    the person (CLI prompt, window dialog) and try again."""
