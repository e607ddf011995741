// Package surface compares the names (and parameter lists) of gowikibot's
// pywikibot package with real pywikibot 9.6.3's, recorded by record.py in
// testdata/pwb963.json.
//
// TestSurface prints what is missing and fails when a name that was
// present (testdata/baseline.txt) vanishes, or when a parameter list
// (from inspect.signature on both sides, which follows the decorators'
// __wrapped__ and __signature__) differs from 9.6.3's and is not one of
// the knownDifferences. `go test ./tests/surface -update` rewrites the
// baseline after names were added.
package surface

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/gowikibot/gowikibot/tests/testbin"
)

var update = flag.Bool("update", false, "rewrite testdata/baseline.txt with the names present now")

// entry is one attribute: its kind and, for callables, the parameters.
type entry struct {
	Kind   string  `json:"kind"`
	Params *string `json:"params"` // nil: inspect found no signature; "": none taken
}

// objects maps an object label (APISite, textlib, ...) to its names.
type objects map[string]map[string]entry

// objectOrder is record.py's order, for stable output.
var objectOrder = []string{"APISite", "Page", "Category", "User", "FilePage", "pagegenerators", "bot",
	"textlib", "exceptions", "pywikibot", "site", "page", "Namespace", "NamespacesDict", "Link", "Revision",
	"FileInfo"}

// extraPrivate are private names wanted on top of the recorded ones:
// attributes pywikibot sets on instances (not in a class's dir()) that
// scripts and test plans use.
var extraPrivate = map[string][]string{"APISite": {"_userinfo"}}

func load(t *testing.T, path string) objects {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var o objects
	if err := json.Unmarshal(raw, &o); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return o
}

// ours runs surface.py in gowikibot and returns our package's surface.
func ours(t *testing.T, want objects) objects {
	t.Helper()
	private := map[string]bool{}
	for _, names := range want {
		for n := range names {
			if strings.HasPrefix(n, "_") {
				private[n] = true
			}
		}
	}
	for _, l := range extraPrivate {
		for _, n := range l {
			private[n] = true
		}
	}
	args := []string{"python", "surface.py"}
	for n := range private {
		args = append(args, n)
	}
	sort.Strings(args[2:])
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "user-config.py"), []byte("family = 'wikipedia'\nmylang = 'test'\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	src, _ := filepath.Abs("surface.py")
	args[1] = src
	cmd := exec.Command(testbin.Gowikibot(t), args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "PYWIKIBOT_DIR="+dir)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("surface.py: %v\n%s", err, stderr.String())
	}
	var o objects
	if err := json.Unmarshal(out, &o); err != nil {
		t.Fatalf("surface.py output: %v\n%s", err, out)
	}
	return o
}

// knownDifferences are the callables whose parameters are known to differ
// from 9.6.3's, each with the reason. They are reported, not counted as
// matching, and the test fails when one starts to match (then drop it).
var knownDifferences = map[string]string{
	"bot.UnhandledAnswer": "pywikibot 9.6.3 misspells its initializer __int__, so inspect finds none on the " +
		"Exception subclass; gowikibot's takes the stop it means to",
}

// sameParams compares two parameter lists as a caller sees them: the
// positional parameters in order, the keyword-only ones in any order
// (gpython's compiler does not keep their order). Defaults are compared
// as record.py writes them (literals, else the type's name).
func sameParams(ours, theirs string) bool {
	norm := func(p string) (pos []string, kw []string) {
		if p == "" {
			return nil, nil
		}
		star := false
		for _, part := range strings.Split(p, ", ") {
			switch {
			case strings.HasPrefix(part, "**"):
				kw = append(kw, part)
			case strings.HasPrefix(part, "*"):
				star = true
				pos = append(pos, part)
			case star:
				kw = append(kw, part)
			default:
				pos = append(pos, part)
			}
		}
		sort.Strings(kw)
		return pos, kw
	}
	op, ok := norm(ours)
	tp, tk := norm(theirs)
	return slices.Equal(op, tp) && slices.Equal(ok, tk)
}

// comparable reports whether a recorded entry counts: re-exports of
// typing names and of the standard library (a module's own imports, such
// as bot.os or textlib.pairwise) do not.
func comparable(e entry) bool { return e.Kind != "typing" && e.Kind != "stdlib" }

