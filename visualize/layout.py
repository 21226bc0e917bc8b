"""A small deterministic force-directed layout (Fruchterman–Reingold with grid-limited repulsion).

Pure Python so static pictures need no numpy/scipy/matplotlib; repulsion only between nodes in
neighbouring grid cells keeps each iteration near O(n + m), so thousands of nodes still lay out.

>>> pos = force_layout(["a", "b", "c"], [("a", "b"), ("b", "c")])
>>> sorted(pos) == ["a", "b", "c"] and all(0.0 <= x <= 1.0 and 0.0 <= y <= 1.0 for x, y in pos.values())
True
>>> force_layout(["a", "b"], [("a", "b")]) == force_layout(["a", "b"], [("a", "b")])
True
"""

from __future__ import annotations

import math
import random


def force_layout(nodes, edges, *, iterations: int = 120, seed: int = 7) -> dict[str, tuple[float, float]]:
    """Positions in the unit square for ``nodes`` (hashable ids) joined by ``edges`` (pairs).

    Same input, same output (seeded start positions, sorted nodes, no time-dependent state).
    """
    order = sorted(set(nodes))
    n = len(order)
    if n == 0:
        return {}
    if n == 1:
        return {order[0]: (0.5, 0.5)}
    rng = random.Random(seed)
    pos = {v: [rng.random(), rng.random()] for v in order}
    links = sorted({(a, b) if a <= b else (b, a) for a, b in edges if a != b and a in pos and b in pos})
    k = math.sqrt(1.0 / n)                        # ideal distance
    cell = 2.0 * k
    temperature = 0.1
    cooling = temperature / (iterations + 1)
    for _ in range(iterations):
        disp = {v: [0.0, 0.0] for v in order}
        grid: dict[tuple[int, int], list[str]] = {}
        for v in order:
            grid.setdefault((int(pos[v][0] / cell), int(pos[v][1] / cell)), []).append(v)
        for (cx, cy), members in grid.items():
            neighbours = [u for dx in (-1, 0, 1) for dy in (-1, 0, 1) for u in grid.get((cx + dx, cy + dy), ())]
            for v in members:
                px, py = pos[v]
                for u in neighbours:
                    if u == v:
                        continue
                    dx, dy = px - pos[u][0], py - pos[u][1]
                    dist2 = dx * dx + dy * dy
                    if dist2 < 1e-12:
                        dx, dy, dist2 = 1e-4, 0.0, 1e-8
                    if dist2 > cell * cell:
                        continue
                    force = k * k / dist2
                    disp[v][0] += dx * force
                    disp[v][1] += dy * force
        for a, b in links:
            dx, dy = pos[a][0] - pos[b][0], pos[a][1] - pos[b][1]
            dist = math.sqrt(dx * dx + dy * dy) or 1e-6
            force = dist / k
            disp[a][0] -= dx * force
            disp[a][1] -= dy * force
            disp[b][0] += dx * force
            disp[b][1] += dy * force
        for v in order:
            dx, dy = disp[v]
            # weak pull to the centre keeps separate components in view
            dx += (0.5 - pos[v][0]) * 0.05 / k
            dy += (0.5 - pos[v][1]) * 0.05 / k
            length = math.sqrt(dx * dx + dy * dy) or 1e-9
            step = min(length, temperature)
            pos[v][0] = min(1.0, max(0.0, pos[v][0] + dx / length * step))
            pos[v][1] = min(1.0, max(0.0, pos[v][1] + dy / length * step))
        temperature -= cooling
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    span_x = (max(xs) - min(xs)) or 1.0
    span_y = (max(ys) - min(ys)) or 1.0
    return {v: (round((pos[v][0] - min(xs)) / span_x, 4), round((pos[v][1] - min(ys)) / span_y, 4)) for v in order}
