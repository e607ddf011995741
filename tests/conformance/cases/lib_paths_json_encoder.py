# posixpath (os.path under its own name), ntpath's string functions,
# genericpath, json.encoder, concurrent.futures.thread.
import concurrent.futures.thread
import genericpath
import json.encoder
import ntpath
import os
import posixpath

print(posixpath.join('a', 'b'), posixpath.split('a/b') == os.path.split('a/b'), posixpath.sep, genericpath.exists('/'))
for p in ['C:\\dir\\file.txt', 'C:/dir/file.tar.gz', '\\\\server\\share\\x', 'rel\\path\\', 'C:', 'x']:
    print(repr(p), ntpath.splitdrive(p), ntpath.split(p), ntpath.splitext(p), ntpath.isabs(p),
          ntpath.basename(p), ntpath.dirname(p))
print(ntpath.join('C:\\a', 'b', 'c.txt'), ntpath.join('C:\\a', 'D:\\b'), ntpath.join('a', '\\b'))
print(ntpath.normpath('C:/a/./b/../c//d'), ntpath.normpath('..\\x\\..\\..'), ntpath.normcase('A/B'))
print(ntpath.sep, ntpath.pathsep, ntpath.altsep)
print(json.encoder.encode_basestring('é"\n'), json.encoder.encode_basestring_ascii('é"\n'))
print(json.encoder.JSONEncoder(sort_keys=True).encode({'b': 1, 'a': [1.5, None]}))
with concurrent.futures.thread.ThreadPoolExecutor(2) as ex:
    print(list(ex.map(lambda x: x * x, range(5))))