func TestSurface(t *testing.T) {
	want := load(t, filepath.Join("testdata", "pwb963.json"))
	for label, names := range extraPrivate {
		for _, n := range names {
			want[label][n] = entry{Kind: "property"} // an instance attribute: a property will do
		}
	}
	got := ours(t, want)

	var present, sigOK, knownSeen, allBad []string
	var report strings.Builder
	totalWant, totalHave, totalSig, totalSigBad := 0, 0, 0, 0
	for _, label := range objectOrder {
		var missing, sigBad []string
		have, n := 0, 0
		for name, e := range want[label] {
			if !comparable(e) {
				continue
			}
			n++
			g, ok := got[label][name]
			if !ok {
				missing = append(missing, name)
				continue
			}
			have++
			present = append(present, label+"."+name)
			if (e.Kind == "property") != (g.Kind == "property") {
				totalSig++
				sigBad = append(sigBad, fmt.Sprintf("    %s: a %s here, a %s in 9.6.3", name, g.Kind, e.Kind))
				continue
			}
			if e.Kind == "property" {
				totalSig++
				sigOK = append(sigOK, label+"."+name)
				continue
			}
			if e.Params == nil && g.Params == nil {
				continue // neither has a signature (a builtin, a Go function)
			}
			totalSig++
			key := label + "." + name
			show := func(p *string) string {
				if p == nil {
					return "no signature"
				}
				return "(" + *p + ")"
			}
			same := e.Params != nil && g.Params != nil && sameParams(*g.Params, *e.Params)
			if why, known := knownDifferences[key]; known {
				if same {
					sigBad = append(sigBad, fmt.Sprintf("    %s: listed in knownDifferences but matches now", name))
					continue
				}
				knownSeen = append(knownSeen, fmt.Sprintf("  %s %s, 9.6.3: %s: %s", key, show(g.Params), show(e.Params), why))
				continue
			}
			if same {
				sigOK = append(sigOK, key)
			} else {
				sigBad = append(sigBad, fmt.Sprintf("    %s%s\n      9.6.3: %s", name, show(g.Params), show(e.Params)))
			}
		}
		sort.Strings(missing)
		sort.Strings(sigBad)
		totalWant += n
		totalHave += have
		totalSigBad += len(sigBad)
		for _, b := range sigBad {
			allBad = append(allBad, label+": "+strings.TrimSpace(b))
		}
		fmt.Fprintf(&report, "%s: %d of %d names", label, have, n)
		if len(missing) > 0 {
			fmt.Fprintf(&report, "; missing %d: %s", len(missing), strings.Join(missing, " "))
		}
		report.WriteString("\n")
		if len(sigBad) > 0 {
			fmt.Fprintf(&report, "  parameters or kind differ (%d):\n%s\n", len(sigBad), strings.Join(sigBad, "\n"))
		}
	}
	sort.Strings(knownSeen)
	if len(knownSeen) > 0 {
		fmt.Fprintf(&report, "known differences (%d):\n%s\n", len(knownSeen), strings.Join(knownSeen, "\n"))
	}
	fmt.Fprintf(&report, "total: %d of %d names present (%d missing); parameters (and property or not): "+
		"%d of %d match, %d known differences, %d differ",
		totalHave, totalWant, totalWant-totalHave, totalSig-totalSigBad-len(knownSeen), totalSig, len(knownSeen),
		totalSigBad)
	t.Log("\n" + report.String())
	if len(allBad) > 0 {
		t.Errorf("%d parameter lists differ from pywikibot 9.6.3's (not in knownDifferences):\n  %s",
			len(allBad), strings.Join(allBad, "\n  "))
	}

	checkBaseline(t, filepath.Join("testdata", "baseline.txt"),
		"# Names of pywikibot 9.6.3's surface present in gowikibot's package (\"name\"), and those\n"+
			"# whose parameter list matches (\"name (params)\"). Written by: go test ./tests/surface -update\n",
		present, sigOK)
}

// TestOfflineSurface runs each offline/NAME.py, the site-free parts of the
// added names, and compares its output with offline/NAME.out, which real
// pywikibot 9.6.3 printed (record: cd tests/surface; PYWIKIBOT_NO_USER_CONFIG=2
// PYTHONPATH=/tmp/pwb963 /usr/bin/python3 offline/NAME.py > offline/NAME.out 2>&1).
func TestOfflineSurface(t *testing.T) {
	scripts, err := filepath.Glob(filepath.Join("offline", "*.py"))
	if err != nil || len(scripts) == 0 {
		t.Fatalf("no offline/*.py: %v", err)
	}
	for _, script := range scripts {
		name := strings.TrimSuffix(filepath.Base(script), ".py")
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			if err := os.WriteFile(filepath.Join(dir, "user-config.py"), []byte("family = 'wikipedia'\nmylang = 'test'\n"), 0o600); err != nil {
				t.Fatal(err)
			}
			src, _ := filepath.Abs(script)
			cmd := exec.Command(testbin.Gowikibot(t), "python", src)
			cmd.Dir = dir
			cmd.Env = append(os.Environ(), "PYWIKIBOT_DIR="+dir)
			out, err := cmd.CombinedOutput()
			if err != nil {
				t.Fatalf("%s: %v\n%s", script, err, out)
			}
			want, err := os.ReadFile(strings.TrimSuffix(script, ".py") + ".out")
			if err != nil {
				t.Fatal(err)
			}
			if string(out) != string(want) {
				t.Errorf("%s output differs from pywikibot 9.6.3's:\n--- gowikibot\n%s--- pywikibot 9.6.3\n%s", script, out, want)
			}
		})
	}
}
