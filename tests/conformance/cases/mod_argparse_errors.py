import argparse
p = argparse.ArgumentParser(prog="tool")
p.add_argument("src")
p.add_argument("-n", "--count", type=int)
p.add_argument("--mode", choices=["fast", "slow"])
p.add_argument("--two", nargs=2)
for bad in [[], ["a", "-n", "x"], ["a", "--mode", "medium"], ["a", "b"], ["a", "--count"], ["a", "--bogus"], ["a", "--two", "1"]]:
    try:
        p.parse_args(bad)
    except SystemExit as e:
        print("exit")
p.parse_args(["a", "--mode", "bad"])
