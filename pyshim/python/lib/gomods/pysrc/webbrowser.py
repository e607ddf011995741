"""Open URLs in a web browser (gowikibot): $BROWSER, else xdg-open and friends.

open() returns True when a browser command was started and False when none
is available, as CPython's does.
"""

import os
import shutil
import subprocess

__all__ = ['Error', 'open', 'open_new', 'open_new_tab', 'get', 'register']


class Error(Exception):
    pass


_browsers = {}
_tryorder = None


class BaseBrowser:
    args = ['%s']

    def __init__(self, name=''):
        self.name = name
        self.basename = name

    def open(self, url, new=0, autoraise=True):
        raise NotImplementedError

    def open_new(self, url):
        return self.open(url, 1)

    def open_new_tab(self, url):
        return self.open(url, 2)


class GenericBrowser(BaseBrowser):
    """A browser run as a command that waits for it (a text-mode browser)."""

    def __init__(self, name):
        if isinstance(name, str):
            self.name = name
            self.args = ['%s']
        else:
            self.name = name[0]
            self.args = name[1:]
        self.basename = os.path.basename(self.name)

    def _cmdline(self, url):
        return [self.name] + [arg.replace('%s', url) for arg in self.args]

    def open(self, url, new=0, autoraise=True):
        try:
            p = subprocess.Popen(self._cmdline(url))
            return not p.wait()
        except OSError:
            return False


class BackgroundBrowser(GenericBrowser):
    """A browser started in the background (not waited for)."""

    def open(self, url, new=0, autoraise=True):
        try:
            p = subprocess.Popen(self._cmdline(url), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            try:
                return p.wait(0.2) == 0
            except subprocess.TimeoutExpired:
                return True
        except OSError:
            return False


def register(name, klass, instance=None, *, preferred=False):
    global _tryorder
    _load()
    _browsers[name.lower()] = [klass, instance]
    if preferred:
        _tryorder.insert(0, name)
    else:
        _tryorder.append(name)


def _load():
    global _tryorder
    if _tryorder is not None:
        return
    _tryorder = []
    env = os.environ.get('BROWSER')
    if env:
        for cmd in env.split(os.pathsep):
            if cmd:
                _browsers[cmd.lower()] = [None, GenericBrowser(cmd.split() if '%s' in cmd else cmd)]
                _tryorder.append(cmd)
    if os.environ.get('DISPLAY') or os.environ.get('WAYLAND_DISPLAY'):
        names = ['xdg-open', 'gio', 'gvfs-open', 'x-www-browser', 'firefox', 'chromium', 'google-chrome']
    else:
        names = ['xdg-open']
    for n in names:
        path = shutil.which(n)
        if path:
            inst = BackgroundBrowser([path, 'open', '%s'] if n == 'gio' else path)
            _browsers[n] = [None, inst]
            _tryorder.append(n)
    for n in ('www-browser', 'links', 'elinks', 'lynx', 'w3m'):
        path = shutil.which(n)
        if path:
            _browsers[n] = [None, GenericBrowser(path)]
            _tryorder.append(n)


def get(using=None):
    """The browser controller named using, or the first available one."""
    _load()
    alternatives = [using] if using is not None else _tryorder
    for browser in alternatives:
        entry = _browsers.get(browser.lower())
        if entry is not None:
            if entry[1] is None:
                return entry[0]()
            return entry[1]
        if '%s' in browser:
            return GenericBrowser(browser.split())
        path = shutil.which(browser)
        if path:
            return GenericBrowser(path)
    raise Error('could not locate runnable browser')


def open(url, new=0, autoraise=True):
    """Display url in a browser; False when no browser could be run."""
    _load()
    for name in _tryorder:
        browser = get(name)
        if browser.open(url, new, autoraise):
            return True
    return False


def open_new(url):
    return open(url, 1)


def open_new_tab(url):
    return open(url, 2)
