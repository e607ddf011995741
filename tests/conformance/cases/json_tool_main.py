# json.tool's command line driven through sys.argv: files in and out,
# options, and the error for invalid JSON.
import json.tool
import os
import sys
import tempfile

d = tempfile.mkdtemp()
src = os.path.join(d, 'in.json')
dst = os.path.join(d, 'out.json')
with open(src, 'w', encoding='utf-8') as f:
    f.write('{"b": [1, 2.5, null, true], "a": "\\u00e9", "c": {}}')

for opts in ([], ['--sort-keys'], ['--compact'], ['--indent', '2', '--no-ensure-ascii'], ['--tab']):
    sys.argv = ['json.tool'] + opts + [src, dst]
    json.tool.main()
    with open(dst, encoding='utf-8') as f:
        print(repr(f.read()))

with open(src, 'w', encoding='utf-8') as f:
    f.write('{"k": 1}\n[2, 3]\n')
sys.argv = ['json.tool', '--json-lines', src, dst]
json.tool.main()
with open(dst, encoding='utf-8') as f:
    print(repr(f.read()))

with open(src, 'w', encoding='utf-8') as f:
    f.write('{"k": 1}\n\n[2, 3]\n')
try:
    json.tool.main()
except SystemExit as e:
    print('SystemExit', e)

with open(src, 'w', encoding='utf-8') as f:
    f.write('{"x": }')
sys.argv = ['json.tool', src]
try:
    json.tool.main()
except SystemExit as e:
    print('SystemExit', e)
