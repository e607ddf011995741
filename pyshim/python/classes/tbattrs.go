package classes

import "github.com/go-python/gpython/py"

// (see package upstream for the index) gpython v0.2.0 names the
// attributes of traceback objects __tb_next__, __tb_frame__, __tb_lasti__
// and __tb_lineno__ (py/traceback.go, unchanged on main); CPython's are
// tb_next, tb_frame, tb_lasti and tb_lineno, which code walking a
// traceback by hand reads. tb_frame is a frame object as sys._getframe
// returns (f_code, f_lineno, f_globals, f_locals; its f_back is None, the
// callers' frames not being kept with a traceback).
func init() {
	get := func(name string, fn func(tb *py.Traceback) py.Object) {
		py.TracebackType.Dict[name] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
			tb, ok := self.(*py.Traceback)
			if !ok {
				return nil, noAttr(self, name)
			}
			return fn(tb), nil
		}}
	}
	get("tb_next", func(tb *py.Traceback) py.Object {
		if tb.Next == nil {
			return py.None
		}
		return tb.Next
	})
	get("tb_frame", func(tb *py.Traceback) py.Object {
		if tb.Frame == nil {
			return py.None
		}
		return &Frame{f: tb.Frame}
	})
	get("tb_lasti", func(tb *py.Traceback) py.Object { return py.Int(tb.Lasti) })
	get("tb_lineno", func(tb *py.Traceback) py.Object { return py.Int(tb.Lineno) })
}
