import os, tempfile, stat
d = tempfile.mkdtemp()
log = os.path.join(d, 'opened.txt')
script = os.path.join(d, 'fakebrowser')
with open(script, 'w') as f:
    f.write('#!/bin/sh\necho "$1" >> %s\n' % log)
os.chmod(script, 0o755)
os.environ['BROWSER'] = script
os.environ.pop('DISPLAY', None)
os.environ.pop('WAYLAND_DISPLAY', None)
os.environ['PATH'] = d
import webbrowser
print(webbrowser.open('https://test.wikipedia.org/wiki/Sandbox'))
print(webbrowser.open_new_tab('https://example.org/?a=1&b=2'))
print(open(log).read().splitlines())
print(type(webbrowser.get()).__name__)
os.environ['BROWSER'] = os.path.join(d, 'missing-browser')
webbrowser._tryorder = None
webbrowser._browsers = {}
print(webbrowser.open('https://example.org/'))
try:
    webbrowser.get('no-such-browser-here')
except webbrowser.Error as e:
    print('Error', e)
