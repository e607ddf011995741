import json
print(json.loads('"caf\\u00e9 \\ud83d\\ude00 \\"q\\" \\\\ \\/ \\n\\t\\b\\f\\r"'))
print(repr(json.loads('"\\u0041\\u00DF"')))
print(json.loads('["\u00e9", "plain"]'))
print(json.loads(b'{"bytes": true}'))
