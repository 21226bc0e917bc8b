"""graph_builder: Vietnamese policy text -> document -> segments -> mentions -> assertions -> RDF quads.

Steps (one module each, the assertions a package by relation family): ``read`` (decode, normalise),
``metadata`` (what the document is), ``segment`` (sections, sentences, clauses), ``recognise`` (mentions of
actors, initiatives, documents, levels), ``assertions`` (who must do what), ``emit`` (RDF quads); ``model`` holds
the records passed between them, ``cues`` the grammar's cue words, ``pipeline`` runs the steps on one text.
"""

__all__ = ["assertions", "emit", "metadata", "model", "pipeline", "read", "recognise", "segment"]
