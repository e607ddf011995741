package gothreads

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/gowikibot/gowikibot/tests/faultproxy"
	"github.com/gowikibot/gowikibot/tests/testbin"
	"github.com/gowikibot/gowikibot/tests/wikitest"
)

// wikiRoundTrip is the network round trip the latency proxy adds to every
// request: 30 ms each way, about what a bot in Europe sees reaching
// Wikipedia's servers.
const wikiRoundTrip = 60 * time.Millisecond

// TestThreadPoolWikiLatency is TestThreadPoolFetch against the real test
// wiki behind a proxy that delays every request by a network round trip
// (the connections to the proxy are kept alive, as they would be to a
// remote wiki, so the round trip is paid once a request): the server's
// CPU per request stays what it is, but a thread now mostly waits, as a
// bot reaching a wiki over the network does. The page texts are checked;
// the wall times and speed-ups are logged (go test -v, bench/threads), not
// asserted.
func TestThreadPoolWikiLatency(t *testing.T) {
	w := wikitest.Get(t)
	seed(t, w)
	p, err := faultproxy.New(w.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	p.Add(faultproxy.Fault{Times: -1, Delay: wikiRoundTrip})
	api, index := p.URL+"/api.php", p.URL+"/index.php"

	bin := testbin.Gowikibot(t)
	dir := t.TempDir()
	file := filepath.Join(dir, "fetch.py")
	if err := os.WriteFile(file, []byte(script), 0o644); err != nil {
		t.Fatal(err)
	}
	cfgDir := t.TempDir()
	cfg := fmt.Sprintf("family_files['tw'] = '%s'\nfamily = 'tw'\nmylang = 'tw'\nminthrottle = 0\n", api)
	if err := os.WriteFile(filepath.Join(cfgDir, "user-config.py"), []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	runners := [][]string{{bin, "python"}}
	if _, err := os.Stat("/usr/lib/python3/dist-packages/requests"); err == nil {
		runners = append(runners, []string{"/usr/bin/python3"})
	}
	const workers = 8
	for _, mode := range []string{"raw", "parse", "pywikibot"} {
		for _, argv := range runners {
			if mode == "pywikibot" && argv[0] != bin {
				continue
			}
			p.Reset()
			serial, threaded := runFetch(t, argv, file, api, index, cfgDir, mode, workers)
			// the script's 3 warm-up fetches and 2 x 50 timed ones all
			// went through the proxy (pywikibot mode: and its start)
			if n := p.Count(); n < 2*pages+3 {
				t.Fatalf("%s, %s: %d requests through the latency proxy, want at least %d", filepath.Base(argv[0]), mode, n, 2*pages+3)
			}
			t.Logf("wiki + %d ms round trip; %s, %s: %d pages, one thread %.3f s, ThreadPoolExecutor(%d) %.3f s, speed-up %.2fx",
				wikiRoundTrip.Milliseconds(), filepath.Base(argv[0]), mode, pages, serial, workers, threaded, serial/threaded)
		}
	}
}
