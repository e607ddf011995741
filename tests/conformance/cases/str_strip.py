print(repr("  x  ".strip()), repr("  x  ".lstrip()), repr("  x  ".rstrip()))
print(repr("xxhixx".strip("x")), repr("abcHIcba".strip("abc")), repr("\t\n x \r\n".strip()))
print(repr("..a..".lstrip(".")), repr("..a..".rstrip(".")), repr("".strip()), repr("x".strip(None)))
print(repr("\u3000wide\u3000".strip()))
