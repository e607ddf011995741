package classes

import "github.com/go-python/gpython/py"

// strTextSignatures are CPython 3.11's __text_signature__ of str's methods
// (those that have one; "$self" is the instance, dropped from a bound
// method's signature): inspect.signature(str.removeprefix) reads it, as
// CPython's reads the signature line of a builtin's docstring.
// pywikibot 9.6.3's backports.removeprefix is str.removeprefix, and its
// surface records that signature.
var strTextSignatures = map[string]string{
	"capitalize":   "($self, /)",
	"casefold":     "($self, /)",
	"center":       "($self, width, fillchar=' ', /)",
	"encode":       "($self, /, encoding='utf-8', errors='strict')",
	"expandtabs":   "($self, /, tabsize=8)",
	"isalnum":      "($self, /)",
	"isalpha":      "($self, /)",
	"isascii":      "($self, /)",
	"isdecimal":    "($self, /)",
	"isdigit":      "($self, /)",
	"isidentifier": "($self, /)",
	"islower":      "($self, /)",
	"isnumeric":    "($self, /)",
	"isprintable":  "($self, /)",
	"isspace":      "($self, /)",
	"istitle":      "($self, /)",
	"isupper":      "($self, /)",
	"join":         "($self, iterable, /)",
	"ljust":        "($self, width, fillchar=' ', /)",
	"lower":        "($self, /)",
	"lstrip":       "($self, chars=None, /)",
	"partition":    "($self, sep, /)",
	"removeprefix": "($self, prefix, /)",
	"removesuffix": "($self, suffix, /)",
	"replace":      "($self, old, new, count=-1, /)",
	"rjust":        "($self, width, fillchar=' ', /)",
	"rpartition":   "($self, sep, /)",
	"rsplit":       "($self, /, sep=None, maxsplit=-1)",
	"rstrip":       "($self, chars=None, /)",
	"split":        "($self, /, sep=None, maxsplit=-1)",
	"splitlines":   "($self, /, keepends=False)",
	"strip":        "($self, chars=None, /)",
	"swapcase":     "($self, /)",
	"title":        "($self, /)",
	"translate":    "($self, table, /)",
	"upper":        "($self, /)",
	"zfill":        "($self, width, /)",
}

// textSignature returns the __text_signature__ of a builtin method of
// str, or None.
func textSignature(m *py.Method) py.Object {
	if methodOwner(m) == py.StringType {
		if sig, ok := strTextSignatures[m.Name]; ok {
			return py.String(sig)
		}
	}
	return py.None
}
