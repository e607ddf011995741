package python

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gowikibot/gowikibot/pyshim/python/lazymod"
)

const lazySrc = "def f(d):\n    return d['k']\nvalue = 42\n"

// A module registered with RegisterLazySource is compiled from its source
// on the first run and loaded from the code cache on the next without its
// source being read; its source is read when a traceback shows one of its
// lines. A program's compile() of another text under the module's file
// name compiles that text. Each run is a process of its own (this test
// binary running TestLazySourceHelper).
func TestLazySourceReadOnlyWhenNeeded(t *testing.T) {
	dir := t.TempDir()
	log := filepath.Join(dir, "log")
	run := func() string {
		t.Helper()
		cmd := exec.Command(os.Args[0], "-test.run=^TestLazySourceHelper$", "-test.count=1")
		cmd.Env = append(os.Environ(), "GWB_LAZYSRC_LOG="+log, "GOWIKIBOT_CODE_CACHE="+filepath.Join(dir, "cache"))
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("helper: %v\n%s", err, out)
		}
		data, _ := os.ReadFile(log)
		os.Remove(log)
		return string(data)
	}
	if got, want := run(), "read\nimported\ntraceback\ncompiled\n"; got != want {
		t.Fatalf("first run (empty cache): log %q, want %q", got, want)
	}
	if got, want := run(), "imported\nread\ntraceback\ncompiled\n"; got != want {
		t.Fatalf("second run (cache filled): log %q, want %q (the source read only for the traceback)", got, want)
	}
}

// TestLazySourceHelper is the process TestLazySourceReadOnlyWhenNeeded
// runs; it does nothing without GWB_LAZYSRC_LOG.
func TestLazySourceHelper(t *testing.T) {
	logPath := os.Getenv("GWB_LAZYSRC_LOG")
	if logPath == "" {
		return
	}
	note := func(s string) {
		f, err := os.OpenFile(logPath, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o600)
		if err != nil {
			t.Fatal(err)
		}
		f.WriteString(s + "\n")
		f.Close()
	}
	const file = "<gowikibot>/gwb_lazysrc.py"
	RegisterLazySource("gwb_lazysrc", file, false, "", func() string { note("read"); return lazySrc })
	var out bytes.Buffer
	in, err := New(Options{Stdout: &out})
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	if _, err := in.RunSource("import gwb_lazysrc\nprint(gwb_lazysrc.value)\n", "<t>", "__main__"); err != nil || out.String() != "42\n" {
		t.Fatalf("import: %v, output %q", err, out.String())
	}
	note("imported")
	_, err = in.RunSource("import gwb_lazysrc\ngwb_lazysrc.f({})\n", "<t2>", "__main__")
	if err == nil || !strings.Contains(err.Error(), "  File \""+file+"\", line 2, in f\n    return d['k']\n           ~^^^^^\nKeyError: 'k'") {
		t.Fatalf("traceback:\n%v", err)
	}
	note("traceback")
	out.Reset()
	src := "g = {}\nexec(compile('value = 7\\n', '" + file + "', 'exec'), g)\nprint(g['value'])\n"
	if _, err := in.RunSource(src, "<t3>", "__main__"); err != nil || out.String() != "7\n" {
		t.Fatalf("compile() under the module's name: %v, output %q", err, out.String())
	}
	if got := ModuleSource(lazymod.ModuleImpl("gwb_lazysrc")); got != lazySrc {
		t.Fatalf("ModuleSource = %q", got)
	}
	note("compiled")
}
