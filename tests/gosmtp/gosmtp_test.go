package gosmtp

import (
	"bytes"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/gowikibot/gowikibot/tests/testbin"
)

var record = flag.Bool("record", false, "record testdata/smtp.out and smtp.transcript with /usr/bin/python3 instead of comparing")

// TestSMTP runs testdata/smtp.py with gowikibot against the server and
// compares its output and the server's transcript of the session with
// CPython 3.11's (recorded with -record).
func TestSMTP(t *testing.T) {
	srv, err := newServer()
	if err != nil {
		t.Fatal(err)
	}
	defer srv.close()
	ca := filepath.Join(t.TempDir(), "ca.pem")
	if err := os.WriteFile(ca, srv.certPEM, 0o644); err != nil {
		t.Fatal(err)
	}
	script, _ := filepath.Abs(filepath.Join("testdata", "smtp.py"))
	argv := []string{testbin.Gowikibot(t), "python"}
	if *record {
		argv = []string{"/usr/bin/python3"}
	}
	cmd := exec.Command(argv[0], append(argv[1:], script)...)
	cmd.Env = append(os.Environ(), "SMTP_PORT="+strconv.Itoa(srv.port(srv.plain)),
		"SMTPS_PORT="+strconv.Itoa(srv.port(srv.tlsLn)), "CAFILE="+ca)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s failed: %v\n%s%s", argv[0], err, stdout.String(), stderr.String())
	}
	transcript := srv.takeTranscript()
	// the message as the server received it: Bcc is not sent, dots are
	// doubled, the body is there
	for _, want := range []string{"| Subject: Nightly report", "| To: ops@example.org, Other <other@example.org>",
		"| ..leading dot", "| ..starts with a dot", "rcpt TO:<hidden@example.org>", "| bytes body", "[TLS]"} {
		if !strings.Contains(transcript, want) {
			t.Errorf("the server's transcript lacks %q:\n%s", want, transcript)
		}
	}
	if srv.refused != 1 {
		t.Errorf("%d TLS handshakes refused by the client, want 1 (the certificate without its CA file)", srv.refused)
	}
	if strings.Contains(transcript, "| Bcc:") {
		t.Errorf("the Bcc header was sent:\n%s", transcript)
	}
	outFile, trFile := filepath.Join("testdata", "smtp.out"), filepath.Join("testdata", "smtp.transcript")
	if *record {
		if err := os.WriteFile(outFile, stdout.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(trFile, []byte(transcript), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	wantOut, err := os.ReadFile(outFile)
	if err != nil {
		t.Fatal(err)
	}
	if got := stdout.String(); got != string(wantOut) {
		t.Errorf("output differs from CPython's (%s):\n--- got\n%s\n--- want\n%s\nstderr:\n%s", outFile, got, wantOut, stderr.String())
	}
	wantTr, err := os.ReadFile(trFile)
	if err != nil {
		t.Fatal(err)
	}
	if transcript != string(wantTr) {
		t.Errorf("the server saw a different session from CPython's (%s):\n--- got\n%s\n--- want\n%s", trFile, transcript, wantTr)
	}
}
