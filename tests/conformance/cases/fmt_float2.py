x = 1234.5678
for spec in [",.2f", "_.1f", "+.1f", " .1f", "10.2f", "<10.2f", "^12.3f", "010.2f", "=+12.2f", ".0f", "#.0f", ".1%", "%", ".3", ".10", "#g", "#.3g", ".0e", "E", ",", "015,.2f", ".2n", "n"]:
    print(spec, repr(format(x, spec)), repr(format(-x, spec)))
print(format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"), format(2.675, ".2f"))
print(format(1e100, ".2f")[:20])
print(format(float("inf"), ""), format(float("-inf"), "10.2f"), format(float("nan"), "F"), format(float("inf"), "e"))
