# CPython 3.11's position lines (^^^ and ~~^~~) under the source lines of
# tracebacks, as traceback.format_exc and print_exception show them.
import io
import os
import traceback

import tbpos_mod

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def show(fn):
    try:
        fn()
    except BaseException:
        print(traceback.format_exc().replace(HERE, ''))


class Seq:
    def __getitem__(self, i):
        raise IndexError('Seq index out of range')


class Box:
    def __init__(self):
        self.items = {'a': [1, 2]}

    def size(self):
        return self.items['b']


def calls():
    x = 1 + int('seven') * 2
    return x


def attribute():
    box = Box()
    total = len(box.items) + box.weight
    return total


def binop():
    a, b = 7, 0
    result = [a, b, a / b, 3]
    return result


def subscript_key():
    d = {'a': 1}
    return d['a'] + d['zz']


def subscript_index():
    rows = [Seq(), Seq()]
    cell = rows[1][5]
    return cell


def nested_calls():
    return max(abs(int('1')), len(str(float('x'))))


def whole_line():
    int('x')


def method_chain():
    box = Box()
    print('size', box.size(), 'end')


def in_module():
    values = {'a': 3}
    return tbpos_mod.lookup(values, 'b')


def in_module_binop():
    return tbpos_mod.ratio(3, 0)


def in_module_attr():
    return tbpos_mod.call_attr({'k': 1})


def name_error():
    return 2 * undefined_name


def compare():
    return [1] < 2


def raise_in_if():
    if True: raise ValueError('inline')


def percent():
    label = 'pair: %s %s' % ('a',)
    return label


def multi_line():
    values = {'a': 1}
    return max(values['a'],
               values['b'])


def chained():
    try:
        {}['missing']
    except KeyError as e:
        raise RuntimeError('wrapped ' + str(len(e.args))) from e


def implicit_chain():
    try:
        x = 1 / 0
    except ZeroDivisionError:
        y = Seq()[0]


for fn in (calls, attribute, binop, subscript_key, subscript_index, nested_calls, whole_line,
           method_chain, in_module, in_module_binop, in_module_attr, name_error, compare,
           raise_in_if, percent, multi_line, chained, implicit_chain):
    show(fn)

try:
    nested_calls()
except ValueError as e:
    buf = io.StringIO()
    traceback.print_exception(e, file=buf)
    print(buf.getvalue().replace(HERE, ''), end='')
    for fs in traceback.extract_tb(e.__traceback__):
        print(fs.name, fs.lineno, fs.colno, fs.end_colno)
tbpos_mod.ratio(1, 0)
