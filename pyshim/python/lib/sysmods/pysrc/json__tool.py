"""Validate and pretty-print JSON: python -m json.tool [infile [outfile]].

gowikibot's own implementation of CPython's command-line interface to the
json module (the same options and output).
"""
import argparse
import json
import sys


def _parser():
    p = argparse.ArgumentParser(
        prog='python -m json.tool',
        description='A simple command line interface for json module '
                    'to validate and pretty-print JSON objects.')
    p.add_argument('infile', nargs='?', default=None,
                   help='a JSON file to be validated or pretty-printed')
    p.add_argument('outfile', nargs='?', default=None,
                   help='write the output of infile to outfile')
    p.add_argument('--sort-keys', action='store_true', default=False,
                   help='sort the output of dictionaries alphabetically by key')
    p.add_argument('--no-ensure-ascii', dest='ensure_ascii', action='store_false',
                   default=True, help='disable escaping of non-ASCII characters')
    p.add_argument('--json-lines', action='store_true', default=False,
                   help='parse input using the JSON Lines format.')
    p.add_argument('--indent', default=4, type=int,
                   help='separate items with newlines and use this number of spaces for indentation')
    p.add_argument('--tab', action='store_true', default=False,
                   help='separate items with newlines and use tabs for indentation')
    p.add_argument('--no-indent', action='store_true', default=False,
                   help='separate items with spaces rather than newlines')
    p.add_argument('--compact', action='store_true', default=False,
                   help='suppress all whitespace separation (most compact)')
    return p


def main():
    opts = _parser().parse_args()
    kwargs = {'sort_keys': opts.sort_keys, 'indent': opts.indent,
              'ensure_ascii': opts.ensure_ascii}
    if opts.tab:
        kwargs['indent'] = '\t'
    if opts.no_indent:
        kwargs['indent'] = None
    if opts.compact:
        kwargs['indent'] = None
        kwargs['separators'] = (',', ':')
    try:
        if opts.infile is None:
            text = sys.stdin.read()
        else:
            with open(opts.infile, encoding='utf-8') as f:
                text = f.read()
        if opts.json_lines:
            # every line is a document; a blank one is an error, as in CPython
            values = [json.loads(line) for line in text.splitlines(True)]
        else:
            values = [json.loads(text)]
        out = []
        for value in values:
            out.append(json.dumps(value, **kwargs) + '\n')
        if opts.outfile is None:
            sys.stdout.write(''.join(out))
        else:
            with open(opts.outfile, 'w', encoding='utf-8') as f:
                f.write(''.join(out))
    except ValueError as e:
        raise SystemExit(e)
    except OSError as e:
        raise SystemExit(e)


if __name__ == '__main__':
    main()
