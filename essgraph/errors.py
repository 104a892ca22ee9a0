"""One root exception; the CLI's exit codes follow from the classes."""
from __future__ import annotations


class EssgraphError(Exception):
    """Root of every error essgraph raises on purpose."""

    exit_code = 1


class InputError(EssgraphError):
    """A source document cannot be read or processed. The batch goes on."""

    def __init__(self, path: str, problem: str, hint: str = ""):
        self.path, self.problem, self.hint = str(path), problem, hint
        msg = f"{path}: {problem}"
        super().__init__(msg + (f" ({hint})" if hint else ""))


class UsageError(EssgraphError):
    """The command was called wrongly: bad argument, unknown name, missing option."""

    exit_code = 2


class StoreError(EssgraphError):
    """The on-disk store cannot be opened, read or written."""


class ValidationError(EssgraphError):
    """The graph does not conform to the SHACL shapes."""
