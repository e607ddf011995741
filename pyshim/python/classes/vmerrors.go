package classes

import (
	"strings"

	"github.com/go-python/gpython/py"
)

// (see package upstream for the index) gpython v0.2.0 words some errors of
// its VM unlike CPython 3.11 and leaves out their attributes: an
// AttributeError is "'int' has no attribute 'x'" without name or obj, a
// NameError has no name, and two errors about modules lack the module's
// name:
//
//   - a missing attribute (py.GetAttrString, py/internal.go) is
//     "'module' has no attribute 'y'"; CPython says
//     "module 'x' has no attribute 'y'" (AttributeError.name is 'y');
//   - from x import y (IMPORT_FROM, vm/eval.go) raises ImportError
//     "cannot import name y"; CPython says
//     "cannot import name 'y' from 'x' (FILE)", "(unknown location)" for a
//     module without __file__ (ImportError.name is 'x', .path FILE).
//
// getattr() knows its module (GetAttr). The VM's errors are reworded where
// the layer first sees them (a handler's entry, or a call failing: see
// FixVMError) from the instruction that failed: the traceback's frame and
// offset give the LOAD_ATTR or IMPORT_FROM, and the module is found again
// by re-reading the names it was loaded from (only plain name loads and
// attributes of modules, which have no side effects), or, for IMPORT_FROM,
// in sys.modules by the IMPORT_NAME before it.

// gpython's opcodes (vm/opcodes.go) read here, besides forloop.go's.
const (
	opLoadName    = 101
	opLoadAttr    = 106
	opImportName  = 108
	opImportFrom  = 109
	opLoadFast    = 124
	opLoadDeref   = 136
	opStoreName   = 90
	opStoreFast   = 125
	opStoreGlobal = 97
	opStoreDeref  = 137
)

var (
	moduleNoAttrRe = lazyRegexp(`^'module' (?:object )?has no attribute '([^']*)'$`)
	importFromRe   = lazyRegexp(`^cannot import name ([^ ']+)$`)
	typeNoAttrRe   = lazyRegexp(`^type object '([^']+)' has no attribute '([^']*)'$`)
)

// opAt is one decoded instruction: its offset, opcode and argument.
type opAt struct {
	at, arg int
	op      byte
}

// decodeOps splits code into instructions (EXTENDED_ARG folded into the
// next one's argument).
func decodeOps(code string) []opAt {
	out := make([]opAt, 0, len(code)/2)
	ext := 0
	for i := 0; i < len(code); {
		in := opAt{at: i, op: code[i]}
		i++
		if in.op >= opHaveArgument {
			if i+1 >= len(code) {
				break
			}
			in.arg = int(code[i]) | int(code[i+1])<<8 | ext<<16
			i += 2
		}
		if in.op == opExtendedArg {
			ext = in.arg
			continue
		}
		ext = 0
		out = append(out, in)
	}
	return out
}

// jumpTarget is the offset an instruction may jump to, or -1.
func jumpTarget(in opAt) int {
	switch {
	case isRelJump(in.op):
		return in.at + 3 + in.arg
	case isAbsJump(in.op):
		return in.arg
	}
	return -1
}

// failedInstr returns the decoded code of tb's innermost frame and the
// index of the instruction that raised (the one ending at its Lasti).
func failedInstr(tb *py.Traceback) (*py.Frame, []opAt, int) {
	for tb != nil && tb.Next != nil {
		tb = tb.Next
	}
	if tb == nil || tb.Frame == nil || tb.Frame.Code == nil {
		return nil, nil, -1
	}
	ins := decodeOps(tb.Frame.Code.Code)
	for k, in := range ins {
		end := in.at + 1
		if in.op >= opHaveArgument {
			end += 2
		}
		if end == int(tb.Lasti) {
			return tb.Frame, ins, k
		}
	}
	return nil, nil, -1
}

