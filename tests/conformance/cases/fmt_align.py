for spec in ["<10", ">10", "^10", "*<10", "*>10", "*^10", "-^11", "10", "^1", "<"]:
    print(repr(format("text", spec)), repr(format(42, spec)))
print(repr("{:=^20}".format(" centered ")))
print(repr("{:é^9}".format("x")))
