# Methods whose comprehensions capture their own variable and read self.
class Table:
    def __init__(self, rows):
        self.rows = rows

    def widths(self):
        rows = self.rows
        return [max(len(str(r[c])) for r in rows) for c in range(len(rows[0]))]

    def render(self):
        w = self.widths()
        out = []
        for r in self.rows:
            out.append("|".join(str(v).rjust(w[c]) for c, v in enumerate(r)))
        return "\n".join(out)

    def column_sums(self):
        n = len(self.rows[0])
        return {c: sum(r[c] for r in self.rows if isinstance(r[c], int)) for c in range(n)}


t = Table([("a", 1, 22), ("bbb", 333, 4)])
print(t.widths())
print(t.render())
print(sorted(t.column_sums().items()))
