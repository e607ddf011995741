# sys.modules as test helpers use it: pop (save and remove a module so the
# next import runs it again), update (put saved modules back), copy. (A
# module put into sys.modules is imported as a module sharing its
# namespace here, not as the same object: compared by its functions.)
import sys
import json

saved = sys.modules.pop("json")
print(saved is json, "json" in sys.modules)
print(sys.modules.pop("json", "gone"), sys.modules.pop("no_such_module", None))
try:
    sys.modules.pop("no_such_module")
except KeyError as e:
    print("KeyError", e)
import json as json2
print(json2 is json, json2.dumps([1]))
sys.modules.update({"json": saved})
import json as json3
print(json3.dumps is saved.dumps)
sys.modules.update([("json_alias", saved)], other_alias=saved)
import json_alias
import other_alias
print(json_alias.dumps is saved.dumps, other_alias.loads is saved.loads)
snapshot = sys.modules.copy()
print(type(snapshot).__name__, snapshot["json"].dumps is saved.dumps, "sys" in snapshot, len(snapshot) == len(sys.modules))
try:
    sys.modules.update([("x",)])
except ValueError as e:
    print("ValueError", e)
