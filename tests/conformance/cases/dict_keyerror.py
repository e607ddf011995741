d = {'present': 1}
for key in ['missing', 42, (1, 'x'), None, 2.5]:
    try:
        d[key]
    except KeyError as e:
        print('KeyError:', repr(e.args[0]))
