# CPython 3.11: the uncaught-exception printer suggests a near name; the
# traceback module (format_exc, format_exception) does not
import traceback


class C:
    def __init__(self):
        self.value = 1


def f():
    counter = 1
    try:
        countr
    except NameError as e:
        print(traceback.format_exc().splitlines()[-1], "|", e.name)
    try:
        C().valeu
    except AttributeError as e:
        print(traceback.format_exception_only(type(e), e)[-1].strip(), "|", e.name)
    return counter


f()
items = [1, 2]
print(itms)
