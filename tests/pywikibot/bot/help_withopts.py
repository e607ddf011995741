"""A script with options of its own.

The following parameters are supported:

-dry        Do nothing.

-note:X     Say X.

&params;
"""
import pywikibot
from pywikibot import pagegenerators

docuReplacements = {'&params;': pagegenerators.parameterHelp}  # noqa: N816


def main(*args):
    local_args = pywikibot.handle_args(args)
    gen_factory = pagegenerators.GeneratorFactory()
    local_args = gen_factory.handle_args(local_args)
    print('after handle_args', local_args)


if __name__ == '__main__':
    main()
