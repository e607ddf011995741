package sysmods

import (
	"encoding/base32"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"strings"

	"github.com/go-python/gpython/py"
	"github.com/gowikibot/gowikibot/pyshim/python/lazymod"
)

func b64Input(o py.Object, fn string) ([]byte, error) {
	if b, ok := asBytes(o); ok {
		return b, nil
	}
	switch v := o.(type) {
	case py.String:
		for _, r := range string(v) {
			if r > 127 {
				return nil, py.ExceptionNewf(py.ValueError, "string argument should contain only ASCII characters")
			}
		}
		return []byte(v), nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "argument should be a bytes-like object or ASCII string, not '%s'", typeName(o))
}

func encInput(o py.Object) ([]byte, error) {
	if b, ok := asBytes(o); ok {
		return b, nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "a bytes-like object is required, not '%s'", typeName(o))
}

func binasciiErr(msg string) error {
	if impl := lazymod.ModuleImpl("binascii"); impl != nil {
		if t, ok := impl.Globals["Error"].(*py.Type); ok {
			return py.ExceptionNewf(t, "%s", msg)
		}
	}
	return py.ExceptionNewf(py.ValueError, "%s", msg)
}

func b64decode(enc *base64.Encoding, data []byte, validate bool) ([]byte, error) {
	var clean []byte
	for _, c := range data {
		if c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/' || c == '=' {
			clean = append(clean, c)
		} else if validate {
			return nil, binasciiErr("Non-base64 digit found")
		}
	}
	if i := strings.IndexByte(string(clean), '='); i >= 0 {
		// data after padding is ignored as CPython does
		j := i
		for j < len(clean) && clean[j] == '=' {
			j++
		}
		clean = clean[:j]
	}
	out, err := enc.DecodeString(string(clean))
	if err != nil {
		n := 0
		for _, c := range clean {
			if c != '=' {
				n++
			}
		}
		if n%4 == 1 {
			return nil, binasciiErr(fmt.Sprintf("Invalid base64-encoded string: number of data characters (%d) cannot be 1 more than a multiple of 4", n))
		}
		return nil, binasciiErr("Incorrect padding")
	}
	return out, nil
}

func base64Init() {
	altEnc := func(alt py.Object, data []byte) []byte {
		if b, ok := asBytes(alt); ok && len(b) == 2 {
			s := strings.NewReplacer("+", string(b[0]), "/", string(b[1])).Replace(string(data))
			return []byte(s)
		}
		return data
	}
	fns := map[string]interface{}{
		"b64encode": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var s, alt py.Object = nil, py.None
			if err := py.ParseTupleAndKeywords(args, kwargs, "O|O:b64encode", []string{"s", "altchars"}, &s, &alt); err != nil {
				return nil, err
			}
			b, err := encInput(s)
			if err != nil {
				return nil, err
			}
			return newBytes(altEnc(alt, []byte(base64.StdEncoding.EncodeToString(b)))), nil
		},
		"b64decode": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var s, alt, validate py.Object = nil, py.None, py.False
			if err := py.ParseTupleAndKeywords(args, kwargs, "O|OO:b64decode", []string{"s", "altchars", "validate"}, &s, &alt, &validate); err != nil {
				return nil, err
			}
			b, err := b64Input(s, "b64decode")
			if err != nil {
				return nil, err
			}
			if a, ok := asBytes(alt); ok && len(a) == 2 {
				b = []byte(strings.NewReplacer(string(a[0]), "+", string(a[1]), "/").Replace(string(b)))
			}
			v, _ := boolOf(validate)
			out, err := b64decode(base64.StdEncoding, b, v)
			if err != nil {
				return nil, err
			}
			return newBytes(out), nil
		},
		"urlsafe_b64encode": func(self, s py.Object) (py.Object, error) {
			b, err := encInput(s)
			if err != nil {
				return nil, err
			}
			return newBytes([]byte(base64.URLEncoding.EncodeToString(b))), nil
		},
		"urlsafe_b64decode": func(self, s py.Object) (py.Object, error) {
			b, err := b64Input(s, "urlsafe_b64decode")
			if err != nil {
				return nil, err
			}
			b = []byte(strings.NewReplacer("-", "+", "_", "/").Replace(string(b)))
			out, err := b64decode(base64.StdEncoding, b, false)
			if err != nil {
				return nil, err
			}
			return newBytes(out), nil
		},
		"b32encode": func(self, s py.Object) (py.Object, error) {
			b, err := encInput(s)
			if err != nil {
				return nil, err
			}
			return newBytes([]byte(base32.StdEncoding.EncodeToString(b))), nil
		},
		"b32decode": func(self py.Object, args py.Tuple) (py.Object, error) {
			if len(args) < 1 {
				return nil, py.ExceptionNewf(py.TypeError, "b32decode() missing required argument 's'")
			}
			b, err := b64Input(args[0], "b32decode")
			if err != nil {
				return nil, err
			}
			out, err := base32.StdEncoding.DecodeString(string(b))
			if err != nil {
				return nil, binasciiErr("Incorrect padding")
			}
			return newBytes(out), nil
		},
		"b16encode": func(self, s py.Object) (py.Object, error) {
			b, err := encInput(s)
			if err != nil {
				return nil, err
			}
			return newBytes([]byte(strings.ToUpper(hex.EncodeToString(b)))), nil
		},
		"b16decode": func(self py.Object, args py.Tuple) (py.Object, error) {
			if len(args) < 1 {
				return nil, py.ExceptionNewf(py.TypeError, "b16decode() missing required argument 's'")
			}
			b, err := b64Input(args[0], "b16decode")
			if err != nil {
				return nil, err
			}
			out, err := hex.DecodeString(string(b))
			if err != nil || strings.ToUpper(string(b)) != string(b) {
				return nil, binasciiErr("Non-base16 digit found")
			}
			return newBytes(out), nil
		},
	}
	fns["encodebytes"] = func(self, s py.Object) (py.Object, error) {
		b, err := encInput(s)
		if err != nil {
			return nil, err
		}
		enc := base64.StdEncoding.EncodeToString(b)
		var out strings.Builder
		for len(enc) > 76 {
			out.WriteString(enc[:76] + "\n")
			enc = enc[76:]
		}
		if enc != "" || out.Len() == 0 && len(b) > 0 {
			out.WriteString(enc + "\n")
		}
		return newBytes([]byte(out.String())), nil
	}
	fns["decodebytes"] = func(self, s py.Object) (py.Object, error) {
		b, err := encInput(s)
		if err != nil {
			return nil, err
		}
		out, err := b64decode(base64.StdEncoding, b, false)
		if err != nil {
			return nil, err
		}
		return newBytes(out), nil
	}
	fns["standard_b64encode"] = fns["b64encode"]
	fns["standard_b64decode"] = fns["b64decode"]
	for _, name := range []string{"b85encode", "b85decode", "a85encode", "a85decode"} {
		fns[name] = pyDelegate("_gwb_base85", name)
	}
	register("base64", "Base16, Base32, Base64 (RFC 3548), Base85 and Ascii85 data encodings", fns, nil)
}
