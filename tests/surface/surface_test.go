// Package surface compares the names (and parameter lists) of gowikibot's
// pywikibot package with real pywikibot 9.6.3's, recorded by record.py in
// testdata/pwb963.json.
//
// TestSurface prints what is missing and fails when a name that was
// present (testdata/baseline.txt) vanishes or a parameter list that
// matched stops matching. `go test ./tests/surface -update` rewrites the
// baseline after names were added.
package surface

import (
	"bufio"
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
	Kind   string `json:"kind"`
	Params string `json:"params"`
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

// wrapperParams reports whether a recorded parameter list is only a
// decorator's (*args, **kwargs) wrapper, which says nothing about the
// parameters the function takes.
func wrapperParams(p string) bool {
	return p == "self, *args, **kwargs" || p == "*args, **kwargs" || p == "cls, *args, **kwargs"
}

// deprecatedDefault marks a parameter that pywikibot's deprecated_args
// decorator adds, as in: botflag='[deprecated name of bot]'
const deprecatedDefault = "'[deprecated name of "

// sameParams compares two parameter lists as a caller sees them: the
// positional parameters in order, the keyword-only ones in any order. A
// deprecated alias (which pywikibot's decorator shows as a parameter but
// accepts only by keyword) is left out of both lists.
func sameParams(ours, theirs string) bool {
	var aliases []string
	var kept []string
	for _, part := range strings.Split(theirs, ", ") {
		if i := strings.Index(part, "="); i > 0 && strings.HasPrefix(part[i+1:], deprecatedDefault) {
			aliases = append(aliases, part[:i])
			continue
		}
		kept = append(kept, part)
	}
	if len(aliases) > 0 {
		theirs = strings.Join(kept, ", ")
		var mine []string
		for _, part := range strings.Split(ours, ", ") {
			name := strings.SplitN(part, "=", 2)[0]
			if !slices.Contains(aliases, name) {
				mine = append(mine, part)
			}
		}
		ours = strings.Join(mine, ", ")
	}
	norm := func(p string) (pos []string, kw []string) {
		if p == "" {
			return nil, nil
		}
		star := false
		for _, part := range strings.Split(p, ", ") {
			if i := strings.Index(part, "="); i > 0 && strings.HasPrefix(part[i+1:], deprecatedDefault) {
				part = part[:i] + "=<deprecated>"
			}
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
	if len(op) != len(tp) || len(ok) != len(tk) {
		return false
	}
	eq := func(a, b string) bool {
		if strings.HasSuffix(b, "=<deprecated>") {
			return strings.SplitN(a, "=", 2)[0] == strings.TrimSuffix(b, "=<deprecated>")
		}
		return a == b
	}
	for i := range op {
		if !eq(op[i], tp[i]) {
			return false
		}
	}
	for i := range ok {
		if !eq(ok[i], tk[i]) {
			return false
		}
	}
	return true
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

	var present, sigOK []string
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
			if e.Params == "" || g.Params == "" {
				continue
			}
			if wrapperParams(e.Params) {
				continue // a decorator's wrapper: 9.6.3's parameters are unknown
			}
			totalSig++
			if sameParams(g.Params, e.Params) {
				sigOK = append(sigOK, label+"."+name)
			} else {
				sigBad = append(sigBad, fmt.Sprintf("    %s(%s)\n      9.6.3: (%s)", name, g.Params, e.Params))
			}
		}
		sort.Strings(missing)
		sort.Strings(sigBad)
		totalWant += n
		totalHave += have
		totalSigBad += len(sigBad)
		fmt.Fprintf(&report, "%s: %d of %d names", label, have, n)
		if len(missing) > 0 {
			fmt.Fprintf(&report, "; missing %d: %s", len(missing), strings.Join(missing, " "))
		}
		report.WriteString("\n")
		if len(sigBad) > 0 {
			fmt.Fprintf(&report, "  parameters or kind differ (%d):\n%s\n", len(sigBad), strings.Join(sigBad, "\n"))
		}
	}
	fmt.Fprintf(&report, "total: %d of %d names present (%d missing); parameters (and property or not): %d of %d match",
		totalHave, totalWant, totalWant-totalHave, totalSig-totalSigBad, totalSig)
	t.Log("\n" + report.String())

	sort.Strings(present)
	sort.Strings(sigOK)
	basePath := filepath.Join("testdata", "baseline.txt")
	if *update {
		var b strings.Builder
		b.WriteString("# Names of pywikibot 9.6.3's surface present in gowikibot's package (\"name\"), and those\n" +
			"# whose parameter list matches (\"name (params)\"). Written by: go test ./tests/surface -update\n")
		sigSet := map[string]bool{}
		for _, s := range sigOK {
			sigSet[s] = true
		}
		for _, p := range present {
			if sigSet[p] {
				b.WriteString(p + " (params)\n")
			} else {
				b.WriteString(p + "\n")
			}
		}
		if err := os.WriteFile(basePath, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	f, err := os.Open(basePath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	presentSet, sigSet := map[string]bool{}, map[string]bool{}
	for _, p := range present {
		presentSet[p] = true
	}
	for _, s := range sigOK {
		sigSet[s] = true
	}
	var regressions []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, withParams := strings.CutSuffix(line, " (params)")
		switch {
		case !presentSet[name]:
			regressions = append(regressions, name+" vanished")
		case withParams && !sigSet[name]:
			regressions = append(regressions, name+": parameters no longer match 9.6.3's")
		}
	}
	if len(regressions) > 0 {
		t.Errorf("%d regressions against %s:\n  %s", len(regressions), basePath, strings.Join(regressions, "\n  "))
	}
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
