package codecache

import (
	"strings"

	"github.com/go-python/gpython/py"
)

// CompileFunc is the signature of py.Compile.
type CompileFunc = func(src, srcDesc string, mode py.CompileMode, flags int, dontInherit bool) (*py.Code, error)

// OnCompile, when set, is called before Compile or CompileEmbedded
// compiles a source rather than loading its code from the cache (a miss,
// or no cache directory): the binary paces its collector differently for
// a run that compiles (cmd/gowikibot, gctune.go).
var OnCompile func()

// compiling calls OnCompile, if set.
func compiling() {
	if OnCompile != nil {
		OnCompile()
	}
}

// Compile returns the code object of src compiled by compile: decoded from
// the cache when an entry exists, else compiled and stored. A compile
// error is returned as compile returned it and nothing is stored.
func Compile(compile CompileFunc, src, srcDesc string, mode py.CompileMode, flags int, dontInherit bool) (*py.Code, error) {
	if Dir() == "" {
		compiling()
		return compile(src, srcDesc, mode, flags, dontInherit)
	}
	key := Key(src, srcDesc, string(mode), flags, dontInherit)
	if data := load(key); data != "" {
		if code, err := Decode(data); err == nil {
			return code, nil
		}
	}
	compiling()
	code, err := compile(src, srcDesc, mode, flags, dontInherit)
	if err != nil {
		return code, err
	}
	if data, eerr := Encode(code); eerr == nil {
		save(key, data)
	}
	return code, nil
}

// Embedded reports whether srcDesc names a module embedded in the binary,
// whose compiled code the cache keeps: the pywikibot package and bundled
// scripts ("<gowikibot>/...") and the standard library written in Python
// ("<frozen NAME>"). Users' own files are compiled every time, as before.
func Embedded(srcDesc string) bool {
	return strings.HasPrefix(srcDesc, "<gowikibot>/") || strings.HasPrefix(srcDesc, "<frozen ")
}
