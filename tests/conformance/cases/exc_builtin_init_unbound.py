# Subclasses of SyntaxError and UnicodeDecodeError calling the base
# class's __init__ through the class (as xml.etree's ParseError does).
class ParseProblem(SyntaxError):
    def __init__(self, msg, position=(0, 0)):
        SyntaxError.__init__(self, msg)
        self.position = position


try:
    raise ParseProblem("not well-formed", (1, 5))
except SyntaxError as e:
    print(type(e).__name__, str(e), e.msg, e.position, e.lineno)


class Undecodable(UnicodeDecodeError):
    def __init__(self, data):
        UnicodeDecodeError.__init__(self, "utf-8", data, 0, 1, "bad start")


u = Undecodable(b"\xff\xfe")
print(str(u), u.start, u.end, u.reason, u.object)
try:
    SyntaxError.__init__()
except TypeError as e:
    print("TypeError", "needs an argument" in str(e) or "requires" in str(e))
