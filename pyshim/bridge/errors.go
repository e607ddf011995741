package bridge

import (
	"bytes"
	"encoding/json"
	"errors"

	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/bridge/errclass"
	"github.com/gowikibot/gowikibot/pyshim/python"
	"github.com/gowikibot/gowikibot/site"
	"github.com/gowikibot/gowikibot/userconfig"
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
	args := py.Tuple{py.String(name), py.String(msg), code, info}
	if other := attrs["other"]; other != nil {
		args = append(args, other)
	}
	inst, err := py.Call(factory, args, nil)
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
	var pfe *userconfig.PasswordFileError
	if errors.As(err, &pfe) && pfe.NotFound {
		// pywikibot's login() opens the file and lets the OSError through
		return py.ExceptionNewf(py.FileNotFoundError, "[Errno 2] No such file or directory: '%s'", pfe.Raw)
	}
	name := errclass.Of(err)
	attrs := map[string]py.Object{}
	var ae *site.APIError
	if errors.As(err, &ae) {
		attrs["code"] = py.String(ae.Code)
		attrs["info"] = py.String(ae.Info)
		if other := apiErrorOther(ae); other != nil {
			attrs["other"] = other
		}
	}
	return b.raise(name, err.Error(), attrs)
}

// apiErrorOther is pywikibot's APIError.other for ae: the answer's members
// besides code and info, in order, with the API's help line last as
// "help". pywikibot asks formatversion 1 unless told otherwise, where the
// wiki names that line "*"; the core asks 2, where it is "docref" (kept
// under that name only when the script asked formatversion 2 itself).
// nil when there are none.
func apiErrorOther(ae *site.APIError) py.Object {
	if len(ae.Other) == 0 {
		return nil
	}
	var b bytes.Buffer
	b.WriteByte('{')
	var help json.RawMessage
	n := 0
	add := func(key string, v json.RawMessage) {
		if n > 0 {
			b.WriteByte(',')
		}
		k, _ := json.Marshal(key)
		b.Write(k)
		b.WriteByte(':')
		b.Write(v)
		n++
	}
	for _, f := range ae.Other {
		if f.Key == "*" || (f.Key == "docref" && ae.FormatVersion != "2") {
			help = f.Value
			continue
		}
		add(f.Key, f.Value)
	}
	if help != nil {
		add("help", help)
	}
	b.WriteByte('}')
	o, err := jsonToPy(b.Bytes())
	if err != nil {
		return nil
	}
	return o
}
