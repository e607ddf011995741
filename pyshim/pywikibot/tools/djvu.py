"""pywikibot.tools.djvu: the pages and text layer of a DjVu file, read
with the djvulibre command-line tools (djvused, djvutxt, djvudump), which
must be installed (Debian: djvulibre-bin)."""
import os
import re
import tempfile

import pywikibot

__all__ = ('DjVuFile',)


def _quote(arg):
    return "'" + str(arg).replace("'", "'\\''") + "'"


def _call_cmd(args, lib='djvulibre'):
    """Run args (a list, or a shell command line); return (ok, stdout
    bytes). gowikibot runs it with /bin/sh (there is no subprocess)."""
    cmd = args if isinstance(args, str) else ' '.join(_quote(a) for a in args)
    fd, out = tempfile.mkstemp()
    os.close(fd)
    fd, err = tempfile.mkstemp()
    os.close(fd)
    try:
        status = os.system('{} >{} 2>{}'.format(cmd, _quote(out), _quote(err)))
        with open(out, 'rb') as f:
            stdoutdata = f.read()
        with open(err, 'rb') as f:
            stderrdata = f.read()
    finally:
        os.remove(out)
        os.remove(err)
    if status != 0:
        pywikibot.error('{} error; {}'.format(lib, cmd))
        pywikibot.error(str(stderrdata))
        return False, stdoutdata
    pywikibot.log('SUCCESS: {}'.format(cmd))
    return True, stdoutdata


class DjVuFile:
    """A DjVu file: its number of pages, page sizes, text layer."""

    def __init__(self, file):
        self._filename = file
        filename = os.path.abspath(os.path.expanduser(file))
        with open(filename):
            self.file = filename
        self.dirname = os.path.dirname(filename)
        self._pat_form = re.compile(r' *?FORM:DJVU *?\[\d+\] *?(?P<id>{[^\}]*?})? *?\[P(?P<n>\d+)\]')
        self._pat_info = re.compile(r'DjVu.*?(?P<size>\d+x\d+).*?(?P<dpi>\d+) dpi')
        self._cache = {}

    def __repr__(self):
        return "{}.{}('{}')".format(self.__module__, type(self).__name__, self._filename)

    def __str__(self):
        return "{}('{}')".format(type(self).__name__, self._filename)

    def _run(self, *args):
        ok, out = _call_cmd(list(args) + [self.file])
        if not ok:
            raise ValueError('djvulibre could not read {}'.format(self.file))
        return out.decode('utf-8', 'replace')

    def number_of_images(self, force=False):
        """The number of pages."""
        if force or 'n' not in self._cache:
            self._cache['n'] = int(self._run('djvused', '-e', 'n').strip())
        return self._cache['n']

    def _check(self, n):
        if not 1 <= n <= self.number_of_images():
            raise ValueError('Page {} not in file {} [{}-{}]'.format(
                n, self.file, 1, self.number_of_images()))

    def page_info(self, n, force=False):
        """(id, (size, dpi)) of page n."""
        self._check(n)
        if force or 'info' not in self._cache:
            info = {}
            pages = self._run('djvudump').split('FORM:DJVU')
            for i, part in enumerate(pages[1:], 1):
                m = self._pat_info.search(part)
                info[i] = ('', (m.group('size'), int(m.group('dpi'))) if m else None)
            self._cache['info'] = info
        return self._cache['info'].get(n)

    def has_text(self, force=False):
        """Whether the file has a text layer."""
        if force or 'text' not in self._cache:
            self._cache['text'] = 'TXTz' in self._run('djvudump') or 'TXTa' in self._run('djvudump')
        return self._cache['text']

    @staticmethod
    def _remove_control_chars(data):
        for ctrl in ('\x1d', '\x1f'):
            data = data.replace(ctrl, '')
        data = data.replace('\x0b', '\n')
        return data.replace('\x0c', '')

    def get_page(self, n, force=False):
        """The text layer of page n."""
        if not self.has_text(force=force):
            raise ValueError('Djvu file {} has no text layer.'.format(self.file))
        self._check(n)
        return self._remove_control_chars(self._run('djvutxt', '--page={}'.format(n)))
