package textmods

import (
	"strings"
	"unicode"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib/string" // registered first, replaced below
)

const (
	asciiLower  = "abcdefghijklmnopqrstuvwxyz"
	asciiUpper  = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	digits      = "0123456789"
	punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
	whitespace  = " \t\n\r\v\f"
)

// Capwords is string.capwords.
func Capwords(s string, sep *string) string {
	var words []string
	if sep == nil {
		words = strings.Fields(s)
	} else {
		words = strings.Split(s, *sep)
	}
	for i, w := range words {
		words[i] = capitalize(w)
	}
	j := " "
	if sep != nil {
		j = *sep
	}
	return strings.Join(words, j)
}

func capitalize(w string) string {
	r := []rune(w)
	for i := range r {
		if i == 0 {
			r[i] = unicode.ToUpper(r[i])
		} else {
			r[i] = unicode.ToLower(r[i])
		}
	}
	return string(r)
}

// Template is string.Template.
type Template struct {
	Tmpl      string
	Delimiter string
	Dict      py.StringDict
}

// TemplateType is string.Template.
var TemplateType = py.NewTypeX("Template", "A string class for supporting $-substitutions.",
	func(metatype *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		a, err := parseArgs("Template", args, kwargs, []string{"template"}, 1)
		if err != nil {
			return nil, err
		}
		s, ok := a[0].(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "Template() argument must be str, not %s", typeName(a[0]))
		}
		return &Template{Tmpl: string(s), Delimiter: "$", Dict: py.NewStringDict()}, nil
	}, nil)

// Type returns string.Template.
func (t *Template) Type() *py.Type { return TemplateType }

// GetDict returns the instance dict.
func (t *Template) GetDict() py.StringDict { return t.Dict }

func isIDStart(c byte) bool { return c == '_' || (c|0x20 >= 'a' && c|0x20 <= 'z') }
func isIDChar(c byte) bool  { return isIDStart(c) || (c >= '0' && c <= '9') }

// substitute expands the template; safe leaves unknown placeholders alone.
func (t *Template) substitute(lookup func(name string) (py.Object, bool, error), safe bool) (string, error) {
	s := t.Tmpl
	d := t.Delimiter
	var b strings.Builder
	i := 0
	for i < len(s) {
		if !strings.HasPrefix(s[i:], d) {
			b.WriteByte(s[i])
			i++
			continue
		}
		start := i
		j := i + len(d)
		switch {
		case strings.HasPrefix(s[j:], d):
			b.WriteString(d)
			i = j + len(d)
			continue
		case j < len(s) && s[j] == '{':
			k := j + 1
			if k < len(s) && isIDStart(s[k]) {
				e := k
				for e < len(s) && isIDChar(s[e]) {
					e++
				}
				if e < len(s) && s[e] == '}' {
					name := s[k:e]
					v, ok, err := lookup(name)
					if err != nil {
						return "", err
					}
					if !ok {
						if safe {
							b.WriteString(s[start : e+1])
							i = e + 1
							continue
						}
						return "", keyError(py.String(name))
					}
					str, err := py.StrAsString(v)
					if err != nil {
						return "", err
					}
					b.WriteString(str)
					i = e + 1
					continue
				}
			}
		case j < len(s) && isIDStart(s[j]):
			e := j
			for e < len(s) && isIDChar(s[e]) {
				e++
			}
			name := s[j:e]
			v, ok, err := lookup(name)
			if err != nil {
				return "", err
			}
			if !ok {
				if safe {
					b.WriteString(s[start:e])
					i = e
					continue
				}
				return "", keyError(py.String(name))
			}
			str, err := py.StrAsString(v)
			if err != nil {
				return "", err
			}
			b.WriteString(str)
			i = e
			continue
		}
		// invalid placeholder
		if safe {
			b.WriteString(d)
			i = j
			continue
		}
		line, col := 1, 1
		for _, c := range s[:start] {
			if c == '\n' {
				line++
				col = 1
			} else {
				col++
			}
		}
		return "", py.ExceptionNewf(py.ValueError, "Invalid placeholder in string: line %d, col %d", line, col)
	}
	return b.String(), nil
}

