// Package thirdparty runs pure-Python packages installed for the machine's
// python3 (Debian's python3-* packages in /usr/lib/python3/dist-packages),
// unmodified, in gowikibot's interpreter: every cases/*.py program must
// print exactly what /usr/bin/python3 prints for it. The packages come
// from tests/wiki/install-packages.sh; without them (or without
// /usr/bin/python3) the cases are skipped, and under CI=true they fail.
package thirdparty

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/gowikibot/gowikibot/tests/testbin"
)

const cpython = "/usr/bin/python3"

// needs maps a case to the Python modules it imports (Debian package
// names in the messages come from debPackage).
var needs = map[string][]string{
	"bs4_html_parser":           {"bs4", "soupsieve"},
	"dateutil_parse":            {"dateutil"},
	"importlib_metadata":        {"mwparserfromhell", "yaml", "bs4", "tqdm", "requests"},
	"mwparserfromhell_wikitext": {"mwparserfromhell"},
	"pure_python_fallbacks":     {"mwparserfromhell", "yaml"},
	"tqdm_generator":            {"tqdm"},
	"unidecode_names":           {"unidecode"},
	"yaml_load_dump":            {"yaml"},
}

var debPackage = map[string]string{
	"bs4": "python3-bs4", "soupsieve": "python3-soupsieve", "dateutil": "python3-dateutil",
	"mwparserfromhell": "python3-mwparserfromhell", "tqdm": "python3-tqdm",
	"unidecode": "python3-unidecode", "yaml": "python3-yaml", "requests": "python3-requests",
}

func missing(t *testing.T, why string) {
	t.Helper()
	if os.Getenv("CI") == "true" {
		t.Fatalf("%s (CI=true: tests/wiki/install-packages.sh installs it)", why)
	}
	t.Skip(why + " (run tests/wiki/install-packages.sh)")
}

func run(t *testing.T, dir string, name string, args ...string) []byte {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "PYTHONHASHSEED=0", "PYTHONDONTWRITEBYTECODE=1")
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	if err != nil {
		out.WriteString("[" + err.Error() + "]\n")
	}
	return out.Bytes()
}

func TestPackagesMatchCPython(t *testing.T) {
	if _, err := os.Stat(cpython); err != nil {
		missing(t, "no "+cpython)
	}
	bin := testbin.Gowikibot(t)
	cases, _ := filepath.Glob("cases/*.py")
	sort.Strings(cases)
	if len(cases) == 0 {
		t.Fatal("no cases in cases/")
	}
	dir, _ := filepath.Abs("cases")
	for _, c := range cases {
		name := strings.TrimSuffix(filepath.Base(c), ".py")
		t.Run(name, func(t *testing.T) {
			mods, ok := needs[name]
			if !ok {
				t.Fatalf("case %s: add its modules to needs", name)
			}
			for _, m := range mods {
				if out := run(t, dir, cpython, "-c", "import "+m); len(out) > 0 {
					missing(t, "python3 cannot import "+m+": install "+debPackage[m])
				}
			}
			want := run(t, dir, cpython, filepath.Base(c))
			got := run(t, dir, bin, "python", filepath.Base(c))
			if !bytes.Equal(got, want) {
				t.Errorf("output differs from CPython\n--- CPython\n%s\n--- gowikibot\n%s", want, got)
			}
		})
	}
}

// TestExtensionModuleImportError checks the error for a C extension module
// without a pure-Python fallback: an ImportError naming the file.
func TestExtensionModuleImportError(t *testing.T) {
	bin := testbin.Gowikibot(t)
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "fast.cpython-311-x86_64-linux-gnu.so"), []byte("\x7fELF"), 0o644); err != nil {
		t.Fatal(err)
	}
	src := "try:\n    import fast\nexcept ImportError as e:\n    print(type(e).__name__, e)\n"
	if err := os.WriteFile(filepath.Join(dir, "main.py"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	got := string(run(t, dir, bin, "python", "main.py"))
	want := "ImportError No module named 'fast': " + filepath.Join(dir, "fast.cpython-311-x86_64-linux-gnu.so") +
		" is a C extension module, which gowikibot's interpreter cannot load (only pure-Python modules)\n"
	if got != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

// TestSysPath checks sys.path's order: the script's directory, PYTHONPATH,
// then the site directories, with no CPython standard library directory.
func TestSysPath(t *testing.T) {
	bin := testbin.Gowikibot(t)
	dir := t.TempDir()
	extra := t.TempDir()
	src := "import sys\nprint('\\n'.join(sys.path))\n"
	if err := os.WriteFile(filepath.Join(dir, "main.py"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "python", "main.py")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "PYTHONPATH="+extra)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(lines) < 2 || lines[0] != dir || lines[1] != extra {
		t.Fatalf("sys.path starts %q, want the script dir %q then PYTHONPATH %q", lines, dir, extra)
	}
	for _, l := range lines {
		if strings.HasPrefix(l, "/usr/lib/python3.") && !strings.HasSuffix(l, "dist-packages") {
			t.Errorf("CPython's standard library %s is on sys.path", l)
		}
	}
	if _, err := os.Stat("/usr/lib/python3/dist-packages"); err == nil {
		found := false
		for _, l := range lines {
			found = found || l == "/usr/lib/python3/dist-packages"
		}
		if !found {
			t.Errorf("sys.path %q lacks /usr/lib/python3/dist-packages", lines)
		}
	}
}
