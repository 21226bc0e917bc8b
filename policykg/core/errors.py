"""The named errors of policykg. The CLI turns each into one line and exit code 1."""


class PolicyKGError(Exception):
    """Base class: a user-facing problem with a one-line message."""


class InputError(PolicyKGError):
    """The input cannot be read: missing file, not text, undecodable bytes, unknown format."""


class ValidationError(PolicyKGError):
    """Data does not conform to the ontology's shapes."""


class QueryError(PolicyKGError):
    """A query is unknown, malformed, misses a parameter, or the engine rejected it."""


class EndpointError(PolicyKGError):
    """A SPARQL server could not be reached, refused the credentials or failed."""


class OutputError(PolicyKGError):
    """The output cannot be written: disk full, no permission, a folder that is not ours, another build at work."""
