# A bot-style script: nested helpers that build edit summaries from a
# list of changes, with comprehensions reading outer locals.
def summarize(title, changes, limit):
    kinds = sorted({k for k, _ in changes})
    def describe(kind):
        items = [t for k, t in changes if k == kind]
        shown = items[:limit]
        more = len(items) - len(shown)
        text = ", ".join("[[%s]]" % s for s in shown)
        if more:
            text += " (+%d more)" % more
        return "%s: %s" % (kind, text)
    parts = [describe(k) for k in kinds]
    width = max(len(p) for p in parts)
    lines = [title.center(width, "=")] + [p.ljust(width) + "|" for p in parts]
    return "\n".join(lines)


print(summarize(" Changes ", [("link", "A"), ("cat", "Foo"), ("link", "B"), ("link", "C")], 2))
