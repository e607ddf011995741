package gohttp

import (
	"bytes"
	"encoding/pem"
	"flag"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gowikibot/gowikibot/tests/testbin"
)

var record = flag.Bool("record", false, "record testdata/*.out with /usr/bin/python3 (real requests) instead of comparing")

// run runs script with the server's URL in $TEST_SERVER and returns
// stdout, plus "[exit N]" and stderr's last line on failure.
func run(t *testing.T, argv []string, script, server string, extraEnv ...string) []byte {
	t.Helper()
	cmd := exec.Command(argv[0], append(argv[1:], script)...)
	cmd.Dir = filepath.Dir(script)
	cmd.Env = append(os.Environ(), "TEST_SERVER="+server, "PYTHONHASHSEED=0", "NO_PROXY=127.0.0.1", "no_proxy=127.0.0.1")
	cmd.Env = append(cmd.Env, extraEnv...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		ee, ok := err.(*exec.ExitError)
		if !ok {
			t.Fatalf("running %s: %v", script, err)
		}
		lines := strings.Split(strings.TrimRight(stderr.String(), "\n"), "\n")
		stdout.WriteString("[exit " + itoa(ee.ExitCode()) + "]\n" + lines[len(lines)-1] + "\n")
	}
	return bytes.ReplaceAll(stdout.Bytes(), []byte(server), []byte("SERVER"))
}

func itoa(n int) string {
	s := ""
	for n > 0 || s == "" {
		s = string(rune('0'+n%10)) + s
		n /= 10
	}
	return s
}

func TestScripts(t *testing.T) {
	srv := newServer()
	defer srv.Close()
	// A TLS server with a certificate no system trusts, and that
	// certificate as a CA file (requests' verify=PATH).
	tlsSrv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("tls ok\n"))
	}))
	defer tlsSrv.Close()
	ca := filepath.Join(t.TempDir(), "ca.pem")
	pemBytes := pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: tlsSrv.Certificate().Raw})
	if err := os.WriteFile(ca, pemBytes, 0o644); err != nil {
		t.Fatal(err)
	}
	tlsEnv := []string{"TEST_TLS_SERVER=" + tlsSrv.URL, "TEST_CA=" + ca}
	scripts, _ := filepath.Glob("testdata/*.py")
	if len(scripts) == 0 {
		t.Fatal("no testdata/*.py scripts")
	}
	var argv []string
	if *record {
		argv = []string{"/usr/bin/python3"}
	} else {
		argv = []string{testbin.Gowikibot(t), "python"}
	}
	for _, s := range scripts {
		abs, _ := filepath.Abs(s)
		name := strings.TrimSuffix(filepath.Base(s), ".py")
		t.Run(name, func(t *testing.T) {
			got := run(t, argv, abs, srv.URL, tlsEnv...)
			got = bytes.ReplaceAll(got, []byte(tlsSrv.URL), []byte("TLSSERVER"))
			outFile := strings.TrimSuffix(abs, ".py") + ".out"
			if *record {
				if err := os.WriteFile(outFile, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(outFile)
			if err != nil {
				t.Fatalf("no recorded output (go test ./tests/gohttp -record): %v", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("output differs from CPython's\n--- want\n%s\n--- got\n%s", want, got)
			}
		})
	}
}
