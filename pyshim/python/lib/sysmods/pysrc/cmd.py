"""A generic class to build line-oriented command interpreters (gowikibot's
own implementation of CPython 3.11's cmd: Cmd with its command loop, do_*
dispatch, help_* and docstring help, the help listing in columns, '?' and
'!' shortcuts, completion helpers; no readline, so tab completion is not
bound to a terminal)."""

import string
import sys

__all__ = ["Cmd"]

PROMPT = '(Cmd) '
IDENTCHARS = string.ascii_letters + string.digits + '_'


class Cmd:
    prompt = PROMPT
    identchars = IDENTCHARS
    ruler = '='
    lastcmd = ''
    intro = None
    doc_leader = ""
    doc_header = "Documented commands (type help <topic>):"
    misc_header = "Miscellaneous help topics:"
    undoc_header = "Undocumented commands:"
    nohelp = "*** No help on %s"
    use_rawinput = 1

    def __init__(self, completekey='tab', stdin=None, stdout=None):
        self.stdin = stdin if stdin is not None else sys.stdin
        self.stdout = stdout if stdout is not None else sys.stdout
        self.cmdqueue = []
        self.completekey = completekey

    def cmdloop(self, intro=None):
        self.preloop()
        if intro is not None:
            self.intro = intro
        if self.intro:
            self.stdout.write(str(self.intro) + "\n")
        stop = None
        while not stop:
            if self.cmdqueue:
                line = self.cmdqueue.pop(0)
            elif self.use_rawinput:
                try:
                    line = input(self.prompt)
                except EOFError:
                    line = 'EOF'
            else:
                self.stdout.write(self.prompt)
                self.stdout.flush()
                line = self.stdin.readline()
                line = line.rstrip('\r\n') if line else 'EOF'
            line = self.precmd(line)
            stop = self.onecmd(line)
            stop = self.postcmd(stop, line)
        self.postloop()

    def precmd(self, line):
        return line

    def postcmd(self, stop, line):
        return stop

    def preloop(self):
        pass

    def postloop(self):
        pass

    def parseline(self, line):
        line = line.strip()
        if not line:
            return None, None, line
        if line[0] == '?':
            line = 'help ' + line[1:]
        elif line[0] == '!':
            if hasattr(self, 'do_shell'):
                line = 'shell ' + line[1:]
            else:
                return None, None, line
        n = 0
        while n < len(line) and line[n] in self.identchars:
            n += 1
        return line[:n], line[n:].strip(), line

    def onecmd(self, line):
        cmd, arg, line = self.parseline(line)
        if not line:
            return self.emptyline()
        if cmd is None:
            return self.default(line)
        self.lastcmd = '' if line == 'EOF' else line
        if cmd == '':
            return self.default(line)
        func = getattr(self, 'do_' + cmd, None)
        if func is None:
            return self.default(line)
        return func(arg)

    def emptyline(self):
        if self.lastcmd:
            return self.onecmd(self.lastcmd)

    def default(self, line):
        self.stdout.write('*** Unknown syntax: %s\n' % line)

    def completedefault(self, *ignored):
        return []

    def completenames(self, text, *ignored):
        return [name[3:] for name in self.get_names() if name.startswith('do_' + text)]

    def complete(self, text, state):
        if state == 0:
            self.completion_matches = self.completenames(text)
        try:
            return self.completion_matches[state]
        except IndexError:
            return None

    def get_names(self):
        return dir(self.__class__)

    def complete_help(self, *args):
        commands = set(self.completenames(*args))
        topics = set(a[5:] for a in self.get_names() if a.startswith('help_' + args[0]))
        return list(commands | topics)

    def do_help(self, arg):
        'List available commands with "help" or detailed help with "help cmd".'
        if arg:
            helper = getattr(self, 'help_' + arg, None)
            if helper is not None:
                helper()
                return
            doc = getattr(getattr(self, 'do_' + arg, None), '__doc__', None)
            if doc:
                self.stdout.write("%s\n" % str(doc))
                return
            self.stdout.write("%s\n" % str(self.nohelp % (arg,)))
            return
        names = self.get_names()
        helps = set(n[5:] for n in names if n[:5] == 'help_')
        documented, undocumented = [], []
        seen = None
        for name in sorted(names):
            if name[:3] != 'do_' or name == seen:
                continue
            seen = name
            command = name[3:]
            if command in helps:
                documented.append(command)
                helps.discard(command)
            elif getattr(self, name).__doc__:
                documented.append(command)
            else:
                undocumented.append(command)
        self.stdout.write("%s\n" % str(self.doc_leader))
        self.print_topics(self.doc_header, documented, 15, 80)
        self.print_topics(self.misc_header, sorted(helps), 15, 80)
        self.print_topics(self.undoc_header, undocumented, 15, 80)

    def print_topics(self, header, cmds, cmdlen, maxcol):
        if cmds:
            self.stdout.write("%s\n" % str(header))
            if self.ruler:
                self.stdout.write("%s\n" % str(self.ruler * len(header)))
            self.columnize(cmds, maxcol - 1)
            self.stdout.write("\n")

    def columnize(self, items, displaywidth=80):
        if not items:
            self.stdout.write("<empty>\n")
            return
        bad = [i for i in range(len(items)) if not isinstance(items[i], str)]
        if bad:
            raise TypeError("list[i] not a string for i in %s" % ", ".join(map(str, bad)))
        size = len(items)
        if size == 1:
            self.stdout.write('%s\n' % str(items[0]))
            return
        # the fewest rows whose columns, two spaces apart, fit the width
        for rows in range(1, size):
            cols = (size + rows - 1) // rows
            widths = []
            total = -2
            for c in range(cols):
                column = items[c * rows:(c + 1) * rows]
                if not column:
                    break
                w = max(len(x) for x in column)
                widths.append(w)
                total += w + 2
                if total > displaywidth:
                    break
            if total <= displaywidth:
                break
        else:
            rows, cols, widths = size, 1, [0]
        for r in range(rows):
            cells = [items[c * rows + r] for c in range(cols) if c * rows + r < size]
            while cells and not cells[-1]:
                del cells[-1]
            for i in range(len(cells)):
                cells[i] = cells[i].ljust(widths[i])
            self.stdout.write("%s\n" % str("  ".join(cells)))
