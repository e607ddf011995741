"""Print the surface of more of gowikibot's pywikibot modules as JSON, in
the shape record_more.py gives for real pywikibot (run: gowikibot python
surface_more.py [PRIVATE_NAME ...]).

A module that does not import is reported as {"__error__": ...} so that
the test names what failed; config lists only the names asked for after
'--config'."""
import importlib
import json
import sys

import surface
from more_modules import CLASSES, MODULES


def describe(owner, name):
    """surface.describe (whose inspect.signature follows the __wrapped__ of
    pywikibot.tools' decorators to the function they wrap)."""
    return surface.describe(owner, name)


def main():
    args = sys.argv[1:]
    config_names = []
    if '--config' in args:
        i = args.index('--config')
        args, config_names = args[:i], args[i + 1:]
    wanted = set(args)
    out = {}
    for label, path in MODULES:
        try:
            mod = importlib.import_module(path)
        except Exception as e:  # noqa: BLE001 -- reported, not raised
            out[label] = {'__error__': {'kind': '{}: {}'.format(type(e).__name__, e)}}
            continue
        names = {}
        for name in surface.names_of(mod):
            if name.startswith('_') and name not in wanted:
                continue
            names[name] = describe(mod, name)
        out[label] = names
    for label, path, cls in CLASSES:
        try:
            owner = getattr(importlib.import_module(path), cls)
        except Exception as e:  # noqa: BLE001 -- reported, not raised
            out[label] = {'__error__': {'kind': '{}: {}'.format(type(e).__name__, e)}}
            continue
        out[label] = {name: describe(owner, name) for name in dir(owner)
                      if not name.startswith('_') or name in wanted}
    import pywikibot.config as config
    out['config'] = {name: describe(config, name) for name in config_names if hasattr(config, name)}
    print(json.dumps(out, indent=1, sort_keys=True))


if __name__ == '__main__':
    main()
