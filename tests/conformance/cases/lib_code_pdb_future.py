# code (InteractiveConsole, InteractiveInterpreter, compile_command),
# __future__, bdb.BdbQuit and the non-interactive parts of pdb.
import __future__
import bdb
import code
import io
import os
import pdb
import sys

print(__future__.annotations, __future__.division.getMandatoryRelease(), len(__future__.all_feature_names))
print(__future__.print_function.compiler_flag, __future__.annotations.getOptionalRelease())
c = code.InteractiveConsole({'x': 2})
print(c.push('y = x * 21'), c.push('def f():'), c.push('    return y'), c.push(''), c.locals['f']())
print(c.push('for i in range(2):'), c.push('    y += i'), c.push(''), c.locals['y'])
ii = code.InteractiveInterpreter({})
print(ii.runsource('z = 5'), ii.locals['z'], ii.runsource('for i in range(2):'))
print(code.compile_command('if 1:') is None, code.compile_command('a = 1') is not None)
err = io.StringIO()
sys.stderr = err
ii.runsource('1/0')
sys.stderr = sys.__stderr__
print(err.getvalue().splitlines()[-1])
print(issubclass(bdb.BdbQuit, Exception), pdb.Pdb.__mro__[1].__name__)
os.environ['PYTHONBREAKPOINT'] = '0'
print(breakpoint(), sys.breakpointhook is sys.__breakpointhook__)
