print(isinstance(True, int), isinstance(1, bool), isinstance(2**70, int), isinstance(1.0, int))
print(isinstance("s", str), isinstance(b"b", bytes), isinstance([], list), isinstance((), tuple))
print(isinstance({}, dict), isinstance(None, object), isinstance(int, type), isinstance(3, (str, int)))
print(issubclass(bool, int), issubclass(int, bool), issubclass(str, object), issubclass(type, object))
