package gomods

import (
	"io"

	"github.com/go-python/gpython/py"
)

// pyReader reads from a Python file-like object's read(n).
type pyReader struct{ obj py.Object }

func (r pyReader) Read(p []byte) (int, error) {
	f, err := py.GetAttrString(r.obj, "read")
	if err != nil {
		return 0, err
	}
	res, err := py.Call(f, py.Tuple{py.Int(len(p))}, nil)
	if err != nil {
		return 0, err
	}
	b, ok := asBytes(res)
	if !ok {
		return 0, py.ExceptionNewf(py.TypeError, "read() should return bytes, not %s", typeName(res))
	}
	if len(b) == 0 {
		return 0, io.EOF
	}
	return copy(p, b), nil
}

// pyWriter writes to a Python file-like object's write(b).
type pyWriter struct{ obj py.Object }

func (w pyWriter) Write(p []byte) (int, error) {
	f, err := py.GetAttrString(w.obj, "write")
	if err != nil {
		return 0, err
	}
	if _, err := py.Call(f, py.Tuple{newBytes(append([]byte(nil), p...))}, nil); err != nil {
		return 0, err
	}
	return len(p), nil
}
