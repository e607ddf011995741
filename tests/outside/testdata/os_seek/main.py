"""os.SEEK_SET/SEEK_CUR/SEEK_END, as a JSON-file database reads its file
(4shadoww/thanatos-archer bundles tinydb, whose storage seeks to the end
to see whether the file is empty)."""
import io
import os
import tempfile

print(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.SEEK_END == io.SEEK_END)
path = os.path.join(tempfile.mkdtemp(), 'db.json')
with open(path, 'w') as f:
    f.write('{"_default": {}}')
with open(path, 'r+') as handle:
    handle.seek(0, os.SEEK_END)
    size = handle.tell()
    print('size', size)
    handle.seek(0, os.SEEK_SET)
    print('text', handle.read())
with open(path, 'rb') as handle:
    handle.seek(-3, os.SEEK_END)
    print('tail', handle.read())
    handle.seek(2, os.SEEK_SET)
    handle.seek(3, os.SEEK_CUR)
    print('at', handle.tell(), handle.read(7))
os.remove(path)
