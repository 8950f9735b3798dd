"""Exception classes. Each carries the CLI exit code that it maps to."""


class BoilerkillError(Exception):
    """Base class of every error boilerkill raises on purpose."""

    exit_code = 1


class InputError(BoilerkillError):
    """The input cannot be read as asked (bad bytes under strict decoding, malformed JSONL, ...)."""

    exit_code = 1


class ModelError(BoilerkillError):
    """A model file is missing, malformed, or does not match this version's features."""

    exit_code = 1


class WorkerError(BoilerkillError):
    """A worker process of ``--jobs`` died (killed, or out of memory) before returning its work."""

    exit_code = 1
