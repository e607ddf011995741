report = """Page: {title}
Revisions: {revs:>6,}
Size: {size:>8.1f} KB
Ratio: {ratio:.2%}
Flags: {flags!r}"""
print(report.format(title="Main Page", revs=123456, size=34.567, ratio=0.4567, flags=["bot", "minor"]))
print("{0:-^30}".format(" end "))
