# argparse with combined single-dash flags: every flag of "-xv" is checked
# before any acts, so "-help" with only -h defined is an error (exit 2),
# not the help (SkyGenProg/RevolucioBot's script given -help). Output
# recorded from CPython 3.11 in main.cpython.out.
import argparse
import sys

sys.stderr = sys.stdout  # the error text is part of what is compared


def parser():
    p = argparse.ArgumentParser(prog='bot')
    p.add_argument('-v', action='store_true')
    p.add_argument('-x', action='count', default=0)
    p.add_argument('-n', type=int)
    p.add_argument('--wiki')
    return p


for args in (['-help'], ['-vx'], ['-xxv'], ['-vq'], ['-vn3'], ['-xn'], ['-vhx'], ['--wiki=a', '-xv']):
    try:
        print(args, parser().parse_args(args))
    except SystemExit as e:
        print(args, 'exit', e.code)
