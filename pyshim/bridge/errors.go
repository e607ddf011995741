package bridge

import (
	"errors"

	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/bridge/errclass"
	"github.com/gowikibot/gowikibot/pyshim/python"
	"github.com/gowikibot/gowikibot/site"
)

// raise builds the pywikibot exception named name (from
// pywikibot.exceptions, through its _from_go factory) with message msg;
// code and info are set for API errors.
func (b *bridge) raise(name, msg string, attrs map[string]py.Object) error {
	mod, err := py.ImportModuleLevelObject(b.ctx, "pywikibot.exceptions", nil, nil, py.Tuple{py.String("_from_go")}, 0)
	if err != nil {
		return py.ExceptionNewf(py.RuntimeError, "%s: %s", name, msg)
	}
	factory, err := py.GetAttrString(mod, "_from_go")
	if err != nil {
		return err
	}
	code, info := attrs["code"], attrs["info"]
	if code == nil {
		code, info = py.String(""), py.String("")
	}
	inst, err := py.Call(factory, py.Tuple{py.String(name), py.String(msg), code, info}, nil)
	if err != nil {
		return err
	}
	if e, ok := inst.(error); ok {
		return e
	}
	return py.ExceptionNewf(py.RuntimeError, "%s: %s", name, msg)
}

// pyError turns a Go error from the core into the pywikibot exception
// errclass names for it, with code/info for API errors.
func (b *bridge) pyError(err error) error {
	if err == nil {
		return nil
	}
	if ki := python.CheckInterrupt(b.ctx); ki != nil {
		return ki // the wait was cut short by Ctrl-C
	}
	if _, ok := err.(*py.Exception); ok {
		return err
	}
	name := errclass.Of(err)
	attrs := map[string]py.Object{}
	var ae *site.APIError
	if errors.As(err, &ae) {
		attrs["code"] = py.String(ae.Code)
		attrs["info"] = py.String(ae.Info)
	}
	return b.raise(name, err.Error(), attrs)
}
