import sys
import os
print("os" in sys.modules, "sys" in sys.modules, "nonexistent_gwb" in sys.modules)
print(sys.modules["os"] is os, sys.modules.get("nonexistent_gwb"), sys.modules.get("os") is os)
import datetime
print(sys.modules["datetime"] is datetime, "datetime" in list(sys.modules.keys()))
try:
    sys.modules["nonexistent_gwb"]
except KeyError as e:
    print("KeyError", e)