func templateSub(safe bool) func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	return func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		t := self.(*Template)
		if len(args) > 1 {
			return nil, py.ExceptionNewf(py.TypeError, "Too many positional arguments")
		}
		var mapping py.Object
		if len(args) == 1 {
			mapping = args[0]
		}
		if d, ok := t.Dict["delimiter"].(py.String); ok {
			t.Delimiter = string(d)
		}
		lookup := func(name string) (py.Object, bool, error) {
			if v, ok := kwargs[name]; ok {
				return v, true, nil
			}
			if mapping == nil {
				return nil, false, nil
			}
			v, err := py.GetItem(mapping, py.String(name))
			if err != nil {
				if py.IsException(py.KeyError, err) {
					return nil, false, nil
				}
				return nil, false, err
			}
			return v, true, nil
		}
		s, err := t.substitute(lookup, safe)
		if err != nil {
			return nil, err
		}
		return py.String(s), nil
	}
}

// Formatter is a basic string.Formatter.
type Formatter struct{}

// FormatterType is string.Formatter.
var FormatterType = py.NewTypeX("Formatter", "", func(metatype *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	return &Formatter{}, nil
}, nil)

// Type returns string.Formatter.
func (f *Formatter) Type() *py.Type { return FormatterType }

func strFormat(format py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	m, err := py.GetAttrString(format, "format")
	if err != nil {
		return nil, err
	}
	return py.Call(m, args, kwargs)
}

func init() {
	TemplateType.Dict["delimiter"] = py.String("$")
	TemplateType.Dict["template"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		return py.String(self.(*Template).Tmpl), nil
	}}
	TemplateType.Dict["substitute"] = py.MustNewMethod("substitute", templateSub(false), 0, "")
	TemplateType.Dict["safe_substitute"] = py.MustNewMethod("safe_substitute", templateSub(true), 0, "")
	TemplateType.Dict["get_identifiers"] = py.MustNewMethod("get_identifiers", func(self py.Object) (py.Object, error) {
		t := self.(*Template)
		out := py.NewList()
		seen := map[string]bool{}
		_, _ = t.substitute(func(name string) (py.Object, bool, error) {
			if !seen[name] {
				seen[name] = true
				out.Append(py.String(name))
			}
			return py.String(""), true, nil
		}, true)
		return out, nil
	}, 0, "")
	FormatterType.Dict["format"] = py.MustNewMethod("format", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(args) < 1 {
			return nil, py.ExceptionNewf(py.TypeError, "format() missing 1 required positional argument: 'format_string'")
		}
		return strFormat(args[0], args[1:], kwargs)
	}, 0, "")
	FormatterType.Dict["vformat"] = py.MustNewMethod("vformat", func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 3 {
			return nil, py.ExceptionNewf(py.TypeError, "vformat() takes 3 arguments")
		}
		pargs, err := collect(args[1])
		if err != nil {
			return nil, err
		}
		kw, err := toStringDict(args[2])
		if err != nil {
			return nil, err
		}
		return strFormat(args[0], py.Tuple(pargs), kw)
	}, 0, "")

	register("string", "A collection of string constants.", []*py.Method{
		method("capwords", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			a, err := parseArgs("capwords", args, kwargs, []string{"s", "sep"}, 1)
			if err != nil {
				return nil, err
			}
			s, err := strArg("capwords", a[0], "")
			if err != nil {
				return nil, err
			}
			var sep *string
			if a[1] != nil && a[1] != py.None {
				v, err := strArg("capwords", a[1], "")
				if err != nil {
					return nil, err
				}
				sep = &v
			}
			return py.String(Capwords(s, sep)), nil
		}),
	}, py.StringDict{
		"ascii_lowercase": py.String(asciiLower),
		"ascii_uppercase": py.String(asciiUpper),
		"ascii_letters":   py.String(asciiLower + asciiUpper),
		"digits":          py.String(digits),
		"hexdigits":       py.String(digits + "abcdefABCDEF"),
		"octdigits":       py.String("01234567"),
		"punctuation":     py.String(punctuation),
		"whitespace":      py.String(whitespace),
		"printable":       py.String(digits + asciiLower + asciiUpper + punctuation + whitespace),
		"Template":        TemplateType,
		"Formatter":       FormatterType,
	})
}
