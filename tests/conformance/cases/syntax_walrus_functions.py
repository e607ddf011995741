import re


def classify(s):
    if (m := re.match(r'a(\d)', s)):
        return 'a' + m.group(1)
    elif (m := re.match(r'b(\d)', s)):
        return 'b' + m.group(1)
    elif (n := len(s)) > 3:
        return 'long %d' % n
    return None


print(classify('a1'), classify('b2'), classify('cccc'), classify('c'))


class User:
    def __init__(self, count):
        self.count = count

    def editCount(self):
        return self.count


def skip_page(user, limit=5):
    if user.count < 0:
        return 'blocked'
    elif (edit_count := user.editCount()) < limit:
        if edit_count != 0:
            return 'only %d contributions' % edit_count
        return 'no contributions'
    return 'ok'


print(skip_page(User(-1)), skip_page(User(3)), skip_page(User(0)), skip_page(User(9)))


def fallback(x):
    return x or (y := 5) and y + 1


print(fallback(0), fallback(3))


def in_args(items):
    print(len(items), sum(doubled := [i * 2 for i in items]), doubled)
    return max(a := 3, b := 4) + a + b


print(in_args([1, 2]))


def with_closure(values):
    total = 0
    if not values:
        pass
    elif (last := values[-1]) > 0:
        total = last
    while (chunk := values[:2]):
        values = values[2:]
        total += sum(chunk)

    def report(prefix):
        return prefix + ' %r' % (total,)
    return total, report('total'), last


print(with_closure([1, 2, 3, 4, 5]))


def gen(words):
    for w in words:
        if len(w) > 2 and (up := w.upper()).startswith('A'):
            yield up


print(list(gen(['apple', 'ab', 'avocado', 'kiwi'])))


class Parser:
    def parse(self, line):
        if line.startswith('#'):
            return None
        elif (k := line.find('=')) >= 0:
            return line[:k].strip(), line[k + 1:].strip()
        return line


p = Parser()
print(p.parse('# c'), p.parse('a = 1'), p.parse('plain'))
data = [1, 2, 3, 4]
print([y for x in data if (y := x * 3) > 5], y)
if (top := len(data)) > 3:
    print('module level', top)
