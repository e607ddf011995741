"""Topological sorting of graphs (gowikibot).

Kahn's algorithm: a node is ready once all its predecessors are done;
ready nodes are handed out in the order they became ready.
"""

__all__ = ["TopologicalSorter", "CycleError"]

_OUT = -1    # handed out by get_ready, not yet done
_DONE = -2   # marked done


class CycleError(ValueError):
    """The graph has a cycle; args[1] is the cycle as a list of nodes."""


class TopologicalSorter:
    """Sorts a graph of hashable nodes topologically."""

    def __init__(self, graph=None):
        self._pending = {}     # node -> predecessors not yet done, or _OUT/_DONE
        self._succ = {}        # node -> successors, in the order added
        self._ready = None
        self._out = 0
        self._finished = 0
        if graph is not None:
            for node, preds in graph.items():
                self.add(node, *preds)

    def _touch(self, node):
        if node not in self._pending:
            self._pending[node] = 0
            self._succ[node] = []

    def add(self, node, *predecessors):
        """Add node, which depends on predecessors."""
        if self._ready is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        self._touch(node)
        self._pending[node] += len(predecessors)
        for p in predecessors:
            self._touch(p)
            self._succ[p].append(node)

    def prepare(self):
        """Finish the graph; raises CycleError if it has a cycle."""
        if self._ready is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready = [n for n, c in self._pending.items() if c == 0]
        cycle = self._cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def _check_prepared(self):
        if self._ready is None:
            raise ValueError("prepare() must be called first")

    def get_ready(self):
        """The nodes whose predecessors are all done, not handed out before."""
        self._check_prepared()
        got = tuple(self._ready)
        for n in got:
            self._pending[n] = _OUT
        self._ready = []
        self._out += len(got)
        return got

    def is_active(self):
        """Whether more nodes can be handed out or are still not done."""
        self._check_prepared()
        return self._finished < self._out or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Mark handed-out nodes as done, making their successors ready."""
        self._check_prepared()
        for n in nodes:
            if n not in self._pending:
                raise ValueError("node %r was not added using add()" % (n,))
            state = self._pending[n]
            if state >= 0:
                raise ValueError("node %r was not passed out (still not ready)" % (n,))
            if state == _DONE:
                raise ValueError("node %r was already marked done" % (n,))
            self._pending[n] = _DONE
            for s in self._succ[n]:
                self._pending[s] -= 1
                if self._pending[s] == 0:
                    self._ready.append(s)
            self._finished += 1

    def _cycle(self):
        # Depth-first walk along successor edges; meeting a node that is on
        # the current path closes a cycle.
        visited = set()
        for start in self._succ:
            if start in visited:
                continue
            path = [start]
            where = {start: 0}
            iters = [iter(self._succ[start])]
            visited.add(start)
            while iters:
                nxt = next(iters[-1], _END)
                if nxt is _END:
                    del where[path.pop()]
                    iters.pop()
                    continue
                if nxt in where:
                    return path[where[nxt]:] + [nxt]
                if nxt in visited:
                    continue
                visited.add(nxt)
                where[nxt] = len(path)
                path.append(nxt)
                iters.append(iter(self._succ[nxt]))
        return None

    def static_order(self):
        """Every node, in a topological order."""
        self.prepare()
        while self.is_active():
            group = self.get_ready()
            yield from group
            self.done(*group)


_END = object()
