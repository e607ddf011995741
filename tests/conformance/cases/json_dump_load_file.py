import json
import os
path = 'json_dump_load_file.tmp'
with open(path, 'w') as f:
    json.dump({'k': [1, 2, 3], 'v': 'x'}, f, indent=1)
with open(path) as f:
    print(f.read())
with open(path) as f:
    print(json.load(f))
os.remove(path)
