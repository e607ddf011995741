"""Record the public surface of more of real pywikibot's namespaces
(testdata/pwb963_more.json), beside record.py's seventeen:

    PYWIKIBOT_NO_USER_CONFIG=2 PYTHONPATH=/tmp/pwb963 /usr/bin/python3 record_more.py /tmp/pwb963 \
        > testdata/pwb963_more.json

Each module of MODULES gets every public name of its dir() (and the
private names the checkout's scripts use on it), in record.py's shape:
kind and parameter list; a name the module imported from a third-party
package (requests, bs4, packaging) is of kind 'external'. pywikibot.config is different: its dir() is
every setting, so only the names that the checkout's scripts, its
pywikibot/scripts and its family files read (config.NAME) are recorded.
"""
import importlib
import inspect
import json
import os
import re
import sys

import record
from more_modules import CLASSES, MODULES

def external(entry, val):
    """Mark a name a module got from a third-party package (requests,
    mwoauth, bs4, packaging, ...) as kind 'external': like the standard
    library's, not part of pywikibot's own surface."""
    if entry.get('kind') in ('typing', 'stdlib', 'value'):
        return entry
    mod = val.__name__ if inspect.ismodule(val) else getattr(val, '__module__', None)
    top = (mod or '').split('.')[0]
    if top and top != 'pywikibot' and not record.stdlib(top):
        return {'kind': 'external'}
    return entry


def describe_safely(owner, name):
    """record.describe; a class attribute that cannot be read on the
    class itself (a classproperty of the abstract Family raises) is a
    'value'."""
    try:
        return record.describe(owner, name)
    except Exception:  # noqa: BLE001
        return {'kind': 'value'}


def config_names_read(root):
    """The names read as config.NAME in the checkout's scripts,
    pywikibot/scripts and pywikibot/families."""
    names = set()
    for sub in ('scripts', os.path.join('pywikibot', 'scripts'), os.path.join('pywikibot', 'families')):
        for top, _, files in os.walk(os.path.join(root, sub)):
            for f in files:
                if f.endswith('.py'):
                    with open(os.path.join(top, f), encoding='utf-8') as fh:
                        names.update(re.findall(r'\bconfig\.([A-Za-z_][A-Za-z0-9_]*)', fh.read()))
    return names


def main():
    root = sys.argv[1]
    private = record.private_names_used(os.path.join(root, 'scripts'))
    out = {}
    for label, path in MODULES:
        mod = importlib.import_module(path)
        names = {}
        for name in dir(mod):
            if name.startswith('_') and name not in private:
                continue
            names[name] = external(record.describe(mod, name), getattr(mod, name))
        out[label] = names
    for label, path, cls in CLASSES:
        owner = getattr(importlib.import_module(path), cls)
        out[label] = {name: describe_safely(owner, name) for name in dir(owner)
                      if not name.startswith('_') or name in private}
    import pywikibot.config as config
    out['config'] = {name: record.describe(config, name)
                     for name in sorted(config_names_read(root)) if hasattr(config, name)}
    json.dump(out, sys.stdout, indent=1, sort_keys=True)
    sys.stdout.write('\n')


if __name__ == '__main__':
    main()
