package codecache

import (
	"github.com/go-python/gpython/py"
)

// CompileEmbedded is Compile for a source embedded in the binary, which
// source returns. The binary's build ID (part of every key) already covers
// the embedded files, so the entry is keyed by the file name without the
// source: a run whose entry exists neither reads nor hashes the source
// (for `import pywikibot` that was about 200 KB read, copied and hashed on
// every start). source is called only to compile, on a miss. Callers must
// use it only for a source that cannot differ within one binary: the
// embedded modules that package python registers lazily, not anything a
// program passes to compile().
func CompileEmbedded(compile CompileFunc, source func() string, srcDesc string, mode py.CompileMode, flags int, dontInherit bool) (*py.Code, error) {
	if Dir() == "" {
		compiling()
		return compile(source(), srcDesc, mode, flags, dontInherit)
	}
	key := embeddedKey(srcDesc, string(mode), flags, dontInherit)
	if data := load(key); data != "" {
		if code, err := Decode(data); err == nil {
			return code, nil
		}
	}
	compiling()
	code, err := compile(source(), srcDesc, mode, flags, dontInherit)
	if err != nil {
		return code, err
	}
	if data, eerr := Encode(code); eerr == nil {
		save(key, data)
	}
	return code, nil
}

// embeddedKey is the cache key of the embedded source compiled as filename
// in mode with flags: Key without the source, in a mode of its own so
// that it never equals the key of a source passed in full.
func embeddedKey(filename, mode string, flags int, dontInherit bool) string {
	return Key("", filename, "embedded:"+mode, flags, dontInherit)
}
