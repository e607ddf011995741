site = "wikipedia:en"
page = "Foo"
count = 3
print("Processing [[%s]] on %s" % (page, site))
print("Summary: Bot: replacing {n} link{s}".format(n=count, s="s" if count != 1 else ""))
msg = "%(page)s: %(changes)d change(s) (%(pct).1f%%)"
print(msg % {"page": page, "changes": count, "pct": 12.345})
print("{title!r} -> {new!r}".format(title="Old name", new="New name"))
print("Sleeping for {:.1f} seconds, {:%Y}".format(2.5, Date()) if False else "Sleeping for {:.1f} seconds".format(2.5))
template = "{{{{Infobox|name={0}|size={1:,}}}}}"
print(template.format("X", 12345))
