package faults

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gowikibot/gowikibot/tests/testbin"
	"github.com/gowikibot/gowikibot/tests/wikitest"
)

// saver logs in, says "ready", waits for the file "go", then saves its
// page SAVES times and prints the time of each save.
const saver = `import os, sys, time
import pywikibot
site = pywikibot.Site()
site.login()
page = pywikibot.Page(site, 'Shared throttle ' + sys.argv[1])
print('ready', flush=True)
while not os.path.exists('go'):
    time.sleep(0.02)
for i in range(int(sys.argv[2])):
    page.text = 'save %d' % i
    page.save(summary='save %d' % i)
    print('saved', repr(time.time()), flush=True)
`

// saved is one save of a saver process.
type saved struct {
	name string
	at   float64
}

// startSaver starts one saver process for page name in dir.
func startSaver(t *testing.T, dir, name string, saves int, ready chan<- string, times chan<- saved) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(testbin.Gowikibot(t), "-v", "python", "saver.py", name, strconv.Itoa(saves))
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "PYWIKIBOT_DIR=")
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = cmd.Stdout
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			line := sc.Text()
			if os.Getenv("FAULTS_VERBOSE") != "" {
				fmt.Fprintf(os.Stderr, "[%s %s] %s\n", name, time.Now().Format("05.000"), line)
			}
			switch {
			case line == "ready":
				ready <- name
			case strings.HasPrefix(line, "saved "):
				f, _ := strconv.ParseFloat(strings.TrimPrefix(line, "saved "), 64)
				times <- saved{name, f}
			case strings.HasPrefix(line, "Traceback") || strings.HasPrefix(line, "ERROR"):
				ready <- "error: " + line
			}
		}
		io.Copy(io.Discard, out)
	}()
	return cmd
}

// TestFourProcessesShareTheThrottle: four bots with put_throttle 1 in one
// base directory together save once a second, as pywikibot's do, and
// leave throttle.ctrl empty when they end.
func TestFourProcessesShareTheThrottle(t *testing.T) {
	w := wikitest.Get(t)
	dir := botDir(t, w, w.APIURL, "put_throttle = 1\nminthrottle = 0\n")
	os.WriteFile(filepath.Join(dir, "saver.py"), []byte(saver), 0o600)
	const procs, saves = 4, 4
	ready := make(chan string, procs)
	times := make(chan saved, procs*saves)
	var cmds []*exec.Cmd
	for i := 0; i < procs; i++ {
		cmds = append(cmds, startSaver(t, dir, strconv.Itoa(i), saves, ready, times))
	}
	for i := 0; i < procs; i++ {
		if r := <-ready; strings.HasPrefix(r, "error") {
			t.Fatal(r)
		}
	}
	ctrl, _ := os.ReadFile(filepath.Join(dir, "throttle.ctrl"))
	if n := strings.Count(string(ctrl), " fw:fw\n"); n != procs {
		t.Fatalf("throttle.ctrl has %d lines for fw:fw:\n%s", n, ctrl)
	}
	start := time.Now()
	os.WriteFile(filepath.Join(dir, "go"), nil, 0o600)
	var wg sync.WaitGroup
	for _, c := range cmds {
		wg.Add(1)
		go func(c *exec.Cmd) { defer wg.Done(); c.Wait() }(c)
	}
	wg.Wait()
	took := time.Since(start)
	close(times)
	by := map[string][]float64{}
	var all []float64
	for s := range times {
		by[s.name] = append(by[s.name], s.at)
		all = append(all, s.at)
	}
	sort.Float64s(all)
	if len(all) != procs*saves {
		t.Fatalf("%d saves, want %d", len(all), procs*saves)
	}
	// each process saves every 4 s (put_throttle 1 x 4 processes), so
	// together they save once a second: N saves take N s. The throttle
	// spaces the starts of the requests; the times printed are their ends,
	// which the wiki's varying answer time shifts by a fraction of a second.
	minGap := 1e9
	for name, ts := range by {
		for i := 1; i < len(ts); i++ {
			gap := ts[i] - ts[i-1]
			minGap = min(minGap, gap)
			if gap < 3 {
				t.Fatalf("process %s saved %.2f s after its previous save, want 4 s (1 s x 4 processes): %v", name, gap, ts)
			}
		}
		if mean := (ts[len(ts)-1] - ts[0]) / float64(len(ts)-1); mean < 3.8 {
			t.Fatalf("process %s saved every %.2f s, want 4 s (1 s x 4 processes): %v", name, mean, ts)
		}
	}
	rate := float64(len(all)) / (all[len(all)-1] - all[0] + procs*1.0)
	t.Logf("%d processes x %d saves with put_throttle 1: %.1f s in all, %.2f saves/s together, each process at least %.2f s between saves",
		procs, saves, took.Seconds(), rate, minGap)
	for i := 0; i < procs; i++ {
		if revs := history(t, w, "Shared throttle "+strconv.Itoa(i)); len(revs) < saves {
			t.Fatalf("page %d has %d revisions", i, len(revs))
		}
	}
	ctrl, _ = os.ReadFile(filepath.Join(dir, "throttle.ctrl"))
	if strings.TrimSpace(string(ctrl)) != "" {
		t.Fatalf("throttle.ctrl after all ended:\n%s", ctrl)
	}
}

