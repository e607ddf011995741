"""A script without options of its own.

It only reads the pages it is given and counts them.
"""
import pywikibot
from pywikibot import pagegenerators


def main(*args):
    local_args = pywikibot.handle_args(args)
    print('after handle_args', local_args)


if __name__ == '__main__':
    main()
