try:
    raise SystemExit("msg")
except SystemExit as e:
    print("code", e.code)
class Quit(SystemExit):
    pass
raise Quit(4)
