import io
import sys
from optparse import OptionParser, OptionGroup, OptionValueError

parser = OptionParser(usage="usage: %prog [options] PAGE...", version="%prog 1.0", prog="bot",
                      description="Edit pages on a wiki, politely and with a summary that explains what was done.")
parser.add_option("-s", "--summary", dest="summary", default="bot edit", help="edit summary [default: %default]")
parser.add_option("-n", "--limit", type="int", dest="limit", help="at most N pages", metavar="N")
parser.add_option("-v", "--verbose", action="count", dest="verbosity", default=0, help="more output")
parser.add_option("-q", "--quiet", action="store_false", dest="verbose", default=True)
parser.add_option("--ns", action="append", type="int", dest="namespaces", help="namespace numbers (repeatable)")
parser.add_option("--mode", type="choice", choices=["fast", "safe"], default="safe", help="how to edit")
parser.add_option("--ratio", type="float")
group = OptionGroup(parser, "Dangerous options", "Caution: use these at your own risk.")
group.add_option("-f", "--force", action="store_true", help="edit even protected pages")
parser.add_option_group(group)


def store_upper(option, opt, value, parser):
    setattr(parser.values, option.dest, value.upper())


parser.add_option("--lang", type="string", action="callback", callback=store_upper, dest="lang")
opts, args = parser.parse_args(["-vv", "-n", "5", "--summary=fix typo", "Main Page", "--ns", "0", "--ns=14",
                                "--mode", "fast", "-qf", "--lang", "de", "--rat", "0.5", "Sandbox"])
print(sorted(vars(opts).items()), args)
opts, args = parser.parse_args([])
print(opts.summary, opts.limit, opts.verbosity, opts.verbose, opts.namespaces, opts.mode, opts.force, args)
opts, args = parser.parse_args(["a", "--", "-n", "x"])
print(args)
parser.print_help()
print(parser.get_usage(), parser.get_version())
old = sys.stderr
for bad in (["-n", "x"], ["--bogus"], ["--mode", "slow"], ["-n"], ["--force=1"], ["--version"]):
    sys.stderr = io.StringIO()
    out = sys.stdout
    sys.stdout = io.StringIO()
    try:
        parser.parse_args(bad)
    except SystemExit as e:
        text = sys.stderr.getvalue() + sys.stdout.getvalue()
        sys.stdout = out
        print('exit', e.code, repr(text))
    finally:
        sys.stdout = out
sys.stderr = old
