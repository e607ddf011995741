// Package gothreads runs the Go-backed modules against the test wiki:
// threads (a script fetches 50 pages with requests, in one thread and with
// a ThreadPoolExecutor, and must get every page's text right both ways;
// the wall times are logged by go test -v: a benchmark, not a timed test)
// and a requests bot that logs in and edits.
package gothreads

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gowikibot/gowikibot/tests/testbin"
	"github.com/gowikibot/gowikibot/tests/wikitest"
)

func TestMain(m *testing.M) { os.Exit(wikitest.Main(m)) }

const pages = 50

// seed imports pages Bench_0 .. Bench_49 in one importDump run.
func seed(t *testing.T, w *wikitest.Wiki) {
	var b strings.Builder
	b.WriteString(`<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" version="0.11" xml:lang="en">` + "\n")
	for i := 0; i < pages; i++ {
		fmt.Fprintf(&b, "<page><title>Bench %d</title><ns>0</ns><revision><timestamp>2024-01-01T00:00:00Z</timestamp>"+
			"<contributor><username>Admin</username></contributor><model>wikitext</model><format>text/x-wiki</format>"+
			"<text xml:space=\"preserve\">Page %d text. [[Bench %d]] {{PAGENAME}}</text></revision></page>\n", i, i, (i+1)%pages)
	}
	b.WriteString("</mediawiki>\n")
	dump := filepath.Join(t.TempDir(), "bench.xml")
	if err := os.WriteFile(dump, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := w.Maintenance("importDump", dump); err != nil {
		t.Fatalf("importDump: %v\n%s", err, out)
	}
}

const script = `
import os, sys, time
import requests
from concurrent.futures import ThreadPoolExecutor

API = os.environ['WIKI_API']
INDEX = os.environ['WIKI_INDEX']
N = int(os.environ['PAGES'])
session = requests.Session()
if os.environ['MODE'] == 'pywikibot':
    import pywikibot
    site = pywikibot.Site()

def fetch(i):
    if os.environ['MODE'] == 'pywikibot':
        text = pywikibot.Page(site, 'Bench %d' % i).text
        return i, text == 'Page %d text. [[Bench %d]] {{PAGENAME}}' % (i, (i + 1) % N)
    if os.environ['MODE'] == 'raw':
        r = session.get(INDEX, params={'title': 'Bench %d' % i, 'action': 'raw'}, timeout=30)
        r.raise_for_status()
        return i, r.text == 'Page %d text. [[Bench %d]] {{PAGENAME}}' % (i, (i + 1) % N)
    r = session.get(API, params={'action': 'parse', 'page': 'Bench %d' % i, 'prop': 'text',
                                 'format': 'json', 'formatversion': '2'}, timeout=30)
    r.raise_for_status()
    html = r.json()['parse']['text']
    return i, ('Page %d text.' % i) in html and ('Bench_%d' % ((i + 1) % N)) in html

for i in range(3):
    fetch(i)  # warm up connections and the parser cache

t0 = time.monotonic()
serial = [fetch(i) for i in range(N)]
t1 = time.monotonic()
with ThreadPoolExecutor(max_workers=int(os.environ['WORKERS'])) as ex:
    threaded = list(ex.map(fetch, range(N)))
t2 = time.monotonic()
print('serial ok', all(ok for _, ok in serial), [i for i, _ in serial] == list(range(N)))
print('threaded ok', all(ok for _, ok in threaded), [i for i, _ in threaded] == list(range(N)))
print('TIMES %.3f %.3f' % (t1 - t0, t2 - t1))
if os.environ['MODE'] == 'pywikibot':
    print('REQUESTS', site._call('stats')['requests'])
`

// TestThreadPoolFetch fetches the 50 pages in one thread and with a
// ThreadPoolExecutor(8): raw page texts and parsed pages with requests
// (gowikibot, and CPython with the real requests when Debian's
// python3-requests is there), and page texts through the pywikibot package
// (gowikibot). It runs against the package's wiki (php -S as the other
// tests start it: 4 workers) and against one with 8 workers (php -S, SAPI
// cli-server, has the opcode cache and APCu on already: opcache.enable_cli
// does not apply to it). The wall times and the server's CPU per request
// are logged (go test -v), not asserted.
func TestThreadPoolFetch(t *testing.T) {
	tuned, err := wikitest.Start(wikitest.Options{Workers: 8})
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("tuned test wiki: %v", err)
		}
		t.Skipf("tuned test wiki: %v", err)
	}
	defer tuned.Stop()
	wikis := []struct {
		name string
		w    *wikitest.Wiki
	}{{"php -S, 4 workers", wikitest.Get(t)}, {"php -S, 8 workers", tuned}}
	bin := testbin.Gowikibot(t)
	dir := t.TempDir()
	file := filepath.Join(dir, "fetch.py")
	if err := os.WriteFile(file, []byte(script), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, wk := range wikis {
		w := wk.w
		seed(t, w)
		cfgDir := t.TempDir()
		// minthrottle = 0 (pywikibot 9.6.3's default; gowikibot's is 11.x's
		// 0.1 s, which spaces all reads of a site 0.1 s apart, threads or not)
		cfg := fmt.Sprintf("family_files['tw'] = '%s'\nfamily = 'tw'\nmylang = 'tw'\nminthrottle = 0\n", w.APIURL)
		if err := os.WriteFile(filepath.Join(cfgDir, "user-config.py"), []byte(cfg), 0o600); err != nil {
			t.Fatal(err)
		}
		cpu0 := groupCPU(w.PID())
		serial, threaded := goFloor(t, w)
		perReq := (groupCPU(w.PID()) - cpu0) / float64(2*pages+3)
		t.Logf("%s; Go client (the server's bound), raw: %d pages, one goroutine %.3f s, 8 goroutines %.3f s, speed-up %.2fx",
			wk.name, pages, serial, threaded, serial/threaded)
		if perReq > 0 {
			// the server's CPU bounds any client: at best its CPU per
			// request spread over the machine's cores
			// one client waiting for each answer takes at least
			// pages*perReq, so on this machine no client gets more than
			// about NumCPU times faster than one thread
			t.Logf("%s: the server used %.1f ms CPU per request: %d requests need at least %.3f s of it, "+
				"%.3f s spread over %d cores", wk.name, perReq*1000, pages, perReq*pages,
				perReq*pages/float64(runtime.NumCPU()), runtime.NumCPU())
		}
		runners := [][]string{{bin, "python"}}
		// For comparison only: CPython with the real requests package, when
		// Debian's python3-requests is there.
		if _, err := os.Stat("/usr/lib/python3/dist-packages/requests"); err == nil {
			runners = append(runners, []string{"/usr/bin/python3"})
		}
		for _, mode := range []string{"raw", "parse", "pywikibot"} {
			for _, argv := range runners {
				if mode == "pywikibot" && argv[0] != bin {
					continue
				}
				workers := 8
				serial, threaded := runFetch(t, argv, file, w.APIURL, w.IndexURL, cfgDir, mode, workers)
				t.Logf("%s; %s, %s: %d pages, one thread %.3f s, ThreadPoolExecutor(%d) %.3f s, speed-up %.2fx",
					wk.name, filepath.Base(argv[0]), mode, pages, serial, workers, threaded, serial/threaded)
			}
		}
	}
}

