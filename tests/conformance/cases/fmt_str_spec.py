s = "naïve"
for spec in ["", "10", "<10", ">10", "^10", ".3", "10.2", "*^11.4", "s", ">3s"]:
    print(repr(format(s, spec)), repr("{:%s}" % spec if spec else "{}".format(s)))
print("[{:^6}]".format("日本"), "[%-6s]" % "日本", "[%6s]" % "日本")
