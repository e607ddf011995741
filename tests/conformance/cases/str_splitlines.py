s = "line1\nline2\r\nline3\rline4\n\nlast"
print(s.splitlines())
print(s.splitlines(True))
print(s.splitlines(keepends=True))
print("".splitlines(), "\n".splitlines(), "a\n".splitlines(True))
print("x\x0by\x0cz\u2028w".splitlines())
