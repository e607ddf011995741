package python

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// A lazily registered module forgotten with `del sys.modules[name]` runs
// again on its next import, once, though its body imports itself (as
// pywikibot's package does through its submodules); it used to recurse
// until Go's stack limit killed the process. Run in a process of its own
// (TestReimportHelper), so that a regression fails this test rather than
// the test binary.
func TestReimportSelfImportingModule(t *testing.T) {
	cmd := exec.Command(os.Args[0], "-test.run=^TestReimportHelper$", "-test.count=1", "-test.v")
	cmd.Env = append(os.Environ(), "GWB_REIMPORT_HELPER=1", "GOWIKIBOT_CODE_CACHE=off")
	out, err := cmd.CombinedOutput()
	if err != nil || !strings.Contains(string(out), "runs [1, 2]") {
		t.Fatalf("helper: %v\n%.2000s", err, out)
	}
}

// TestReimportHelper is the process TestReimportSelfImportingModule runs.
func TestReimportHelper(t *testing.T) {
	if os.Getenv("GWB_REIMPORT_HELPER") == "" {
		return
	}
	RegisterLazySource("gwb_counter", "<gowikibot>/gwb_counter.py", false, "", func() string {
		return "runs = []\n"
	})
	RegisterLazySource("gwb_selfimport", "<gowikibot>/gwb_selfimport.py", false, "", func() string {
		return "import gwb_selfimport\nimport gwb_counter\ngwb_counter.runs.append(len(gwb_counter.runs) + 1)\n"
	})
	in, err := New(Options{Argv: []string{"t.py"}})
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	err = in.Exec(`import sys
import gwb_selfimport
first = gwb_selfimport
del sys.modules['gwb_selfimport']
import gwb_selfimport
assert gwb_selfimport is not first
import gwb_counter
print('runs', gwb_counter.runs)
`, "t.py", nil)
	if err != nil {
		t.Fatal(err)
	}
}