// runFetch runs the fetch script with argv (gowikibot python, or CPython)
// against the wiki at apiURL and indexURL in mode (raw, parse, pywikibot)
// with workers threads, checks every page text of both runs and returns
// the two wall times the script measured.
func runFetch(t *testing.T, argv []string, file, apiURL, indexURL, cfgDir, mode string, workers int) (serial, threaded float64) {
	t.Helper()
	cmd := exec.Command(argv[0], append(argv[1:], file)...)
	cmd.Env = append(os.Environ(), "WIKI_API="+apiURL, "WIKI_INDEX="+indexURL, "MODE="+mode,
		fmt.Sprintf("PAGES=%d", pages), fmt.Sprintf("WORKERS=%d", workers), "NO_PROXY=127.0.0.1",
		"PYWIKIBOT_DIR="+cfgDir)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s: script failed: %v\n%s%s", argv[0], err, stdout.String(), stderr.String())
	}
	out := stdout.String()
	if !strings.Contains(out, "serial ok True True") || !strings.Contains(out, "threaded ok True True") {
		t.Fatalf("%s: wrong page texts:\n%s%s", argv[0], out, stderr.String())
	}
	if _, err := fmt.Sscanf(out[strings.Index(out, "TIMES"):], "TIMES %f %f", &serial, &threaded); err != nil {
		t.Fatalf("no timings in %q: %v", out, err)
	}
	if mode == "pywikibot" {
		// every page is read by a request of its own, in both runs
		var n int
		if _, err := fmt.Sscanf(out[strings.Index(out, "REQUESTS"):], "REQUESTS %d", &n); err != nil || n < 2*pages {
			t.Fatalf("pywikibot mode made %d requests for 2 x %d page loads (%v):\n%s", n, pages, err, out)
		}
	}
	return serial, threaded
}

// goFloor fetches the raw texts of the pages with Go's HTTP client, one at
// a time and then from 8 goroutines: what the server allows at best.
func goFloor(t *testing.T, w *wikitest.Wiki) (serial, threaded float64) {
	t.Helper()
	get := func(i int) {
		resp, err := http.Get(w.IndexURL + "?" + url.Values{"title": {fmt.Sprintf("Bench %d", i)}, "action": {"raw"}}.Encode())
		if err != nil {
			t.Error(err)
			return
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
	}
	for i := 0; i < 3; i++ {
		get(i)
	}
	t0 := time.Now()
	for i := 0; i < pages; i++ {
		get(i)
	}
	t1 := time.Now()
	next := make(chan int)
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				get(i)
			}
		}()
	}
	for i := 0; i < pages; i++ {
		next <- i
	}
	close(next)
	wg.Wait()
	return t1.Sub(t0).Seconds(), time.Since(t1).Seconds()
}
