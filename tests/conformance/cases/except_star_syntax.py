# except* SyntaxErrors, as compile() reports them
sources = [
    'try:\n    pass\nexcept* ValueError:\n    pass\nexcept TypeError:\n    pass\n',
    'try:\n    pass\nexcept ValueError:\n    pass\nexcept* TypeError:\n    pass\n',
    'for i in x:\n    try:\n        pass\n    except* ValueError:\n        break\n',
    'for i in x:\n    try:\n        pass\n    except* ValueError:\n        continue\n',
    'def f():\n    try:\n        pass\n    except* ValueError:\n        return\n',
    'for i in x:\n    try:\n        pass\n    except* ValueError: break\n',
    'try:\n    pass\nexcept*:\n    pass\n',
    # allowed: in a nested loop or function of the handler
    'try:\n    pass\nexcept* ValueError:\n    for i in x:\n        break\n    def g():\n        return 2\n    while 1:\n        continue\n',
    'try:\n    pass\nexcept *ValueError as e:\n    pass\n',
    'try:\n    pass\nexcept* (ValueError,\n         TypeError) as e:\n    pass\nelse:\n    pass\nfinally:\n    pass\n',
]
for src in sources:
    try:
        compile(src, 'snippet.py', 'exec')
        print('compiles')
    except SyntaxError as e:
        print(repr(e.msg), e.lineno, e.offset, repr(e.text))
