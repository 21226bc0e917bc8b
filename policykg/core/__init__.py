"""The bottom layer every other part of policykg shares.

- ``iris``      namespaces, prefixes and the one IRI minter
- ``textnorm``  the one text normaliser (source text and its same-length match form)
- ``atomic``    the one writer of output files (temporary file, then rename)
- ``errors``    the named, one-line errors the CLI shows
- ``builddir``  the names of a build directory (marker, lock, generations), shared by its writer and readers
"""

__all__ = ["atomic", "builddir", "errors", "formats", "iris", "textnorm"]
