tests = [
    ("{", ()), ("}", ()), ("{0} {}", (1, 2)), ("{} {0}", (1, 2)), ("{2}", (1,)), ("{}{}", (1,)),
    ("{!x}", (1,)), ("{:d}", ("s",)), ("{:s}", (1,)), ("{:,s}", ("a",)), ("{:=5}", ("a",)),
    ("{:+s}", ("a",)), ("{:.f}", (1.0,)), ("{:.2d}", (1,)), ("{:xx}", (1,)), ("{:,b}", (1,)),
]
for f, args in tests:
    try:
        print(repr(f.format(*args)))
    except ValueError as e:
        print("ValueError", e)
    except IndexError as e:
        print("IndexError", e)
    except TypeError as e:
        print("TypeError", e)
try:
    "{missing}".format()
except KeyError as e:
    print("KeyError", e.args[0])
