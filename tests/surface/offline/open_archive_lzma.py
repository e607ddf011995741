"""tools.open_archive as pywikibot 9.6.3's for .lzma and .xz: a .lzma file
is the legacy LZMA container (its header, no magic number), a .xz file the
xz one; both read back; magic-number detection knows xz but not the
legacy container. Same output from real pywikibot 9.6.3
(open_archive_lzma.out) and gowikibot (the compressed bytes themselves
are the compressor's and are not compared)."""
import os
import tempfile

from pywikibot import tools

content = 'Ünïcode text, repeated. ' * 40
with tempfile.TemporaryDirectory() as d:
    for ext in ('lzma', 'xz'):
        path = os.path.join(d, 'archive.' + ext)
        with tools.open_archive(path, 'wb') as f:
            f.write(content.encode('utf-8'))
        with open(path, 'rb') as f:
            raw = f.read()
        with tools.open_archive(path) as f:
            back = f.read().decode('utf-8')
        print(ext, raw[:5], raw[5:13], back == content)
        with tools.open_archive(path, use_extension=False) as f:
            data = f.read()
        print(ext, 'by magic number:', data == content.encode('utf-8'), data[:5])
