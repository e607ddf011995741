s = "wiki"
print(f"[{s:>8}]")
print(f"[{s:<8}]")
print(f"[{s:^8}]")
print(f"[{s:*^9}]")
print(f"[{s:.2}]")
print(f"[{s:-<6.3}]")
print(f"[{s:s}]")
