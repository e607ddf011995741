from __future__ import annotations
import sys
PAGES: list = ["Main Page", "Sandbox", "Help:Contents"]
def summarize(pages: list[str], *, limit: int = 2) -> str:
    counts = {p: len(p) for p in pages}
    shown = [*pages[:limit]]
    return f"{len(pages)} pages, showing {shown}; longest {max(counts.values())}"
print(summarize(PAGES))
args = {"limit": 1}
print(summarize(PAGES, **args))
