try:
    {}["missing"]
except KeyError as e:
    print(str(e), repr(e), repr(e.args))
print(str(KeyError("k")), str(KeyError()), str(KeyError(1, 2)))