// FixVMError rewords e, raised by the VM with traceback tb, as CPython
// words it (see above), and gives an AttributeError its name and obj, a
// NameError its name. It is cheap for other errors: a type test and a
// string prefix test.
func FixVMError(e *py.Exception, tb *py.Traceback) {
	if e == nil || tb == nil {
		return
	}
	msg := moduleErrMsg(e)
	switch {
	case e.Base == py.IndexError && msg == "index out of range":
		fixIndexError(e, tb)
	case e.Base == py.TypeError && strings.HasPrefix(msg, indexTypePrefix):
		fixIndexTypeError(e, tb, msg)
	case (e.Base == py.ValueError || e.Base == py.TypeError) && isUnpackErrorText(msg):
		fixUnpackError(e, tb, msg)
	case e.Base == py.AttributeError && strings.HasPrefix(msg, "'module' "):
		m := moduleNoAttrRe().FindStringSubmatch(msg)
		if m == nil {
			return
		}
		f, ins, k := failedInstr(tb)
		if k < 1 || ins[k].op != opLoadAttr || f.Code.Names[ins[k].arg] != m[1] {
			return
		}
		if o, ok := loadedObject(f, ins, k-1); ok {
			if mod, ok := o.(*py.Module); ok {
				setModuleAttrError(e, mod, m[1])
			}
		}
	case e.Base == py.AttributeError && strings.HasPrefix(msg, "type object '"):
		m := typeNoAttrRe().FindStringSubmatch(msg)
		d := dictOf(e)
		if _, ok := d["name"]; ok || m == nil {
			return
		}
		d["name"] = py.String(m[2])
		f, ins, k := failedInstr(tb)
		if k < 1 || ins[k].op != opLoadAttr || f.Code.Names[ins[k].arg] != m[2] {
			return
		}
		if o, ok := loadedObject(f, ins, k-1); ok {
			if t, ok := o.(*py.Type); ok && t.Name == m[1] {
				d["obj"] = t
			}
		}
	case e.Base == py.AttributeError && strings.HasPrefix(msg, "'"):
		// gpython's "'int' has no attribute 'x'" (py/internal.go): CPython's
		// wording, name and, when the object was loaded without side
		// effects, obj
		m := noAttrRe().FindStringSubmatch(msg)
		if m == nil {
			return
		}
		e.Args = py.Tuple{py.String("'" + m[1] + "' object has no attribute '" + m[2] + "'")}
		d := dictOf(e)
		if o := d["obj"]; o != nil && o != py.None {
			return
		}
		if d["name"] == nil || d["name"] == py.None {
			d["name"] = py.String(m[2])
		}
		f, ins, k := failedInstr(tb)
		if k < 1 || ins[k].op != opLoadAttr || f.Code.Names[ins[k].arg] != m[2] {
			return
		}
		if o, ok := loadedObject(f, ins, k-1); ok && o.Type().Name == m[1] {
			d["obj"] = o
		}
	case e.Base == py.NameError && strings.HasPrefix(msg, "name '") && strings.HasSuffix(msg, "' is not defined"):
		if d := dictOf(e); d["name"] == nil {
			d["name"] = py.String(msg[len("name '") : len(msg)-len("' is not defined")])
		}
	case e.Base == py.ImportError && strings.HasPrefix(msg, "cannot import name "):
		m := importFromRe().FindStringSubmatch(msg)
		if m == nil {
			return
		}
		f, ins, k := failedInstr(tb)
		if k < 0 || ins[k].op != opImportFrom {
			return
		}
		if mod := importedModule(f, ins, k); mod != nil {
			setImportFromError(e, mod, m[1])
		}
	}
}

// loadedObject re-reads the object that instruction k of f's code left
// on the stack, when it is a constant or plain name load followed by
// attribute loads of modules, and no jump lands inside that sequence.
func loadedObject(f *py.Frame, ins []opAt, k int) (py.Object, bool) {
	start := k
	for start >= 0 && ins[start].op == opLoadAttr {
		start--
	}
	if start < 0 {
		return nil, false
	}
	for _, in := range ins {
		if t := jumpTarget(in); t > ins[start].at && t <= ins[k+1].at {
			return nil, false
		}
	}
	var o py.Object
	in := ins[start]
	switch in.op {
	case opLoadConst:
		if in.arg < len(f.Code.Consts) {
			o = f.Code.Consts[in.arg]
		}
	case opLoadName:
		name := f.Code.Names[in.arg]
		if v, ok := f.Locals[name]; ok {
			o = v
		} else {
			o = f.Globals[name]
		}
	case opLoadGlobal:
		o = f.Globals[f.Code.Names[in.arg]]
	case opLoadFast:
		if in.arg < len(f.LocalVars) {
			o = f.LocalVars[in.arg]
		}
	case opLoadDeref:
		if in.arg < len(f.CellAndFreeVars) {
			if c, ok := f.CellAndFreeVars[in.arg].(*py.Cell); ok {
				o = c.Get()
			}
		}
	}
	for j := start + 1; j <= k; j++ {
		m, ok := asModule(o)
		if !ok {
			return nil, false
		}
		o = m.Globals[f.Code.Names[ins[j].arg]]
	}
	return o, o != nil
}

