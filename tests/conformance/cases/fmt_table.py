rows = [("Main Page", 1234, 0.5), ("Sandbox", 7, 12.25), ("Very long page title here", 1000000, 100.0)]
print("{:<20} | {:>10} | {:>8}".format("Title", "Edits", "Pct"))
print("-" * 44)
for title, edits, pct in rows:
    print("{:<20.20} | {:>10,} | {:>7.2f}%".format(title, edits, pct))
print("%-20s|%10s|" % ("left", "right"))
for i, (t, e, p) in enumerate(rows, 1):
    print("%2d. %-25s %8d %6.1f" % (i, t, e, p))
