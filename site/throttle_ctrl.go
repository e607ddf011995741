package site

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/gowikibot/gowikibot/auth"
)

// Processes that use the same base directory share one throttle, as in
// pywikibot: each records itself in <base_dir>/throttle.ctrl, one line
// "module_id pid time site" per process and site (pid is a small number
// the process picks, not its process id; time is when it last checked in),
// and every delay is multiplied by the number of live processes for the
// site, so four bots with put_throttle 1 together save once a second.
// Entries not refreshed for ctrlExpiry are dead. The file format is
// pywikibot's, so pywikibot and gowikibot processes count each other.
//
// pywikibot rewrites the file without a lock; gowikibot serialises its own
// rewrites with an flock on <base_dir>/throttle.ctrl.lock and replaces the
// file by rename, so a reader never sees half of it. It also re-reads the
// count before every write, and before a read once a second has passed
// (pywikibot only every ctrlRecheck), so the first process notices the ones
// started after it at once.

const (
	ctrlFile    = "throttle.ctrl"
	ctrlExpiry  = 600 * time.Second // pywikibot's Throttle.expiry
	ctrlRecheck = 300 * time.Second // pywikibot's Throttle.checkdelay
	ctrlRecount = time.Second       // before reads, re-read the count at most this often
	lockWait    = 2 * time.Second   // give up the lock after this (a stopped process holds it)
)

// ctrlPID is this process's number in throttle.ctrl files, shared by all
// its sites as in pywikibot (0 until picked).
var ctrlPID struct {
	sync.Mutex
	n int
}

// CalledModule names the running program in throttle.ctrl (pywikibot's
// calledModuleName: the script's name without .py). The default is the
// executable's name.
var CalledModule = strings.TrimSuffix(filepath.Base(os.Args[0]), ".exe")

// ctrlEntry is one line of throttle.ctrl.
type ctrlEntry struct {
	module string
	pid    int
	time   float64
	raw    string // the time as written, kept when rewriting others' lines
	site   string
}

// procThrottle is one site's share of the throttle.ctrl of a base dir.
type procThrottle struct {
	path string
	site string
	now  func() time.Time
	logf func(level int, format string, args ...any)

	mu        sync.Mutex
	checkedIn time.Time // our line last written
	counted   time.Time // file last read
	mult      int
}

func newProcThrottle(baseDir, site string, now func() time.Time, logf func(int, string, ...any)) *procThrottle {
	return &procThrottle{path: filepath.Join(baseDir, ctrlFile), site: site, now: now, logf: logf, mult: 1}
}

// moduleID is the 4-hex-digit id of the module. pywikibot uses a 2-byte
// BLAKE2b digest, which the Go standard library lacks; the id only tells
// runs of the same script apart (pywikibot's get_pid, for log file names),
// so a 2-byte SHA-256 digest serves, and the line format stays the same.
func moduleID(name string) string {
	h := sha256.Sum256([]byte(name))
	return hex.EncodeToString(h[:2])
}

// multiplicity returns the number of live processes for the site,
// this one included, checking in first when due. The count is re-read for
// every write (they are put_throttle apart) and at most once a second for
// reads.
func (p *procThrottle) multiplicity(write bool) int {
	p.mu.Lock()
	defer p.mu.Unlock()
	now := p.now()
	switch {
	case p.checkedIn.IsZero() || now.Sub(p.checkedIn) >= ctrlRecheck:
		p.checkIn(now)
	case write || now.Sub(p.counted) >= ctrlRecount:
		entries, _ := readCtrl(p.path)
		if n := p.count(entries, now, myPID()); n != p.mult {
			p.logf(1, "Found %d %s processes running, including this one.", n, p.site)
			p.mult = n
		}
		p.counted = now
	}
	return p.mult
}

func myPID() int {
	ctrlPID.Lock()
	defer ctrlPID.Unlock()
	return ctrlPID.n
}

// count is 1 plus the live entries of the site that are not ours.
func (p *procThrottle) count(entries []ctrlEntry, now time.Time, pid int) int {
	n := 1
	for _, e := range entries {
		if e.site == p.site && e.pid != pid && !expired(e, now) {
			n++
		}
	}
	return n
}

