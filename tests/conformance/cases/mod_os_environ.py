import os
os.environ["GWB_TEST"] = "1"
print(os.environ["GWB_TEST"], os.getenv("GWB_TEST"), os.environ.get("GWB_TEST"), "GWB_TEST" in os.environ)
del os.environ["GWB_TEST"]
print(os.getenv("GWB_TEST"), os.getenv("GWB_TEST", "dflt"), os.environ.get("GWB_TEST", "d2"), "GWB_TEST" in os.environ)
try:
    os.environ["GWB_TEST"]
except KeyError as e:
    print("KeyError", e)
print(os.environ.setdefault("GWB_TEST2", "x"), os.environ.pop("GWB_TEST2"), os.environ.pop("GWB_TEST2", None))
print(os.name, os.sep, os.linesep == "\n", os.devnull, os.curdir, os.pardir, os.pathsep)
