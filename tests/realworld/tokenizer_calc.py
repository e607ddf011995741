"""A tokenizer built from one master regular expression with named
groups, and a recursive-descent evaluator for arithmetic with variables,
functions and error positions."""
import re
import math
import functools
import operator

TOKEN_SPEC = [
    ('NUMBER', r'\d+(?:\.\d*)?(?:[eE][-+]?\d+)?'),
    ('NAME', r'[A-Za-z_]\w*'),
    ('OP', r'\*\*|[-+*/%(),=^]'),
    ('SKIP', r'[ \t]+'),
    ('MISMATCH', r'.'),
]
MASTER = re.compile('|'.join('(?P<%s>%s)' % pair for pair in TOKEN_SPEC))


class CalcError(Exception):
    pass


def tokenize(text):
    tokens = []
    for m in MASTER.finditer(text):
        kind = m.lastgroup
        value = m.group()
        if kind == 'SKIP':
            continue
        if kind == 'MISMATCH':
            raise CalcError('unexpected %r at %d' % (value, m.start()))
        if kind == 'NUMBER':
            value = float(value) if re.search(r'[.eE]', value) else int(value)
        tokens.append((kind, value, m.start()))
    tokens.append(('END', None, len(text)))
    return tokens


FUNCS = {
    'sqrt': math.sqrt, 'abs': abs, 'max': max, 'min': min,
    'sum': lambda *a: functools.reduce(operator.add, a, 0),
}
BINOPS = {'+': operator.add, '-': operator.sub, '*': operator.mul, '/': operator.truediv, '%': operator.mod}


class Parser:
    def __init__(self, text, env):
        self.tokens = tokenize(text)
        self.pos = 0
        self.env = env

    def peek(self):
        return self.tokens[self.pos]

    def take(self, value=None):
        tok = self.tokens[self.pos]
        if value is not None and tok[1] != value:
            raise CalcError('expected %r at %d, got %r' % (value, tok[2], tok[1]))
        self.pos += 1
        return tok

    def statement(self):
        if self.peek()[0] == 'NAME' and self.tokens[self.pos + 1][1] == '=':
            name = self.take()[1]
            self.take('=')
            value = self.expr()
            self.env[name] = value
        else:
            value = self.expr()
        if self.peek()[0] != 'END':
            raise CalcError('trailing input at %d' % self.peek()[2])
        return value

    def expr(self):
        value = self.term()
        while self.peek()[1] in ('+', '-'):
            op = self.take()[1]
            value = BINOPS[op](value, self.term())
        return value

    def term(self):
        value = self.power()
        while self.peek()[1] in ('*', '/', '%'):
            op, _, where = self.take()[1], None, self.tokens[self.pos - 1][2]
            rhs = self.power()
            if op in '/%' and rhs == 0:
                raise CalcError('division by zero at %d' % where)
            value = BINOPS[op](value, rhs)
        return value

    def power(self):
        base = self.unary()
        if self.peek()[1] in ('**', '^'):
            self.take()
            return base ** self.power()
        return base

    def unary(self):
        if self.peek()[1] == '-':
            self.take()
            return -self.unary()
        if self.peek()[1] == '+':
            self.take()
            return self.unary()
        return self.atom()

    def atom(self):
        kind, value, where = self.take()
        if kind == 'NUMBER':
            return value
        if kind == 'NAME':
            if self.peek()[1] == '(':
                self.take('(')
                args = []
                if self.peek()[1] != ')':
                    args.append(self.expr())
                    while self.peek()[1] == ',':
                        self.take()
                        args.append(self.expr())
                self.take(')')
                if value not in FUNCS:
                    raise CalcError('unknown function %r at %d' % (value, where))
                return FUNCS[value](*args)
            if value not in self.env:
                raise CalcError('unknown name %r at %d' % (value, where))
            return self.env[value]
        if value == '(':
            v = self.expr()
            self.take(')')
            return v
        raise CalcError('unexpected %r at %d' % (value, where))


if __name__ == '__main__':
    env = {'pi': 3}
    lines = [
        '1 + 2 * 3',
        '(1 + 2) * 3',
        '2 ** 3 ** 2',
        '-2 ^ 2',
        'x = 10 / 4',
        'x * 2',
        'y = max(1, x, 7 % 4) + sum(1, 2, 3)',
        'sqrt(16) + abs(-3)',
        '1.5e2 + pi',
        '10 / (5 - 5)',
        '3 $ 4',
        'foo(1)',
        '(1 + 2',
        'z + 1',
        '1 2',
    ]
    for line in lines:
        try:
            print('%-40s => %r' % (line, Parser(line, env).statement()))
        except CalcError as e:
            print('%-40s !! %s' % (line, e))
    print(sorted(env.items()))
    print([t[:2] for t in tokenize('a_1=2.5*(b+3)')])
