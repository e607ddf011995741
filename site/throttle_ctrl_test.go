package site

import (
	"bytes"
	"context"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

// TestPutThrottleClampedToMaxthrottle: -pt:1e10 waits maxthrottle (60 s),
// not 292 years, and says so once.
func TestPutThrottleClampedToMaxthrottle(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	fx := newFixture(t, func(o *Options) {
		o.Config.PutThrottle = 1e10
		o.Now = func() time.Time { return now }
		o.Sleep = func(ctx context.Context, d time.Duration) error {
			now = now.Add(d)
			return nil
		}
	})
	var waits []time.Duration
	fx.s.sleep = func(ctx context.Context, d time.Duration) error {
		waits = append(waits, d)
		now = now.Add(d)
		return nil
	}
	ctx := context.Background()
	for i := 0; i < 3; i++ {
		if _, err := fx.s.Edit(ctx, Edit{Title: "H", Text: fmt.Sprint(i)}); err != nil {
			t.Fatal(err)
		}
	}
	if !reflect.DeepEqual(waits, []time.Duration{60 * time.Second, 60 * time.Second}) {
		t.Fatalf("waits = %v, want maxthrottle twice", waits)
	}
	if n := strings.Count(fx.log.String(), "put_throttle 1e+10 s is more than maxthrottle; waiting 60 s between saves"); n != 1 {
		t.Fatalf("warning shown %d times:\n%s", n, fx.log.String())
	}
}

// TestNonFiniteThrottleRejected: NaN (which switched the throttle off)
// and infinities are an error naming the variable and the fix.
func TestNonFiniteThrottleRejected(t *testing.T) {
	for _, v := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		cfg := testConfig(t.TempDir())
		cfg.PutThrottle = v
		_, err := New(Options{APIURL: "http://127.0.0.1:1/api.php", Config: cfg})
		want := fmt.Sprintf("put_throttle is %v: the throttle needs a finite number of seconds. Fix: set put_throttle in user-config.py (or -pt: for put_throttle) to a number from 0 to maxthrottle", v)
		if err == nil || err.Error() != want {
			t.Fatalf("put_throttle %v: %v", v, err)
		}
	}
}

// TestThrottleSharedThroughCtrlFile: a site checks in to throttle.ctrl in
// pywikibot's format, multiplies its delays by the live entries of other
// processes for the same site (expired ones and other sites do not count),
// notices processes that arrive later, and removes its line on Close.
func TestThrottleSharedThroughCtrlFile(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	ctrlPID.Lock()
	ctrlPID.n = 0 // as in a new process
	ctrlPID.Unlock()
	dir := t.TempDir()
	ctrl := filepath.Join(dir, "throttle.ctrl")
	ts := func(d time.Duration) string { return fmt.Sprint(now.Add(d).Unix()) }
	fx := &siteFixture{f: newFakeWiki(t), sl: &fakeSleeper{}, log: &bytes.Buffer{}, dir: dir}
	site := fx.f.ts.URL[len("http://"):]
	// pywikibot processes 1 and 3 on this site (one written with a
	// fraction, as pywikibot writes its own line), one expired, one elsewhere
	os.WriteFile(ctrl, []byte("d7e3 1 "+ts(-time.Minute)+".25 "+site+"\n"+
		"d7e3 2 "+ts(-11*time.Minute)+" "+site+"\n"+
		"0a1b 3 "+ts(-time.Second)+" "+site+"\n"+
		"0a1b 4 "+ts(0)+" wikipedia:en\n"+
		"garbage line\n"), 0o644)
	var waits []time.Duration
	fx.s = fx.open(t, func(o *Options) {
		o.Config.PutThrottle = 2
		o.Now = func() time.Time { return now }
		o.Sleep = func(ctx context.Context, d time.Duration) error {
			waits = append(waits, d)
			now = now.Add(d)
			return nil
		}
	})
	ctx := context.Background()
	edit := func(text string) {
		t.Helper()
		if _, err := fx.s.Edit(ctx, Edit{Title: "H", Text: text}); err != nil {
			t.Fatal(err)
		}
	}
	edit("1")
	b, _ := os.ReadFile(ctrl)
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	// the expired line is gone; our number is the first one no line
	// used, expired ones included, as pywikibot picks it (5)
	if len(lines) != 4 || lines[0] != "d7e3 1 "+ts(-time.Minute)+".25 "+site || !strings.HasSuffix(lines[2], " wikipedia:en") {
		t.Fatalf("throttle.ctrl:\n%s", b)
	}
	own := strings.Split(lines[3], " ")
	if len(own) != 4 || own[0] != moduleID(CalledModule) || own[1] != "5" || own[3] != site || !strings.HasPrefix(own[2], ts(0)) {
		t.Fatalf("own line %q", lines[3])
	}
	edit("2")
	// three processes: 2 s x 3
	if !reflect.DeepEqual(waits, []time.Duration{6 * time.Second}) {
		t.Fatalf("waits = %v, want 6s", waits)
	}
	// a fourth process arrives; the count is re-read before the next save
	f, _ := os.OpenFile(ctrl, os.O_APPEND|os.O_WRONLY, 0)
	f.WriteString("beef 6 " + ts(0) + " " + site + "\n")
	f.Close()
	now = now.Add(2 * time.Second)
	edit("3")
	if !reflect.DeepEqual(waits[1:], []time.Duration{6 * time.Second}) { // 8 s - 2 s passed
		t.Fatalf("waits = %v, want 6s after the fourth process", waits)
	}
	fx.s.Close()
	b, _ = os.ReadFile(ctrl)
	if strings.Contains(string(b), " 5 ") || strings.Count(string(b), "\n") != 4 || !strings.Contains(string(b), "beef 6 ") {
		t.Fatalf("after Close:\n%s", b)
	}
}
