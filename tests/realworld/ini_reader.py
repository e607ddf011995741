"""A small INI reader: sections, key/value pairs, comments, continuation
lines, case-insensitive keys, typed getters and %(name)s interpolation."""
import re

SECTION = re.compile(r'^\[(?P<name>[^\]]+)\]\s*(?:[;#].*)?$')
OPTION = re.compile(r'^(?P<key>[^:=\s][^:=]*?)\s*(?P<sep>[:=])\s*(?P<value>.*)$')
INTERP = re.compile(r'%\((?P<name>[^)]+)\)s')
COMMENT = re.compile(r'^\s*(?:[;#]|$)')


class ParseError(Exception):
    pass


class Config:
    BOOLEANS = {'1': True, 'yes': True, 'true': True, 'on': True,
                '0': False, 'no': False, 'false': False, 'off': False}

    def __init__(self, defaults=None):
        self.defaults = {}
        for k, v in (defaults or {}).items():
            self.defaults[k.lower()] = v
        self.sections = {}
        self.order = []
        self.errors = []

    def read_string(self, text, source='<string>'):
        current = None
        last_key = None
        for lineno, raw in enumerate(text.splitlines(), 1):
            if COMMENT.match(raw):
                last_key = None if raw.strip() == '' else last_key
                continue
            if raw[:1] in (' ', '\t') and current is not None and last_key:
                current[last_key] = current[last_key] + '\n' + raw.strip()
                continue
            line = raw.strip()
            m = SECTION.match(line)
            if m:
                name = m.group('name').strip()
                if name not in self.sections:
                    self.sections[name] = {}
                    self.order.append(name)
                current = self.sections[name]
                last_key = None
                continue
            m = OPTION.match(line)
            if m and current is not None:
                key = m.group('key').strip().lower()
                value = m.group('value')
                value = re.sub(r'\s+[;#].*$', '', value).strip()
                current[key] = value
                last_key = key
                continue
            self.errors.append('%s:%d: cannot parse %r' % (source, lineno, line))
        return self

    def has_option(self, section, key):
        return key.lower() in self.sections.get(section, {}) or key.lower() in self.defaults

    def raw(self, section, key):
        if section not in self.sections:
            raise ParseError('no section: %r' % section)
        sect = self.sections[section]
        key = key.lower()
        if key in sect:
            return sect[key]
        if key in self.defaults:
            return self.defaults[key]
        raise ParseError('no option %r in section %r' % (key, section))

    def get(self, section, key, depth=0):
        value = self.raw(section, key)
        if depth > 10:
            raise ParseError('interpolation too deep for %r' % key)

        def repl(m):
            return self.get(section, m.group('name'), depth + 1)
        return INTERP.sub(repl, value)

    def getint(self, section, key):
        return int(self.get(section, key))

    def getfloat(self, section, key):
        return float(self.get(section, key))

    def getboolean(self, section, key):
        value = self.get(section, key).lower()
        if value not in self.BOOLEANS:
            raise ValueError('Not a boolean: %s' % value)
        return self.BOOLEANS[value]

    def getlist(self, section, key):
        value = self.get(section, key)
        return [item.strip() for item in re.split(r'[,\n]', value) if item.strip()]

    def items(self, section):
        keys = list(self.defaults)
        for k in self.sections[section]:
            if k not in keys:
                keys.append(k)
        return [(k, self.get(section, k)) for k in keys]

    def dump(self):
        out = []
        for name in self.order:
            out.append('[%s]' % name)
            for k, v in self.sections[name].items():
                out.append('%s = %s' % (k, v.replace('\n', '\n\t')))
            out.append('')
        return '\n'.join(out)


SAMPLE = """
; global settings
[bot]
name = ExampleBot
family = wikipedia
lang = en   ; inline comment
user = %(name)s@%(lang)s.%(family)s
max_lag = 5
throttle: 1.5
verbose = yes

[paths]
base = /srv/bot
logs = %(base)s/logs
pages =
    Main Page,
    Sandbox
    Help:Contents

[Empty]
this line is broken
[bot]
extra = appended later
"""

if __name__ == '__main__':
    cfg = Config(defaults={'Timeout': '30'}).read_string(SAMPLE, 'sample.ini')
    print('sections:', cfg.order)
    print('errors:', cfg.errors)
    print('user:', cfg.get('bot', 'user'))
    print('max_lag:', cfg.getint('bot', 'max_lag') * 2)
    print('throttle:', cfg.getfloat('bot', 'throttle'))
    print('verbose:', cfg.getboolean('bot', 'verbose'))
    print('timeout (default):', cfg.getint('paths', 'timeout'))
    print('logs:', cfg.get('paths', 'logs'))
    print('pages:', cfg.getlist('paths', 'pages'))
    print('has extra:', cfg.has_option('bot', 'EXTRA'), cfg.has_option('bot', 'missing'))
    for k, v in cfg.items('bot'):
        print('  %-10s %s' % (k, v))
    try:
        cfg.get('nosuch', 'x')
    except ParseError as e:
        print('error:', e)
    try:
        cfg.getboolean('bot', 'name')
    except ValueError as e:
        print('error:', e)
    print(cfg.dump())