// pwbThrottle is a pywikibot 9.6.3 process holding a Throttle for fw:fw:
// it prints its process count at start and after every line on stdin.
const pwbThrottle = `import sys
sys.path.insert(0, sys.argv[1])
from pywikibot.throttle import Throttle
t = Throttle('fw:fw')
print(t.process_multiplicity, flush=True)
for line in sys.stdin:
    t.checkMultiplicity()
    print(t.process_multiplicity, flush=True)
`

// TestThrottleSharedWithPywikibot: a real pywikibot process and gowikibot
// in one base directory count each other through throttle.ctrl.
func TestThrottleSharedWithPywikibot(t *testing.T) {
	w := wikitest.Get(t)
	pwb := os.Getenv("PYWIKIBOT963")
	if pwb == "" {
		pwb = "/tmp/pwb963"
	}
	rec := recordedThrottleSide(t)
	_, errPwb := os.Stat(filepath.Join(pwb, "pywikibot", "throttle.py"))
	_, errPy := os.Stat("/usr/bin/python3")
	if errPwb != nil || errPy != nil {
		// CI without the checkout (issue #10): the pywikibot side from its
		// recorded outcome
		t.Logf("no pywikibot 9.6.3 at %s (set PYWIKIBOT963) or /usr/bin/python3 (%v %v): replaying its recorded side", pwb, errPwb, errPy)
		throttleAgainstRecorded(t, w, rec)
		return
	}
	dir := botDir(t, w, w.APIURL, "put_throttle = 1\nminthrottle = 0\n")
	os.WriteFile(filepath.Join(dir, "saver.py"), []byte(saver), 0o600)
	py := exec.Command("/usr/bin/python3", "-c", pwbThrottle, pwb)
	py.Env = append(os.Environ(), "PYWIKIBOT_DIR="+dir, "PYWIKIBOT_NO_USER_CONFIG=2")
	py.Dir = dir
	stdin, _ := py.StdinPipe()
	stdout, _ := py.StdoutPipe()
	py.Stderr = os.Stderr
	if err := py.Start(); err != nil {
		t.Fatal(err)
	}
	defer py.Process.Kill()
	pr := bufio.NewReader(stdout)
	count := func() string {
		t.Helper()
		l, err := pr.ReadString('\n')
		if err != nil {
			t.Fatalf("pywikibot helper: %v", err)
		}
		return strings.TrimSpace(l)
	}
	if c := count(); c != "1" {
		t.Fatalf("pywikibot alone counts %s", c)
	}
	// the recording stays true: pywikibot's line as recorded
	ctrl0, _ := os.ReadFile(filepath.Join(dir, "throttle.ctrl"))
	if f := strings.Fields(string(ctrl0)); len(f) != 4 || strings.Join([]string{f[0], f[1], "TIME", f[3]}, " ") != rec.line {
		t.Errorf("pywikibot 9.6.3 wrote %q; testdata/throttle_shared.pwb963 has %q", ctrl0, rec.line)
	}
	ready := make(chan string, 1)
	times := make(chan saved, 3)
	g := startSaver(t, dir, "mixed", 3, ready, times)
	if r := <-ready; strings.HasPrefix(r, "error") {
		t.Fatal(r)
	}
	io.WriteString(stdin, "check\n")
	if c := count(); c != "2" {
		ctrl, _ := os.ReadFile(filepath.Join(dir, "throttle.ctrl"))
		t.Fatalf("pywikibot counts %s processes with gowikibot running, want 2; throttle.ctrl:\n%s", c, ctrl)
	}
	os.WriteFile(filepath.Join(dir, "go"), nil, 0o600)
	g.Wait()
	close(times)
	var ts []float64
	for s := range times {
		ts = append(ts, s.at)
	}
	// 2 s apart between the writes' starts (put_throttle 1 x 2
	// processes; 1 s if pywikibot's process were not counted); the times
	// are taken when each save returns, so a slow wiki's longer first
	// save shortens the first gap: checked over both gaps.
	if len(ts) != 3 || ts[2]-ts[0] < 3.4 || ts[1]-ts[0] < 1.4 || ts[2]-ts[1] < 1.4 {
		t.Fatalf("gowikibot saved at %v; want 2 s apart (put_throttle 1 x 2 processes)", ts)
	}
	io.WriteString(stdin, "check\n")
	if c := count(); c != "1" {
		t.Fatalf("pywikibot still counts %s processes after gowikibot ended", c)
	}
	t.Logf("pywikibot and gowikibot counted each other; gowikibot saved %.2f s and %.2f s apart", ts[1]-ts[0], ts[2]-ts[1])
}
