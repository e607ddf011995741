# dis: the API over gowikibot's own bytecode (gpython's, Python 3.4's
# instruction set), so only what both bytecodes share is printed: opcode
# tables, the names, lines and arguments a disassembly mentions.
import dis
import io
import opcode


def f(a, b=2):
    x = a + b
    for i in range(3):
        x += i
    return x


class C:
    def m(self):
        return len(self.__class__.__name__)


print(dis.opname[dis.opmap['LOAD_FAST']], dis.opmap['LOAD_FAST'] in dis.haslocal,
      dis.opmap['LOAD_CONST'] in dis.hasconst, dis.opmap['LOAD_GLOBAL'] in dis.hasname,
      'RETURN_VALUE' in dis.opmap, opcode.opname is dis.opname or opcode.opname == dis.opname)
print(dis.cmp_op[:6])

out = io.StringIO()
dis.dis(f, file=out)
text = out.getvalue()
print('LOAD_FAST' in text, '(a)' in text, '(x)' in text, 'RETURN_VALUE' in text, 'FOR_ITER' in text)
lines = [instr.starts_line for instr in dis.get_instructions(f) if instr.starts_line is not None]
print(max(lines), 10 in lines, 13 in lines)
starts = [line for offset, line in dis.findlinestarts(f.__code__)]
print(max(starts), 11 in starts)
instrs = list(dis.Bytecode(f))
print(type(instrs[0]).__name__, instrs[0].offset, isinstance(instrs[0], tuple), instrs[0]._fields)
print([i.argval for i in instrs if i.opname == 'LOAD_FAST'][:2], instrs[-1].opname)
print(sorted(i.argval for i in instrs if i.opname == 'STORE_FAST'))

info = dis.code_info(f).splitlines()
print([line for line in info if line.split(':')[0] in ('Name', 'Argument count', 'Kw-only arguments', 'Number of locals')])
print(info[info.index('Variable names:'):])

out = io.StringIO()
dis.dis(C, file=out)
print(out.getvalue().splitlines()[0], 'RETURN_VALUE' in out.getvalue())
b = dis.Bytecode(C.m)
print(b.first_line, 'RETURN_VALUE' in b.dis(), b.codeobj is C.m.__code__)
out = io.StringIO()
dis.dis('y = 1\nz = y', file=out)
print('STORE_NAME' in out.getvalue(), '(y)' in out.getvalue())
try:
    dis.dis(42)
except TypeError as e:
    print('TypeError:', e)
