// Package gothreads runs the Go-backed modules against the test wiki:
// threads (a script fetches 50 pages with requests, in one thread and with
// a ThreadPoolExecutor, and must get every page's text right both ways;
// the wall times are logged by go test -v: a benchmark, not a timed test)
// and a requests bot that logs in and edits.
package gothreads

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

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

def fetch(i):
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
`

func TestThreadPoolFetch(t *testing.T) {
	w := wikitest.Get(t)
	// The server's PHP workers bound the parallelism (PHP_CLI_SERVER_WORKERS).
	seed(t, w)
	bin := testbin.Gowikibot(t)
	file := filepath.Join(t.TempDir(), "fetch.py")
	if err := os.WriteFile(file, []byte(script), 0o644); err != nil {
		t.Fatal(err)
	}
	runners := [][]string{{bin, "python"}}
	// For comparison only: CPython with the real requests package, when
	// Debian's python3-requests is there.
	if _, err := os.Stat("/usr/lib/python3/dist-packages/requests"); err == nil {
		runners = append(runners, []string{"/usr/bin/python3"})
	}
	for _, mode := range []string{"raw", "parse"} {
		for _, argv := range runners {
			workers := 8
			cmd := exec.Command(argv[0], append(argv[1:], file)...)
			cmd.Env = append(os.Environ(), "WIKI_API="+w.APIURL, "WIKI_INDEX="+w.IndexURL, "MODE="+mode,
				fmt.Sprintf("PAGES=%d", pages), fmt.Sprintf("WORKERS=%d", workers), "NO_PROXY=127.0.0.1")
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			if err := cmd.Run(); err != nil {
				t.Fatalf("%s: script failed: %v\n%s%s", argv[0], err, stdout.String(), stderr.String())
			}
			out := stdout.String()
			if !strings.Contains(out, "serial ok True True") || !strings.Contains(out, "threaded ok True True") {
				t.Fatalf("%s: wrong page texts:\n%s%s", argv[0], out, stderr.String())
			}
			var serial, threaded float64
			if _, err := fmt.Sscanf(out[strings.Index(out, "TIMES"):], "TIMES %f %f", &serial, &threaded); err != nil {
				t.Fatalf("no timings in %q: %v", out, err)
			}
			t.Logf("%s, %s: %d pages, one thread %.3f s, ThreadPoolExecutor(%d) %.3f s, speed-up %.2fx",
				filepath.Base(argv[0]), mode, pages, serial, workers, threaded, serial/threaded)
		}
	}
}
