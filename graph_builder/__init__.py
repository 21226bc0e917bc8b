"""graph_builder: Vietnamese policy text -> document -> segments -> mentions -> assertions -> RDF quads.

Steps (one module each; the assertions a package by relation family):

- ``read`` (decode, normalise; ``htmltext`` for HTML pages, ``skipped`` for what an article's reader skips)
- ``metadata`` (what the document is; ``numbers`` for the số hiệu grammar)
- ``segment`` (sections, sentences, clauses, tables)
- ``recognise`` (mentions of actors, initiatives, documents, levels; ``vocabulary`` derived from the lexicon,
  ``names`` for organisations the vocabulary does not know)
- ``assertions`` (who must do what), ``emit`` (RDF quads; ``terms`` its RDF vocabulary)

``model`` holds the records passed between them, ``cues`` the grammar's cue words, ``pipeline`` runs the steps
on one text. Nothing here knows of stores, build directories or views.
"""

__all__ = ["assertions", "cues", "emit", "htmltext", "metadata", "model", "names", "numbers", "pipeline", "read",
           "recognise", "segment", "skipped", "terms", "vocabulary"]
