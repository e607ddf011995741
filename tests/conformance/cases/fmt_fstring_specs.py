x = 3.14159
n = 1234567
s = "text"
print(f"{x:.2f} {n:,} {s!r} {s:>8} {n:#x} {x:e}")
w = 10
print(f"[{s:^{w}}] [{x:{w}.3f}] [{n:_}]")
print(f"{'nested'!r:>10} {len(s):03d} {x*2:.1f}%")
