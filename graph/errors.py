"""Errors a user can act on: each carries one line that names the file and the problem."""
import os


def display_path(path: object) -> str:
    """A path as text that can always be printed and written: a file name that is not UTF-8 shows
    U+FFFD where its bad bytes were."""
    return os.fsencode(str(path)).decode("utf-8", "replace")


class WarkgError(Exception):
    """A problem with the user's input or setup. The CLI prints ``error: <message>`` and exits non-zero."""

    def __init__(self, message: str, path: object = None):
        self.path = None if path is None else display_path(path)
        super().__init__(f"{self.path}: {message}" if self.path else message)


class InputError(WarkgError):
    """One input file (or one line of it) cannot be read. Builds report it and go on with the rest."""


class UnfinishedWriteWarning(UserWarning):
    """A store read while the write that stopped midway into it is not finished yet (the CLI prints it
    as one ``warning:`` line)."""
