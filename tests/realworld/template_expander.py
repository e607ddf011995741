"""A miniature wikitext template expander: {{name|positional|key=value}}
with {{{1}}}, {{{key|default}}} parameters, nested templates, a few
parser functions and recursion limits."""
import re

TEMPLATES = {
    'greet': 'Hello, {{{1|stranger}}}!',
    'bold': "'''{{{1}}}'''",
    'infobox': '{| class="infobox"\n! {{{name}}}\n|-\n| Born: {{{born|unknown}}}\n|-\n| Job: {{{job|{{{occupation|none}}}}}}\n|}',
    'link': '[[{{{1}}}|{{{2|{{{1}}}}}}]]',
    'loop': '{{loop}}',
    'nested': '{{bold|{{greet|{{{who}}}}}}}',
    'plural': '{{#if:{{{2|}}}|{{{1}}}s|{{{1}}}}}',
}

PARAM = re.compile(r'\{\{\{([^{}|]+)(?:\|([^{}]*))?\}\}\}')
INNER = re.compile(r'\{\{(?!\{)([^{}]*)\}\}')


class ExpansionError(Exception):
    pass


def split_args(body):
    parts = []
    depth = 0
    cur = ''
    i = 0
    while i < len(body):
        two = body[i:i + 2]
        if two in ('{{', '[['):
            depth += 1
            cur += two
            i += 2
            continue
        if two in ('}}', ']]'):
            depth -= 1
            cur += two
            i += 2
            continue
        if body[i] == '|' and depth == 0:
            parts.append(cur)
            cur = ''
        else:
            cur += body[i]
        i += 1
    parts.append(cur)
    return parts


def parse_call(body):
    parts = split_args(body)
    name = parts[0].strip()
    args = {}
    n = 1
    for p in parts[1:]:
        m = re.match(r'^\s*([\w -]+?)\s*=(.*)$', p, re.S)
        if m:
            args[m.group(1)] = m.group(2).strip()
        else:
            args[str(n)] = p
            n += 1
    return name, args


def substitute(text, args):
    # innermost parameters first, so defaults may contain parameters
    for _ in range(20):
        new = PARAM.sub(lambda m: args.get(m.group(1).strip(),
                                           m.group(2) if m.group(2) is not None else m.group(0)), text)
        if new == text:
            break
        text = new
    return text


def parser_function(name, args):
    if name.startswith('#if:'):
        cond = name[4:].strip()
        return args.get('1', '') if cond else args.get('2', '')
    if name.startswith('#expr:'):
        expr = name[6:]
        if not re.fullmatch(r'[\d\s+*/()-]+', expr):
            raise ExpansionError('bad expression %r' % expr)
        return str(eval(expr))
    if name.lower().startswith('uc:'):
        return name[3:].upper()
    if name.lower().startswith('lc:'):
        return name[3:].lower()
    return None


def expand(text, depth=0, trace=None):
    if depth > 8:
        raise ExpansionError('template loop detected')
    if trace is None:
        trace = []

    def call(m):
        name, args = parse_call(m.group(1))
        result = parser_function(name, args)
        if result is not None:
            return result
        key = name[0].lower() + name[1:] if name else name
        if key not in TEMPLATES:
            return '[[Template:%s]]' % name
        trace.append(key)
        body = substitute(TEMPLATES[key], args)
        body = PARAM.sub(lambda p: p.group(2) if p.group(2) is not None else '{{{%s}}}' % p.group(1), body)
        return expand(body, depth + 1, trace)

    for _ in range(50):
        new = INNER.sub(call, text)
        if new == text:
            break
        text = new
    return text


if __name__ == '__main__':
    samples = [
        '{{greet|World}} and {{greet}}',
        '{{bold|important}}',
        '{{link|Main Page}} / {{link|Main Page|home}}',
        '{{infobox|name=Ada Lovelace|born=1815|occupation=mathematician}}',
        '{{nested|who=Bob}}',
        '{{plural|apple|2}}, {{plural|pear}}',
        '{{#expr: (2+3)*4}} {{uc:shout}} {{lc:QUIET}}',
        '{{NoSuchTemplate|x}}',
        'plain {{{1|text}}} stays',
    ]
    for s in samples:
        trace = []
        print(repr(s))
        print('  ->', repr(expand(s, trace=trace)), trace)
    for bad in ['{{loop}}', '{{#expr: 1; import os}}']:
        try:
            expand(bad)
        except ExpansionError as e:
            print('error:', e)
    print(parse_call('name|a|b=c|[[x|y]]|{{t|u}}'))
