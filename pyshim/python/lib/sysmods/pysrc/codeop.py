"""Compiling possibly incomplete Python source (gowikibot)."""

__all__ = ["compile_command", "Compile", "CommandCompiler"]


def _incomplete(source):
    """Whether source is the start of a statement that needs more lines."""
    stripped = source.rstrip()
    if stripped.endswith(':') or stripped.endswith('\\'):
        return True
    if source.count('"""') % 2 or source.count("'''") % 2:
        return True
    depth = 0
    for c in source:
        if c in '([{':
            depth += 1
        elif c in ')]}':
            depth -= 1
    if depth > 0:
        return True
    # a compound statement is complete once a blank line ends it
    lines = [l for l in source.split('\n')]
    first = lines[0].lstrip()
    if first.split(' ')[0].rstrip(':') in ('if', 'for', 'while', 'def', 'class', 'with', 'try', 'async', '@'):
        return not source.endswith('\n')
    return False


def _compound(source):
    first = source.lstrip().split('\n')[0]
    word = first.replace('(', ' ').replace(':', ' ').split(' ')[0]
    return word in ('if', 'for', 'while', 'def', 'class', 'with', 'try', 'async') or first.startswith('@')


def _maybe_compile(source, filename, symbol):
    for line in source.split("\n"):
        line = line.strip()
        if line and line[0] != '#':
            break
    else:
        if symbol != "eval":
            source = "pass"
    if symbol == "single" and not source.endswith("\n") and _compound(source):
        # CPython compiles with PyCF_DONT_IMPLY_DEDENT: a compound
        # statement goes on until a blank line ends it.
        try:
            compile(source + "\n", filename, symbol)
        except SyntaxError:
            pass
        else:
            return None
    try:
        return compile(source, filename, symbol)
    except SyntaxError:
        if _incomplete(source):
            return None
        raise


def compile_command(source, filename="<input>", symbol="single"):
    """A code object, or None when source is incomplete; SyntaxError if invalid."""
    return _maybe_compile(source, filename, symbol)


class Compile:
    def __init__(self):
        self.flags = 0

    def __call__(self, source, filename, symbol, **kwargs):
        return compile(source, filename, symbol)


class CommandCompiler:
    def __init__(self):
        self.compiler = Compile()

    def __call__(self, source, filename="<input>", symbol="single"):
        return _maybe_compile(source, filename, symbol)
