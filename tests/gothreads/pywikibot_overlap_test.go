package gothreads

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gowikibot/gowikibot/tests/testbin"
	"github.com/gowikibot/gowikibot/tests/wikitest"
)

// overlapProxy forwards to the wiki and holds each page-text request of the
// pages it watches until as many are in flight as it expects (or a
// deadline passes), recording the most it saw at once. Two Python threads
// whose page loads through the pywikibot package overlap reach 2 at once;
// if the bridge kept the interpreter lock during the HTTP request, the
// second request could only start after the first came back.
type overlapProxy struct {
	mu       sync.Mutex
	cond     *sync.Cond
	inFlight int
	most     int
	want     int
	watch    func(url.Values) bool
}

func (p *overlapProxy) hold(params url.Values) {
	if !p.watch(params) {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.inFlight++
	if p.inFlight > p.most {
		p.most = p.inFlight
	}
	p.cond.Broadcast()
	deadline := time.Now().Add(10 * time.Second)
	go func() { time.Sleep(10 * time.Second); p.cond.Broadcast() }()
	for p.inFlight < p.want && time.Now().Before(deadline) {
		p.cond.Wait()
	}
	p.inFlight--
}

func newOverlapProxy(t *testing.T, target string, want int, watch func(url.Values) bool) (*httptest.Server, *overlapProxy) {
	u, err := url.Parse(target)
	if err != nil {
		t.Fatal(err)
	}
	p := &overlapProxy{want: want, watch: watch}
	p.cond = sync.NewCond(&p.mu)
	rp := httputil.NewSingleHostReverseProxy(&url.URL{Scheme: u.Scheme, Host: u.Host})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		r.Body = io.NopCloser(bytes.NewReader(body))
		params := r.URL.Query()
		if form, err := url.ParseQuery(string(body)); err == nil && strings.HasPrefix(r.Header.Get("Content-Type"), "application/x-www-form-urlencoded") {
			for k, v := range form {
				params[k] = v
			}
		}
		p.hold(params)
		rp.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv, p
}

const overlapScript = `
import pywikibot
from concurrent.futures import ThreadPoolExecutor

site = pywikibot.Site()
print(pywikibot.Page(site, 'Bench 0').text)  # the site's set-up requests, in one thread


def load(i):
    return pywikibot.Page(site, 'Bench %d' % i).text


with ThreadPoolExecutor(max_workers=2) as ex:
    for text in ex.map(load, [1, 2]):
        print(text)
`

// TestPywikibotLoadsOverlap: two threads of a ThreadPoolExecutor that read
// page texts through the pywikibot package have their requests in flight at
// the same time (the bridge releases the interpreter lock around the Go
// core's HTTP), and get the right texts.
func TestPywikibotLoadsOverlap(t *testing.T) {
	w := wikitest.Get(t)
	seed(t, w)
	watched := func(p url.Values) bool {
		titles := p.Get("titles")
		return titles == "Bench 1" || titles == "Bench 2"
	}
	srv, proxy := newOverlapProxy(t, w.APIURL, 2, watched)
	u, _ := url.Parse(w.APIURL)
	dir := t.TempDir()
	cfg := fmt.Sprintf("family_files['ow'] = '%s%s'\nfamily = 'ow'\nmylang = 'ow'\n", srv.URL, u.Path)
	if err := os.WriteFile(filepath.Join(dir, "user-config.py"), []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "overlap.py")
	if err := os.WriteFile(file, []byte(overlapScript), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(testbin.Gowikibot(t), "python", file)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "PYWIKIBOT_DIR="+dir, "NO_PROXY=127.0.0.1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("script failed: %v\n%s", err, out)
	}
	want := ""
	for i := 0; i < 3; i++ {
		want += fmt.Sprintf("Page %d text. [[Bench %d]] {{PAGENAME}}\n", i, i+1)
	}
	if string(out) != want {
		t.Fatalf("output:\n%s\nwant:\n%s", out, want)
	}
	proxy.mu.Lock()
	most := proxy.most
	proxy.mu.Unlock()
	if most != 2 {
		t.Fatalf("the two threads' page loads never overlapped (at most %d in flight): the interpreter lock is held during the request", most)
	}
}
