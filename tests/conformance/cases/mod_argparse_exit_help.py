import argparse
p = argparse.ArgumentParser(prog="h", description="Demo.")
p.add_argument("name")
print("before")
p.parse_args(["-h"])
print("not reached")