func expired(e ctrlEntry, now time.Time) bool {
	return float64(now.UnixNano())/1e9-float64(int64(e.time)) > ctrlExpiry.Seconds()
}

// checkIn rewrites the file with our line refreshed and dead ones dropped.
func (p *procThrottle) checkIn(now time.Time) {
	p.checkedIn, p.counted = now, now
	unlock := lockCtrl(p.path)
	defer unlock()
	entries, err := readCtrl(p.path)
	if err != nil && !os.IsNotExist(err) {
		p.logf(1, "throttle: cannot read %s: %v", p.path, err)
	}
	ctrlPID.Lock()
	if ctrlPID.n == 0 {
		used := map[int]bool{}
		for _, e := range entries {
			used[e.pid] = true
		}
		for ctrlPID.n = 1; used[ctrlPID.n]; ctrlPID.n++ {
		}
	}
	pid := ctrlPID.n
	ctrlPID.Unlock()
	p.mult = p.count(entries, now, pid)
	var keep []ctrlEntry
	for _, e := range entries {
		if !expired(e, now) && (e.site != p.site || e.pid != pid) {
			keep = append(keep, e)
		}
	}
	t := float64(now.UnixNano()) / 1e9
	keep = append(keep, ctrlEntry{module: moduleID(CalledModule), pid: pid, time: t, raw: strconv.FormatFloat(t, 'f', -1, 64), site: p.site})
	if err := writeCtrl(p.path, keep); err != nil {
		p.logf(1, "throttle: cannot write %s: %v", p.path, err)
	}
	p.logf(1, "Found %d %s processes running, including this one.", p.mult, p.site)
}

// drop removes our line for the site (the site is closed).
func (p *procThrottle) drop() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.checkedIn.IsZero() {
		return
	}
	p.checkedIn = time.Time{}
	unlock := lockCtrl(p.path)
	defer unlock()
	entries, err := readCtrl(p.path)
	if err != nil {
		return
	}
	pid, now := myPID(), p.now()
	var keep []ctrlEntry
	for _, e := range entries {
		if !expired(e, now) && (e.site != p.site || e.pid != pid) {
			keep = append(keep, e)
		}
	}
	writeCtrl(p.path, keep)
}

// readCtrl parses throttle.ctrl; malformed lines are skipped, as pywikibot
// does (it writes the file in place, so a reader may catch half of it).
func readCtrl(path string) ([]ctrlEntry, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out []ctrlEntry
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Split(strings.TrimRight(line, "\r"), " ")
		if len(f) != 4 {
			continue
		}
		pid, err1 := strconv.Atoi(f[1])
		t, err2 := strconv.ParseFloat(f[2], 64)
		if err1 != nil || err2 != nil || f[3] == "" {
			continue
		}
		out = append(out, ctrlEntry{module: f[0], pid: pid, time: t, raw: f[2], site: f[3]})
	}
	return out, nil
}

// writeCtrl replaces the file with entries sorted by pid and site.
func writeCtrl(path string, entries []ctrlEntry) error {
	sort.SliceStable(entries, func(i, j int) bool {
		if entries[i].pid != entries[j].pid {
			return entries[i].pid < entries[j].pid
		}
		return entries[i].site < entries[j].site
	})
	var b strings.Builder
	for _, e := range entries {
		b.WriteString(e.module + " " + strconv.Itoa(e.pid) + " " + e.raw + " " + e.site + "\n")
	}
	auth.RemoveStaleTemps(path)
	// not flushed to the disk: a run checks in before its first request
	return auth.ReplaceFile(path, []byte(b.String()), 0o644)
}

// lockCtrl takes the flock beside path, waiting up to lockWait; the
// returned function releases it. Without the lock (it cannot be created,
// or its holder is stuck) the rewrite goes ahead unlocked, as pywikibot's
// always does.
func lockCtrl(path string) func() {
	f, err := os.OpenFile(path+".lock", os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return func() {}
	}
	deadline := time.Now().Add(lockWait)
	for {
		err = tryLock(f)
		if err == nil || !errors.Is(err, syscall.EWOULDBLOCK) || time.Now().After(deadline) {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	if err != nil {
		f.Close()
		return func() {}
	}
	return func() {
		unlock(f)
		f.Close()
	}
}