// asModule is o as a *py.Module: a module, or a module type wrapping one
// (sysmods.GetattrModule, a module with __getattr__, as pywikibot's).
func asModule(o py.Object) (*py.Module, bool) {
	switch m := o.(type) {
	case *py.Module:
		return m, true
	case interface{ Unwrap() *py.Module }:
		return m.Unwrap(), true
	}
	return nil, false
}

// importedModule finds the module of the IMPORT_FROM at instruction k:
// the IMPORT_NAME before it (past the IMPORT_FROM and store pairs of the
// same statement), looked up in sys.modules.
func importedModule(f *py.Frame, ins []opAt, k int) *py.Module {
	j := k - 1
	for j >= 0 && ins[j].op != opImportName {
		switch ins[j].op {
		case opImportFrom, opStoreName, opStoreFast, opStoreGlobal, opStoreDeref:
			j--
			continue
		}
		return nil
	}
	if j < 2 || ins[j-1].op != opLoadConst || ins[j-2].op != opLoadConst || f.Context == nil {
		return nil
	}
	name := f.Code.Names[ins[j].arg]
	level := 0
	if l, ok := f.Code.Consts[ins[j-2].arg].(py.Int); ok {
		level = int(l)
	}
	if level > 0 {
		pkg, _ := f.Globals["__package__"].(py.String)
		if pkg == "" {
			n, _ := f.Globals["__name__"].(py.String)
			if _, isPkg := f.Globals["__path__"]; !isPkg {
				if i := strings.LastIndexByte(string(n), '.'); i >= 0 {
					n = n[:i]
				}
			}
			pkg = n
		}
		base := string(pkg)
		for i := 1; i < level; i++ {
			if d := strings.LastIndexByte(base, '.'); d >= 0 {
				base = base[:d]
			}
		}
		if name == "" {
			name = base
		} else {
			name = base + "." + name
		}
	}
	if m, err := f.Context.GetModule(name); err == nil {
		return m
	}
	return nil
}

// moduleFile is a module's __file__, or "".
func moduleFile(m *py.Module) string {
	s, _ := m.Globals["__file__"].(py.String)
	return string(s)
}

// nameOf is a module's __name__.
func nameOf(m *py.Module) string {
	if n, ok := m.Globals["__name__"].(py.String); ok {
		return string(n)
	}
	return m.ModuleImpl.Info.Name
}

// setModuleAttrError makes e CPython's AttributeError for attribute name
// missing from module m.
func setModuleAttrError(e *py.Exception, m *py.Module, name string) {
	e.Args = py.Tuple{py.String("module '" + nameOf(m) + "' has no attribute '" + name + "'")}
	d := dictOf(e)
	d["name"] = py.String(name)
	d["obj"] = m
}

// setImportFromError makes e CPython's ImportError for name missing from
// module m in a from-import.
func setImportFromError(e *py.Exception, m *py.Module, name string) {
	where := "unknown location"
	var path py.Object = py.None
	if f := moduleFile(m); f != "" {
		where, path = f, py.String(f)
	}
	msg := "cannot import name '" + name + "' from '" + nameOf(m) + "' (" + where + ")"
	e.Args = py.Tuple{py.String(msg)}
	d := dictOf(e)
	d["msg"] = py.String(msg)
	d["name"] = py.String(nameOf(m))
	d["path"] = path
}

// moduleErrMsg is e's message when it has one string argument.
func moduleErrMsg(e *py.Exception) string {
	if args, ok := e.Args.(py.Tuple); ok && len(args) == 1 {
		s, _ := args[0].(py.String)
		return string(s)
	}
	return ""
}
