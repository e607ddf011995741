import keyword
import errno
import colorsys
import getopt
import graphlib
import reprlib
import fnmatch
import linecache
import os

print(keyword.iskeyword('for'), keyword.iskeyword('match'), keyword.issoftkeyword('match'), len(keyword.kwlist))
print(errno.ENOENT, errno.EACCES, errno.errorcode[errno.EEXIST], errno.EWOULDBLOCK == errno.EAGAIN)
try:
    open('/nonexistent/file')
except OSError as e:
    print(e.errno == errno.ENOENT)
print(colorsys.rgb_to_hsv(0.2, 0.4, 0.4), colorsys.hsv_to_rgb(0.5, 0.5, 0.4))
print(colorsys.rgb_to_hls(1.0, 0.5, 0.0), colorsys.hls_to_rgb(0.25, 0.5, 1.0))
print([round(x, 6) for x in colorsys.rgb_to_yiq(0.1, 0.2, 0.3)], [round(x, 6) for x in colorsys.yiq_to_rgb(0.5, 0.1, 0.1)])

opts, args = getopt.getopt(['-a', '-b', 'val', '--long=x', '--flag', 'file1', 'file2'], 'ab:', ['long=', 'flag'])
print(opts, args)
print(getopt.gnu_getopt(['f1', '-a', 'f2', '--fl'], 'a', ['flag']))
for bad in (['-z'], ['--lon'], ['-b']):
    try:
        getopt.getopt(bad, 'ab:', ['long=', 'longer'])
    except getopt.GetoptError as e:
        print('GetoptError:', e, repr(e.opt))

ts = graphlib.TopologicalSorter({'d': {'b', 'c'}, 'c': {'a'}, 'b': {'a'}})
order = list(ts.static_order())
print(order[0], order[-1], sorted(order[1:3]))
ts = graphlib.TopologicalSorter()
ts.add(3, 2, 1)
ts.add(2, 1)
print(list(ts.static_order()))
try:
    graphlib.TopologicalSorter({1: [2], 2: [1]}).prepare()
except graphlib.CycleError as e:
    print('CycleError', e.args[0], sorted(e.args[1]))

print(reprlib.repr(list(range(100))), reprlib.repr('x' * 100), reprlib.repr({i: i for i in range(10)}))
print(reprlib.repr((1,)), reprlib.repr(set(range(20))), reprlib.repr([[[[[[[1]]]]]]]))


class Node:
    def __init__(self):
        self.children = [self]

    @reprlib.recursive_repr()
    def __repr__(self):
        return 'Node(%r)' % (self.children,)


print(Node())

names = ['a.py', 'b.txt', 'c.PY', 'dir/d.py', '[x].py']
print(fnmatch.filter(names, '*.py'), fnmatch.fnmatch('X.TXT', '*.txt'), fnmatch.fnmatchcase('X.TXT', '*.txt'))
print(fnmatch.fnmatchcase('b', '[abc]'), fnmatch.fnmatchcase('d', '[!abc]'), fnmatch.fnmatchcase('a?', 'a[?]'), fnmatch.fnmatchcase('[x].py', '[[]x].py'))
print(fnmatch.fnmatchcase('file10', 'file??'), fnmatch.fnmatchcase('file1', 'file??'))
import re
print(bool(re.match(fnmatch.translate('*.p[iy]'), 'mod.py')))

me = os.path.abspath(__file__)
print(repr(linecache.getline(me, 1)), repr(linecache.getline(me, 100000)), repr(linecache.getline('/no/such', 1)))
