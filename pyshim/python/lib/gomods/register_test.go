package gomods

import (
	"slices"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/gowikibot/gowikibot/pyshim/python/lazymod"
)

// Every module of the package is registered lazily: known by name at
// start-up, built only when imported.
func TestModulesAreLazy(t *testing.T) {
	names := lazymod.Names()
	for _, m := range []string{
		"subprocess", "_gwb_proc", "signal", "_gwb_signal", "zlib", "gzip", "bz2", "lzma", "zipfile",
		"hmac", "secrets", "struct", "array", "threading", "queue", "concurrent", "concurrent.futures",
		"requests", "requests.exceptions", "urllib.request", "http.client", "http", "socket", "select",
		"selectors", "ssl", "webbrowser", "sqlite3", "xml.etree.ElementTree", "xml.dom.minidom", "zoneinfo",
		"cmath", "smtplib", "dis", "opcode", "_gwb_dis", "tarfile", "_gwb_tar", "socketserver", "http.server",
		"http.cookies", "xmlrpc", "xmlrpc.client", "ftplib",
	} {
		if !slices.Contains(names, m) {
			t.Errorf("%s is not registered lazily (or was built before any import)", m)
		}
		if py.GetModuleImpl(m) != nil {
			t.Errorf("%s was built at start-up", m)
		}
	}
}

// A package (a module with submodules) gets __path__; a plain module not.
func TestPackagesHavePath(t *testing.T) {
	for name, pkg := range map[string]bool{"requests": true, "concurrent": true, "xml.etree": true, "http": true, "xmlrpc": true, "queue": false, "ftplib": false} {
		impl := lazymod.ModuleImpl(name)
		if impl == nil {
			t.Fatalf("%s: not registered", name)
		}
		_, has := impl.Globals["__path__"]
		if has != pkg {
			t.Errorf("%s: __path__ present = %v, want %v", name, has, pkg)
		}
	}
}

func TestStructFormats(t *testing.T) {
	for _, c := range []struct {
		fmt  string
		size int
	}{{"<i", 4}, {"@bi", 8}, {"=bi", 5}, {"@hq", 16}, {"3s2x", 5}, {">HHI", 8}, {"!e", 2}} {
		sf, err := parseStructFormat(c.fmt)
		if err != nil || sf.size != c.size {
			t.Errorf("calcsize(%q) = %v, %v; want %d", c.fmt, sf, err, c.size)
		}
	}
	if _, err := parseStructFormat("z"); err == nil {
		t.Error("format 'z' accepted")
	}
}

func TestFloat16RoundTrip(t *testing.T) {
	for _, f := range []float64{0, 1, -2.5, 65504, 0.0001220703125, 6.103515625e-05} {
		if got := float16value(float16bits(f)); got != f {
			t.Errorf("float16(%v) round trip = %v", f, got)
		}
	}
}
