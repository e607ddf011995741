package gothreads

import (
	"bytes"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gowikibot/gowikibot/tests/testbin"
)

// TestThreadPoolLatencyBound runs the same script against a local server
// that answers action=raw like the wiki after 20 ms: the client's own
// parallelism, without the PHP server's CPU as the bound. Figures are
// logged; only the texts are checked.
func TestThreadPoolLatencyBound(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(20 * time.Millisecond)
		n, _ := strconv.Atoi(strings.TrimPrefix(r.URL.Query().Get("title"), "Bench "))
		fmt.Fprintf(w, "Page %d text. [[Bench %d]] {{PAGENAME}}", n, (n+1)%pages)
	}))
	defer srv.Close()
	bin := testbin.Gowikibot(t)
	file := filepath.Join(t.TempDir(), "fetch.py")
	if err := os.WriteFile(file, []byte(script), 0o644); err != nil {
		t.Fatal(err)
	}
	runners := [][]string{{bin, "python"}}
	if _, err := os.Stat("/usr/lib/python3/dist-packages/requests"); err == nil {
		runners = append(runners, []string{"/usr/bin/python3"})
	}
	for _, argv := range runners {
		cmd := exec.Command(argv[0], append(argv[1:], file)...)
		cmd.Env = append(os.Environ(), "WIKI_API="+srv.URL, "WIKI_INDEX="+srv.URL, "MODE=raw",
			fmt.Sprintf("PAGES=%d", pages), "WORKERS=8", "NO_PROXY=127.0.0.1")
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		if err := cmd.Run(); err != nil {
			t.Fatalf("%s: %v\n%s%s", argv[0], err, stdout.String(), stderr.String())
		}
		out := stdout.String()
		if !strings.Contains(out, "serial ok True True") || !strings.Contains(out, "threaded ok True True") {
			t.Fatalf("%s: wrong texts:\n%s%s", argv[0], out, stderr.String())
		}
		var serial, threaded float64
		if _, err := fmt.Sscanf(out[strings.Index(out, "TIMES"):], "TIMES %f %f", &serial, &threaded); err != nil {
			t.Fatalf("no timings in %q: %v", out, err)
		}
		t.Logf("%s, 20 ms server: %d pages, one thread %.3f s, ThreadPoolExecutor(8) %.3f s, speed-up %.2fx",
			filepath.Base(argv[0]), pages, serial, threaded, serial/threaded)
	}
}
