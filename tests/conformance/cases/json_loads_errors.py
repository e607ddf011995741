import json
docs = ['', '   ', '[1,]', '{"a":1,}', '{"a" 1}', '[1 2]', '"abc', '{1: 2}', '[1] x',
        '"\\x"', 'nul', '\n\n  [1,\n  }', '{"a": [1, 2', '"\\u12"', '"a\tb"', '-', '01', '[1.]']
for doc in docs:
    try:
        json.loads(doc)
        print('ok', repr(doc))
    except json.JSONDecodeError as e:
        print('JSONDecodeError:', e)
