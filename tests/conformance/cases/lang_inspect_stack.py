# inspect.currentframe/stack/getframeinfo and traceback.extract_stack,
# format_stack and print_stack over the live frames.
import inspect, traceback, sys, os, io
def where():
    fr = inspect.currentframe()
    caller = fr.f_back
    return fr.f_code.co_name, caller.f_code.co_name, caller.f_lineno
def outer():
    return where()
print(outer())
def names():
    return [(fi.function, fi.lineno, fi.code_context[0].strip() if fi.code_context else None) for fi in inspect.stack()]
def mid():
    return names()
print(mid())
def show():
    for fs in traceback.extract_stack():
        print(fs.name, fs.lineno, fs.line)
    here = os.path.dirname(__file__) + os.sep
    print(''.join(traceback.format_stack(limit=2)).replace(here, ''), end='')
    buf = io.StringIO()
    traceback.print_stack(limit=1, file=buf)
    print(buf.getvalue().replace(here, ''), end='')
    print(len(traceback.extract_stack(limit=0)))
show()
info = inspect.getframeinfo(inspect.currentframe())
print(info.lineno, info.function, info.code_context)
print(inspect.getframeinfo(sys._getframe()).filename.endswith('st.py'))
