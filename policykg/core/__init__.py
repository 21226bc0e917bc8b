"""The bottom layer every other part of policykg shares.

- ``iris``      namespaces, prefixes and the one IRI minter
- ``textnorm``  the one text normaliser (source text and its same-length match form)
- ``atomic``    the one writer of output files (temporary file, then rename)
- ``errors``    the named, one-line errors the CLI shows
- ``limits``    what a build reads: regular files only, up to a size limit
- ``builddir``  the names of a build directory (marker, lock, generations), shared by its writer and readers
- ``memory``    memory a long step gives back: native memory freed (``malloc_trim``), a pass run in a forked child
"""

__all__ = ["atomic", "builddir", "errors", "formats", "iris", "limits", "memory", "textnorm"]
