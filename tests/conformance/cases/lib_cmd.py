# cmd.Cmd: the command loop over a stream and over a queue, do_* dispatch, help
# (help_*, docstrings, the listing in columns), '?', '!', emptyline repeating
# the last command, completion helpers.
import cmd, io
class Shell(cmd.Cmd):
    intro = 'Welcome'
    prompt = '(s) '
    def do_greet(self, arg):
        """Greet someone."""
        print('hello', arg or 'world')
    def do_add(self, arg):
        print(sum(int(x) for x in arg.split()))
    def help_add(self):
        print('add numbers')
    def help_topic(self):
        print('a topic')
    def do_EOF(self, arg):
        print('bye')
        return True
    def default(self, line):
        print('unknown:', line)
    def precmd(self, line):
        return line.strip()
inp = io.StringIO('greet\ngreet Bob\nadd 1 2 3\n\nfoo bar\nhelp\nhelp greet\nhelp add\nhelp nope\n?greet\n!shell\nEOF\n')
out = io.StringIO()
s = Shell(stdin=inp, stdout=out)
s.use_rawinput = False
s.cmdloop()
print(repr(out.getvalue()))
print(s.parseline('greet x y'), s.parseline('?x'), s.parseline(''), s.completenames('gr'), repr(s.lastcmd), s.complete('a', 0), s.complete('a', 1))
c = cmd.Cmd(stdout=io.StringIO())
c.columnize(['alpha', 'beta', 'gamma'] * 12, 40)
c.columnize([])
c.onecmd('nosuch thing')
print(c.stdout.getvalue())
class Q(cmd.Cmd):
    prompt = '> '
    def do_quit(self, arg):
        return True
q = Q()
q.cmdqueue = ['help', 'quit']
q.cmdloop('hi')
import sys
r = Q(stdin=sys.stdin)
r.use_rawinput = False
r.cmdqueue = []
r.onecmd('help quit')
