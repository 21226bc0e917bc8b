"""What a corpus build did: counts, outputs, failures, and the next two things to do."""

from __future__ import annotations

import shlex
from collections import Counter
from dataclasses import dataclass, field

__all__ = ["BuildSummary"]


@dataclass
class BuildSummary:
    """What a corpus build did. ``text()`` is the summary printed by ``policykg build``."""

    out_dir: str
    built: int = 0
    unchanged: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)   # (input name, one-line message)
    removed: int = 0
    documents: int = 0            # documents in the output (built + unchanged + kept)
    actors: int = 0               # distinct actors over all documents
    tasks: int = 0
    coordination_duties: int = 0
    objectives: int = 0
    requirements: int = 0
    triples: int = 0              # distinct triples of graph.ttl
    quads: int = 0                # statements of graph.trig
    uncovered_sentences: int = 0
    outputs: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)   # files of input folders left out, and why
    published: bool = True        # False when every input failed: nothing was written

    @property
    def ok(self) -> bool:
        """True when no input failed."""
        return not self.failed

    def add_counts(self, counts: dict) -> None:
        """Add one document's counts (from the manifest) to the totals."""
        self.tasks += counts.get("tasks", 0)
        self.coordination_duties += counts.get("coordination_duties", 0)
        self.objectives += counts.get("objectives", 0)
        self.requirements += counts.get("requirements", 0)
        self.uncovered_sentences += counts.get("uncovered_sentences", 0)

    def skipped_reasons(self) -> str:
        """How many files were skipped for each reason, most frequent first.

        >>> BuildSummary("out", skipped=[("a", "hidden"), ("b", "data file"), ("c", "hidden")]).skipped_reasons()
        '2 hidden, 1 data file'
        """
        counts = Counter(reason for _path, reason in self.skipped)
        return ", ".join(f"{n} {reason}" for reason, n in sorted(counts.items(), key=lambda c: (-c[1], c[0])))

    def next_steps(self) -> list[str]:
        """The next two things to do with the build: look at it, and ask it a question.

        >>> BuildSummary("out dir", documents=1, outputs=["graph.html"]).next_steps()[1]
        "policykg query coordination --data 'out dir'"
        """
        if not self.documents:
            return []
        look = "graph.html" if "graph.html" in self.outputs else "report.html"
        return [f"open {shlex.quote(self.out_dir.rstrip('/') + '/' + look)}",
                f"policykg query coordination --data {shlex.quote(self.out_dir)}"]

    def text(self) -> str:
        """The human summary, one fact per line, ending with the next two things to do.

        >>> print(BuildSummary("out", built=1, documents=1, tasks=8).text().splitlines()[1])
        documents:            1 (built 1, unchanged 0, failed 0)
        """
        lines = [
            f"Built into {self.out_dir}",
            f"documents:            {self.documents} (built {self.built}, unchanged {self.unchanged}, "
            f"failed {len(self.failed)}" + (f", removed {self.removed}" if self.removed else "") + ")",
            f"actors:               {self.actors}",
            f"tasks:                {self.tasks}",
            f"requirements:         {self.requirements}",
            f"coordination duties:  {self.coordination_duties}",
            f"objectives:           {self.objectives}",
            f"triples:              {self.triples} ({self.quads} quads in named graphs)",
            f"uncovered sentences:  {self.uncovered_sentences}",
        ]
        if self.outputs:
            lines.append("wrote: " + ", ".join(self.outputs))
        lines.extend(f"note: {n}" for n in self.notes)
        if self.skipped:
            lines.append(f"note: skipped {len(self.skipped)} file(s) in input folders ({self.skipped_reasons()}); "
                         "--verbose lists them")
        steps = self.next_steps()
        if steps:
            lines.append("next:")
            lines.extend(f"  {step}" for step in steps)
        return "\n".join(lines)
