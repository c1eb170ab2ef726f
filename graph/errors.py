"""Errors a user can act on: each carries one line that names the file and the problem."""


class WarkgError(Exception):
    """A problem with the user's input or setup. The CLI prints ``error: <message>`` and exits non-zero."""

    def __init__(self, message: str, path: object = None):
        self.path = None if path is None else str(path)
        super().__init__(f"{self.path}: {message}" if self.path else message)


class InputError(WarkgError):
    """One input file (or one line of it) cannot be read. Builds report it and go on with the rest."""
