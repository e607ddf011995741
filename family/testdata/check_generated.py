"""Check family files written by gowikibot's family.GenerateFile (a test
driver of gowikibot, run with CPython).

Reads a JSON list of {"file": PATH, "expect": {...}} on stdin and prints one
JSON result per file: {"ok": true} or {"ok": false, "why": "..."}.

A file passes when (1) its syntax tree holds nothing but the generator's
shape: a docstring, `from pywikibot import family`, and a class Family whose
attributes are constants and whose methods return constants or a dict of
constants indexed by `code` (no call, name lookup, operator or import
elsewhere); (2) executing it and calling its methods raises no audit event
(no process, file, socket or import); (3) it yields the expected values.
"""
import ast
import json
import sys
import types

FORBIDDEN = ('os.system', 'os.exec', 'os.spawn', 'os.posix_spawn', 'os.fork', 'subprocess.Popen', 'open',
             'os.remove', 'os.rename', 'os.mkdir', 'os.rmdir', 'shutil', 'socket', 'import', 'exec',
             'compile', 'builtins.input', 'ctypes', 'os.chmod', 'os.kill', 'pty')
watching = False
events = []
own_code = None


def audit(event, args):
    if event == 'exec' and args and args[0] is own_code:
        return  # the exec() of the generated file itself
    if watching and event.startswith(FORBIDDEN):
        events.append(event)


sys.addaudithook(audit)


def is_const(node):
    return isinstance(node, ast.Constant) and isinstance(node.value, (str, bool))


def const_dict(node):
    return (isinstance(node, ast.Dict) and all(k is not None and is_const(k) for k in node.keys)
            and all(is_const(v) for v in node.values))


def check_method(fn):
    if fn.name not in ('scriptpath', 'protocol', 'verify_SSL_certificate'):
        return 'method ' + fn.name
    if fn.decorator_list or fn.args.defaults or fn.args.kw_defaults or fn.args.vararg or fn.args.kwarg:
        return 'decorated or defaulted method ' + fn.name
    if [a.arg for a in fn.args.args] != ['self', 'code']:
        return 'arguments of ' + fn.name
    for a in fn.args.args:
        if a.annotation is not None and not (isinstance(a.annotation, ast.Name) and a.annotation.id == 'str'):
            return 'annotation in ' + fn.name
    if fn.returns is not None and not (isinstance(fn.returns, ast.Name) and fn.returns.id == 'bool'):
        return 'return annotation of ' + fn.name
    if len(fn.body) != 1 or not isinstance(fn.body[0], ast.Return):
        return 'body of ' + fn.name
    v = fn.body[0].value
    if is_const(v):
        return None
    if (isinstance(v, ast.Subscript) and const_dict(v.value) and isinstance(v.slice, ast.Name)
            and v.slice.id == 'code'):
        return None
    return 'return value of ' + fn.name


def check_tree(src):
    tree = ast.parse(src)
    body = tree.body
    if not body or not (isinstance(body[0], ast.Expr) and is_const(body[0].value)):
        return 'no docstring'
    if not (isinstance(body[1], ast.ImportFrom) and body[1].module == 'pywikibot' and body[1].level == 0
            and [(a.name, a.asname) for a in body[1].names] == [('family', None)]):
        return 'import line'
    if len(body) != 3 or not isinstance(body[2], ast.ClassDef):
        return 'top-level statements'
    cls = body[2]
    if cls.name != 'Family' or cls.decorator_list or cls.keywords or len(cls.bases) != 1:
        return 'class statement'
    base = cls.bases[0]
    if not (isinstance(base, ast.Attribute) and isinstance(base.value, ast.Name) and base.value.id == 'family'
            and base.attr == 'Family'):
        return 'base class'
    for st in cls.body:
        if isinstance(st, ast.Assign):
            if len(st.targets) != 1 or not isinstance(st.targets[0], ast.Name):
                return 'assignment'
            if st.targets[0].id == 'name' and is_const(st.value):
                continue
            if st.targets[0].id == 'langs' and const_dict(st.value):
                continue
            return 'assignment to ' + st.targets[0].id
        elif isinstance(st, ast.FunctionDef):
            why = check_method(st)
            if why:
                return why
        else:
            return 'class body statement ' + type(st).__name__
    return None


def stub_pywikibot():
    pkg = types.ModuleType('pywikibot')
    fam = types.ModuleType('pywikibot.family')

    class Family:
        def verify_SSL_certificate(self, code):
            return True
    fam.Family = Family
    pkg.family = fam
    sys.modules['pywikibot'] = pkg
    sys.modules['pywikibot.family'] = fam


def check(item):
    global watching, own_code
    with open(item['file'], encoding='utf-8') as f:
        src = f.read()
    why = check_tree(src)
    if why:
        return why
    exp = item['expect']
    code = own_code = compile(src, item['file'], 'exec')
    ns = {'__name__': 'generated_family'}
    del events[:]
    watching = True
    try:
        exec(code, ns)
        inst = ns['Family']()
        got = {'name': inst.name, 'langs': inst.langs, 'scriptpath': inst.scriptpath(exp['code']),
               'protocol': inst.protocol(exp['code']), 'verify': inst.verify_SSL_certificate(exp['code'])}
    finally:
        watching = False
    if events:
        return 'audit events: ' + ', '.join(events)
    want = {'name': exp['name'], 'langs': {exp['code']: exp['host']}, 'scriptpath': exp['scriptpath'],
            'protocol': exp['scheme'], 'verify': not exp['noverify']}
    if got != want:
        return 'values %r, want %r' % (got, want)
    return None


stub_pywikibot()
for item in json.load(sys.stdin):
    try:
        why = check(item)
    except Exception as e:  # a file that does not load is a failure too
        why = '%s: %s' % (type(e).__name__, e)
    print(json.dumps({'ok': why is None, 'why': why}))
