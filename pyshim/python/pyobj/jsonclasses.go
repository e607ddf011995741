package pyobj

import (
	"github.com/go-python/gpython/py"
)

// JSONEncoderType and JSONDecoderType are json.JSONEncoder and
// json.JSONDecoder. An instance keeps the keyword arguments it was made
// with; encode/decode apply them as dumps/loads do.
var (
	JSONEncoderType = py.NewType("JSONEncoder", "Extensible JSON encoder for Python data structures.")
	JSONDecoderType = py.NewType("JSONDecoder", "Simple JSON decoder.")
)

type jsonCodec struct {
	typ  *py.Type
	opts py.StringDict
}

// Type returns the Python type of the object.
func (c *jsonCodec) Type() *py.Type { return c.typ }

// GetDict exposes the options as attributes (indent, sort_keys, ...).
func (c *jsonCodec) GetDict() py.StringDict { return c.opts }

var encoderOpts = []string{"skipkeys", "ensure_ascii", "check_circular", "allow_nan", "sort_keys", "indent", "separators", "default"}
var decoderOpts = []string{"object_hook", "parse_float", "parse_int", "parse_constant", "strict", "object_pairs_hook"}

func newCodec(t *py.Type, names []string, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) > 0 {
		return nil, py.ExceptionNewf(py.TypeError, "%s.__init__() takes 1 positional argument but %d were given", t.Name, len(args)+1)
	}
	c := &jsonCodec{typ: t, opts: py.StringDict{}}
	for k, v := range kwargs {
		ok := false
		for _, n := range names {
			ok = ok || n == k
		}
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "%s.__init__() got an unexpected keyword argument '%s'", t.Name, k)
		}
		c.opts[k] = v
	}
	return c, nil
}

func codecOf(self py.Object, args py.Tuple) (*jsonCodec, py.Tuple, error) {
	if c, ok := self.(*jsonCodec); ok {
		return c, args, nil
	}
	if len(args) > 0 {
		if c, ok := args[0].(*jsonCodec); ok {
			return c, args[1:], nil
		}
	}
	return nil, nil, py.ExceptionNewf(py.TypeError, "descriptor requires a JSON encoder or decoder")
}

// initJSONClasses fills in the types of jsonclasses.go (called by init, in init.go).
func initJSONClasses() {
	JSONEncoderType.New = func(t *py.Type, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return newCodec(t, encoderOpts, args, kw)
	}
	JSONDecoderType.New = func(t *py.Type, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return newCodec(t, decoderOpts, args, kw)
	}
	JSONEncoderType.Dict["default"] = py.MustNewMethod("default", func(self py.Object, args py.Tuple) (py.Object, error) {
		// self may be a subclass instance passed explicitly
		// (json.JSONEncoder.default(self, o)); o is the last argument.
		if len(args) < 1 || len(args) > 2 {
			return nil, py.ExceptionNewf(py.TypeError, "default() takes 2 positional arguments but %d were given", len(args)+1)
		}
		o := args[len(args)-1]
		return nil, py.ExceptionNewf(py.TypeError, "Object of type %s is not JSON serializable", o.Type().Name)
	}, 0, "Implement this method in a subclass such that it returns a serializable object for o.")
	encode := func(self py.Object, args py.Tuple) (string, error) {
		c, args, err := codecOf(self, args)
		if err != nil {
			return "", err
		}
		if len(args) != 1 {
			return "", py.ExceptionNewf(py.TypeError, "encode() takes 2 positional arguments but %d were given", len(args)+1)
		}
		kw := c.opts.Copy()
		if _, ok := kw["default"]; !ok {
			if d, err := py.GetAttrString(self, "default"); err == nil && !isGoDefault(d) {
				kw["default"] = d
			}
		}
		return JSONDumps(args[0], kw)
	}
	JSONEncoderType.Dict["encode"] = py.MustNewMethod("encode", func(self py.Object, args py.Tuple) (py.Object, error) {
		s, err := encode(self, args)
		return py.String(s), err
	}, 0, "Return a JSON string representation of a Python data structure.")
	JSONEncoderType.Dict["iterencode"] = py.MustNewMethod("iterencode", func(self py.Object, args py.Tuple) (py.Object, error) {
		s, err := encode(self, args)
		if err != nil {
			return nil, err
		}
		return py.NewIterator(py.Tuple{py.String(s)}), nil
	}, 0, "Encode the given object and yield each string representation as available.")
	JSONDecoderType.Dict["decode"] = py.MustNewMethod("decode", func(self py.Object, args py.Tuple) (py.Object, error) {
		c, args, err := codecOf(self, args)
		if err != nil {
			return nil, err
		}
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "decode() takes 2 positional arguments but %d were given", len(args)+1)
		}
		return JSONLoads(args[0], c.opts)
	}, 0, "Return the Python representation of s (a str instance containing a JSON document).")
	JSONDecoderType.Dict["raw_decode"] = py.MustNewMethod("raw_decode", func(self py.Object, args py.Tuple) (py.Object, error) {
		c, args, err := codecOf(self, args)
		if err != nil {
			return nil, err
		}
		if len(args) < 1 || len(args) > 2 {
			return nil, py.ExceptionNewf(py.TypeError, "raw_decode() takes from 2 to 3 positional arguments but %d were given", len(args)+1)
		}
		s, ok := args[0].(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "first argument must be a string, not %s", args[0].Type().Name)
		}
		start := 0
		if len(args) == 2 {
			if start, err = py.IndexInt(args[1]); err != nil {
				return nil, err
			}
		}
		return jsonRawDecode(string(s), start, c.opts)
	}, 0, "Decode a JSON document from s (a str beginning with a JSON document) and return a 2-tuple of the Python representation and the index in s where the document ended.")
}

// jsonRawDecode decodes one document starting at character index start
// and returns (value, end index in characters).
func jsonRawDecode(s string, start int, opts py.StringDict) (py.Object, error) {
	rs := []rune(s)
	if start < 0 || start > len(rs) {
		return nil, JSONDecodeError("Expecting value", s, len(s))
	}
	bstart := len(string(rs[:start]))
	d := &decoder{s: s, strict: true}
	if err := d.configure(opts); err != nil {
		return nil, err
	}
	v, j, err := d.value(bstart)
	if err != nil {
		return nil, err
	}
	return py.Tuple{v, py.Int(len([]rune(s[:j])))}, nil
}
