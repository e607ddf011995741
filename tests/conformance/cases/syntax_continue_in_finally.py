# `continue` in a finally body (legal since Python 3.8): it drops what the
# finally clause was to finish (a pending exception, return or break) and
# goes on with the loop; outer finally and with blocks still run, an
# exception handled around the loop is restored.
import sys
def f1():
    out = []
    for i in range(4):
        try:
            out.append(i)
        finally:
            if i % 2:
                continue
            out.append('f')
    return out
print(f1())
def f2():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError(i)
            out.append(i)
        finally:
            continue
    return out, sys.exc_info()
print(f2())
def f3():
    n = 0
    while n < 3:
        n += 1
        try:
            return 'returned'
        finally:
            continue
    return 'loop ended', n
print(f3())
def f4():
    out = []
    for i in range(3):
        try:
            try:
                out.append(i)
            finally:
                if i == 1:
                    continue
            out.append('after')
        finally:
            out.append('outer')
    return out
print(f4())
def f5():
    out = []
    for i in range(3):
        try:
            break
        finally:
            if i < 2:
                continue
    else:
        out.append('else')
    return out, i
print(f5())
def gen():
    for i in range(3):
        try:
            yield i
        finally:
            continue
print(list(gen()))
count = 0
while count < 2:
    count += 1
    try:
        pass
    finally:
        continue
    break
print(count)
try:
    raise KeyError('outer')
except KeyError:
    for i in range(2):
        try:
            raise ValueError
        finally:
            continue
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())


class CM:
    def __init__(self, log):
        self.log = log

    def __enter__(self):
        return self

    def __exit__(self, *a):
        self.log.append('exit')


def in_with():
    log = []
    for i in range(2):
        with CM(log):
            try:
                log.append(i)
                1 / 0
            finally:
                continue
    return log


print(in_with())


def in_except():
    log = []
    for i in range(2):
        try:
            raise KeyError(i)
        except KeyError:
            try:
                log.append(sys.exc_info()[1].args)
            finally:
                continue
    return log, sys.exc_info()


print(in_except())


def context_dropped():
    for i in range(2):
        try:
            if i == 0:
                raise ValueError('dropped')
            raise TypeError('kept')
        finally:
            if i == 0:
                continue


try:
    context_dropped()
except TypeError as e:
    print(repr(e), repr(e.__context__))


class Body:
    seen = []
    for i in range(3):
        try:
            seen.append(i)
        finally:
            continue


print(Body.seen)


def later_error():
    for i in range(3):
        try:
            pass
        finally:
            continue
    return [][1]


try:
    later_error()
except IndexError as e:
    print(type(e).__name__, e.__traceback__.tb_next.tb_lineno)

# compile() and exec() see the same (in a function: at the top level of
# exec'd code this layer raises SystemError, its frame cannot be found)
src = ("def g():\n    for i in range(2):\n        try:\n            pass\n        finally:\n"
       "            continue\n    return i\nprint('compiled', g())\n")
exec(compile(src, '<src>', 'exec'))
