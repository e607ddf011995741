d = {"name": "Bob", "n": 3, "f": 2.5, "l": [1, 2]}
print("%(name)s has %(n)d items costing %(f).2f: %(l)s" % d)
print("%(name)-6s|%(n)04d|%(f)+8.3f|%(name)r" % d)
print("%(n)s %(n)s %(n)d" % d)
print("no fields" % d)
print("%%(name)s %(name)s" % d)
