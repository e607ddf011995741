import argparse, sys
p = argparse.ArgumentParser()
p.add_argument("--x", default="d")
print(p.prog, p.parse_args(), sys.argv[1:])
p.print_usage()
