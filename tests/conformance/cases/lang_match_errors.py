# match statement errors: class pattern TypeErrors, a repeated attribute
# (SyntaxError), an error raised in a case body.
class P:
    __match_args__ = ("x",)

    def __init__(self):
        self.x = 1


notcls = 3
for subj, fn in [(P(), "a"), (5, "b")]:
    try:
        if fn == "a":
            match subj:
                case P(1, 2):
                    pass
        else:
            match subj:
                case notcls():
                    pass
    except TypeError as e:
        print("TypeError:", e)
try:
    compile("match x:\n    case P(x=1, x=2): pass\n", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.args[0])


def fails(x):
    match x:
        case {"pages": [first, *_]}:
            return first.upper()


print(fails({"pages": ["main"]}))
fails({"pages": [3]})
