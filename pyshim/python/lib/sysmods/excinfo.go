package sysmods

import "github.com/go-python/gpython/py"

// ExceptionInfoOf returns the Python exception err carries (gpython returns
// a py.ExceptionInfo, a *py.ExceptionInfo or a bare *py.Exception,
// depending on where it was raised), or nil when err is a Go error.
func ExceptionInfoOf(err error) *py.ExceptionInfo {
	switch e := err.(type) {
	case py.ExceptionInfo:
		return &e
	case *py.ExceptionInfo:
		return e
	case *py.Exception:
		return &py.ExceptionInfo{Type: e.Type(), Value: e}
	}
	return nil
}
