package surface

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/gowikibot/gowikibot/tests/testbin"
)

// TestSurfaceMore compares the names (and parameter lists) of the
// namespaces record_more.py recorded from pywikibot 9.6.3 in
// testdata/pwb963_more.json (pywikibot.data.api, comms.http, tools, ...,
// site_detect, and the config names scripts read) with gowikibot's,
// listed by surface_more.py (names re-exported from typing, the standard
// library or a third-party package aside). It prints what is missing and fails when a
// name of testdata/baseline_more.txt vanishes or a parameter list that
// matched stops matching (`go test ./tests/surface -run TestSurfaceMore
// -update` rewrites that baseline after names were added).
func TestSurfaceMore(t *testing.T) {
	want := load(t, filepath.Join("testdata", "pwb963_more.json"))
	got := oursMore(t, want)

	labels := make([]string, 0, len(want))
	for l := range want {
		labels = append(labels, l)
	}
	sort.Strings(labels)

	var present, sigOK []string
	var report strings.Builder
	totalWant, totalHave, totalSig, totalSigBad := 0, 0, 0, 0
	for _, label := range labels {
		var missing, sigBad []string
		have, n := 0, 0
		for name, e := range want[label] {
			if !comparable(e) || e.Kind == "external" {
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
			if e.Params == nil || g.Params == nil || *e.Params == "" || *g.Params == "" || wrapperParams(*e.Params) {
				continue
			}
			totalSig++
			if sameParams(*g.Params, *e.Params) {
				sigOK = append(sigOK, label+"."+name)
			} else {
				sigBad = append(sigBad, fmt.Sprintf("    %s(%s)\n      9.6.3: (%s)", name, *g.Params, *e.Params))
			}
		}
		sort.Strings(missing)
		sort.Strings(sigBad)
		totalWant += n
		totalHave += have
		totalSigBad += len(sigBad)
		fmt.Fprintf(&report, "%s: %d of %d names", label, have, n)
		if e, ok := got[label]["__error__"]; ok {
			fmt.Fprintf(&report, " (does not import: %s)", e.Kind)
		}
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

	checkBaseline(t, filepath.Join("testdata", "baseline_more.txt"),
		"# Names of pywikibot 9.6.3's surface (testdata/pwb963_more.json) present in gowikibot's package\n"+
			"# (\"name\"), and those whose parameter list matches (\"name (params)\").\n"+
			"# Written by: go test ./tests/surface -run TestSurfaceMore -update\n",
		present, sigOK)
}

// oursMore runs surface_more.py in gowikibot, asking for the private names
// and the config names the recording has.
func oursMore(t *testing.T, want objects) objects {
	t.Helper()
	private := map[string]bool{}
	for label, names := range want {
		if label == "config" {
			continue
		}
		for n := range names {
			if strings.HasPrefix(n, "_") {
				private[n] = true
			}
		}
	}
	var args []string
	for n := range private {
		args = append(args, n)
	}
	sort.Strings(args)
	var config []string
	for n := range want["config"] {
		config = append(config, n)
	}
	sort.Strings(config)
	args = append(append(args, "--config"), config...)

	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "user-config.py"), []byte("family = 'wikipedia'\nmylang = 'test'\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	src, _ := filepath.Abs("surface_more.py")
	cmd := exec.Command(testbin.Gowikibot(t), append([]string{"python", src}, args...)...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "PYWIKIBOT_DIR="+dir)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("surface_more.py: %v\n%s", err, stderr.String())
	}
	var o objects
	if err := json.Unmarshal(out, &o); err != nil {
		t.Fatalf("surface_more.py output: %v\n%s", err, out)
	}
	return o
}

// checkBaseline rewrites the baseline file (header first) under -update;
// otherwise it fails for each name of the file that is no longer present,
// and each "name (params)" whose parameters no longer match. TestSurface
// and TestSurfaceMore share it.
func checkBaseline(t *testing.T, path, header string, present, sigOK []string) {
	t.Helper()
	sort.Strings(present)
	sigSet := map[string]bool{}
	for _, s := range sigOK {
		sigSet[s] = true
	}
	if *update {
		var b strings.Builder
		b.WriteString(header)
		for _, p := range present {
			if sigSet[p] {
				b.WriteString(p + " (params)\n")
			} else {
				b.WriteString(p + "\n")
			}
		}
		if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	presentSet := map[string]bool{}
	for _, p := range present {
		presentSet[p] = true
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
		t.Errorf("%d regressions against %s:\n  %s", len(regressions), path, strings.Join(regressions, "\n  "))
	}
}

// wrapperParams reports a parameter list that only passes everything on
// (a decorator's wrapper): such signatures are not compared.
func wrapperParams(p string) bool {
	return p == "self, *args, **kwargs" || p == "*args, **kwargs" || p == "cls, *args, **kwargs"
}
