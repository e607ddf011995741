package faults

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gowikibot/gowikibot/tests/wikitest"
)

// throttleSide is pywikibot 9.6.3's recorded side of
// TestThrottleSharedWithPywikibot (testdata/throttle_shared.pwb963).
type throttleSide struct {
	line   string   // its throttle.ctrl line, the time written TIME
	counts []string // its process counts: alone, with gowikibot, after
}

func recordedThrottleSide(t *testing.T) throttleSide {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "throttle_shared.pwb963"))
	if err != nil {
		t.Fatal(err)
	}
	var s throttleSide
	for _, l := range strings.Split(string(data), "\n") {
		if k, v, ok := strings.Cut(l, " "); ok && !strings.HasPrefix(l, "#") {
			switch k {
			case "line":
				s.line = v
			case "counts":
				s.counts = strings.Fields(v)
			}
		}
	}
	if s.line == "" || len(s.counts) != 3 {
		t.Fatalf("testdata/throttle_shared.pwb963: no line or not 3 counts: %+v", s)
	}
	return s
}

// pwbCount is the process count pywikibot 9.6.3's Throttle for site, as
// process pid, takes from a throttle.ctrl text: its own entry and those
// of other processes for site not older than its expiry (600 s); a line
// it cannot parse ("module_id pid time site", pid an int, time a float)
// is skipped, as it skips it.
func pwbCount(ctrl, site string, pid int, now time.Time) int {
	n := 1
	for _, l := range strings.Split(strings.TrimSpace(ctrl), "\n") {
		f := strings.Split(l, " ")
		if len(f) != 4 {
			continue
		}
		p, err1 := strconv.Atoi(f[1])
		tm, err2 := strconv.ParseFloat(f[2], 64)
		if err1 != nil || err2 != nil {
			continue
		}
		if float64(now.Unix())-float64(int64(tm)) > 600 {
			continue
		}
		if f[3] == site && p != pid {
			n++
		}
	}
	return n
}

// throttleAgainstRecorded replays TestThrottleSharedWithPywikibot with
// pywikibot's recorded side: its line is put in throttle.ctrl as a running
// 9.6.3 process leaves it, then gowikibot saves 3 times with put_throttle
// 1 and must count it (2 s apart); pywikibot's reading of the file while
// gowikibot runs and after it ended must give the recorded counts, and
// gowikibot must leave pywikibot's line in place.
func throttleAgainstRecorded(t *testing.T, w *wikitest.Wiki, rec throttleSide) {
	dir := botDir(t, w, w.APIURL, "put_throttle = 1\nminthrottle = 0\n")
	os.WriteFile(filepath.Join(dir, "saver.py"), []byte(saver), 0o600)
	f := strings.Fields(rec.line)
	pid, _ := strconv.Atoi(f[1])
	pwbLine := strings.Replace(rec.line, "TIME", fmt.Sprintf("%.7f", float64(time.Now().UnixNano())/1e9), 1) + "\n"
	ctrlPath := filepath.Join(dir, "throttle.ctrl")
	if err := os.WriteFile(ctrlPath, []byte(pwbLine), 0o600); err != nil {
		t.Fatal(err)
	}
	read := func() string {
		b, _ := os.ReadFile(ctrlPath)
		return string(b)
	}
	if c := strconv.Itoa(pwbCount(read(), f[3], pid, time.Now())); c != rec.counts[0] {
		t.Fatalf("pywikibot's line alone counts %s, recorded %s", c, rec.counts[0])
	}
	ready := make(chan string, 1)
	times := make(chan saved, 3)
	g := startSaver(t, dir, "mixed", 3, ready, times)
	if r := <-ready; strings.HasPrefix(r, "error") {
		t.Fatal(r)
	}
	if c := strconv.Itoa(pwbCount(read(), f[3], pid, time.Now())); c != rec.counts[1] {
		t.Fatalf("pywikibot would count %s processes with gowikibot running, recorded %s; throttle.ctrl:\n%s", c, rec.counts[1], read())
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
	after := read()
	if after != pwbLine {
		t.Errorf("throttle.ctrl after gowikibot ended:\n%s\nwant pywikibot's line alone:\n%s", after, pwbLine)
	}
	if c := strconv.Itoa(pwbCount(after, f[3], pid, time.Now())); c != rec.counts[2] {
		t.Fatalf("pywikibot would count %s processes after gowikibot ended, recorded %s", c, rec.counts[2])
	}
	t.Logf("gowikibot counted pywikibot's recorded line; saved %.2f s and %.2f s apart", ts[1]-ts[0], ts[2]-ts[1])
}
