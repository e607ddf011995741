package scriptstart

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gowikibot/gowikibot/tests/testbin"
)

// releases are the pywikibot checkouts compared, with the environment
// variable naming each and its default folder.
var releases = []struct{ name, env, dir string }{
	{"9.6.3", "PYWIKIBOT963", "/tmp/pwb963"},
	{"7.7.3", "PYWIKIBOT773", "/tmp/pwb773"},
	{"11.7.0", "PYWIKIBOT11", "/tmp/pwb11"},
}

// record rewrites testdata/starts-RELEASE.md from this run when set.
var record = os.Getenv("GOWIKIBOT_RECORD") != ""

// TestOwnScriptsStart runs the project's own small scripts (testdata/
// scripts), which import the modules and names pywikibot's scripts
// import: every one must print its docstring and exit 0. It runs
// everywhere, CI included.
func TestOwnScriptsStart(t *testing.T) {
	bin := testbin.Gowikibot(t)
	cfg := t.TempDir()
	if err := WriteConfig(cfg); err != nil {
		t.Fatal(err)
	}
	files := Scripts("testdata/scripts")
	if len(files) < 20 {
		t.Fatalf("only %d scripts in testdata/scripts", len(files))
	}
	for i, f := range files {
		files[i], _ = filepath.Abs(f)
	}
	res := RunAll(bin, cfg, files)
	for _, r := range res {
		if !r.Starts {
			t.Errorf("%s does not start: %s", r.Script, r.Error)
		}
	}
	t.Logf("%d scripts\n%s", len(res), Table("own", res))
}

// TestPywikibotScriptsStart runs every script of each pywikibot checkout
// present and prints the table. A script recorded as starting in
// testdata/starts-RELEASE.md that no longer starts fails the test;
// GOWIKIBOT_RECORD=1 records the run.
func TestPywikibotScriptsStart(t *testing.T) {
	bin := testbin.Gowikibot(t)
	ran := 0
	for _, rel := range releases {
		dir := os.Getenv(rel.env)
		if dir == "" {
			dir = rel.dir
		}
		if _, err := os.Stat(filepath.Join(dir, "scripts")); err != nil {
			t.Logf("%s: no checkout at %s (set %s)", rel.name, dir, rel.env)
			continue
		}
		ran++
		t.Run(rel.name, func(t *testing.T) {
			cfg := t.TempDir()
			if err := WriteConfig(cfg); err != nil {
				t.Fatal(err)
			}
			res := RunAll(bin, cfg, Scripts(filepath.Join(dir, "scripts")))
			starts := 0
			for _, r := range res {
				if r.Starts {
					starts++
				}
			}
			table := Table(rel.name, res)
			t.Logf("%d of %d scripts start\n%s", starts, len(res), table)
			file := filepath.Join("testdata", "starts-"+rel.name+".md")
			if record {
				if err := os.WriteFile(file, []byte(table), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(file)
			if err != nil {
				t.Fatalf("no recorded table %s (run with GOWIKIBOT_RECORD=1)", file)
			}
			recorded := map[string]bool{}
			for _, line := range strings.Split(string(want), "\n") {
				f := strings.Split(line, " | ")
				if len(f) > 2 && f[1] == "yes" {
					recorded[strings.TrimPrefix(f[0], "| ")] = true
				}
			}
			for _, r := range res {
				if recorded[r.Script] && !r.Starts {
					t.Errorf("%s started before and no longer does: %s", r.Script, r.Error)
				}
			}
		})
	}
	if ran == 0 {
		t.Log("no pywikibot checkout: only TestOwnScriptsStart checks script starts")
	}
}

// TestUserScriptPaths checks that "gowikibot SCRIPT" finds a script in a
// folder of user_script_paths, as pwb.py does, and that a script there
// can import its sibling scripts as the package "scripts" (pwb.py runs
// with the checkout's root on sys.path).
func TestUserScriptPaths(t *testing.T) {
	bin := testbin.Gowikibot(t)
	root := t.TempDir()
	scripts := filepath.Join(root, "scripts")
	if err := os.MkdirAll(scripts, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, src := range map[string]string{
		"__init__.py":   "",
		"helper_mod.py": "VALUE = 'from the sibling'\n",
		"uses_sibling.py": `"""Imports its sibling as pwb.py's directory mode allows."""
import pywikibot
try:
    from scripts.helper_mod import VALUE
except ModuleNotFoundError:
    from pywikibot_scripts.helper_mod import VALUE


def main(*args):
    for arg in pywikibot.handle_args(args):
        pass
    print(VALUE)


if __name__ == '__main__':
    main()
`,
	} {
		if err := os.WriteFile(filepath.Join(scripts, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cfg := t.TempDir()
	conf := userConfig + "user_script_paths = [" + "'" + scripts + "']\n"
	if err := os.WriteFile(filepath.Join(cfg, "user-config.py"), []byte(conf), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"uses_sibling", "-help"}, {"uses_sibling"}} {
		cmd := exec.Command(bin, append([]string{"-dir:" + cfg}, args...)...)
		cmd.Dir = cfg
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("gowikibot %v: %v\n%s", args, err, out)
		}
		want := "from the sibling"
		if args[len(args)-1] == "-help" {
			want = "Imports its sibling as pwb.py's directory mode allows."
		}
		if !strings.Contains(string(out), want) {
			t.Errorf("gowikibot %v: %q not in\n%s", args, want, out)
		}
	}
}
