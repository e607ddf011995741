//go:build linux

package core

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/gowikibot/gowikibot/tests/testbin"
	"github.com/gowikibot/gowikibot/tests/wikitest"
)

// With no password configured, "gowikibot login" on a terminal asks for it
// with echo off: the password typed never shows in the terminal's output.
func TestCLIPasswordPromptIsHidden(t *testing.T) {
	w := wikitest.Get(t)
	dir := t.TempDir()
	cfg := fmt.Sprintf("family_files['cliwiki'] = '%s'\nfamily = 'cliwiki'\nmylang = 'cliwiki'\nusernames['cliwiki']['*'] = '%s'\nminthrottle = 0\n", w.APIURL, w.BotLoginName)
	if err := os.WriteFile(filepath.Join(dir, "user-config.py"), []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	master, slave := testbin.OpenPTY(t)
	cmd := exec.Command(testbin.Gowikibot(t), "login")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "PYWIKIBOT_DIR=")
	cmd.Stdin, cmd.Stdout, cmd.Stderr = slave, slave, slave
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true, Ctty: 0}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	slave.Close()
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	var out strings.Builder
	buf := make([]byte, 1024)
	sent := false
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		master.SetReadDeadline(time.Now().Add(200 * time.Millisecond))
		n, rerr := master.Read(buf)
		out.Write(buf[:n])
		if !sent && strings.Contains(out.String(), "Password for user TestBot@ci: ") {
			// echo is off before the prompt shows
			master.Write([]byte(w.BotPasswordSecret + "\n"))
			sent = true
		}
		if strings.Contains(out.String(), "Logged in on") || strings.Contains(out.String(), "ERROR") {
			// drain the rest
			time.Sleep(200 * time.Millisecond)
			master.SetReadDeadline(time.Now().Add(200 * time.Millisecond))
			n, _ := master.Read(buf)
			out.Write(buf[:n])
			break
		}
		if rerr != nil && !os.IsTimeout(rerr) {
			break
		}
	}
	if err := <-done; err != nil {
		t.Fatalf("login: %v\n%q", err, out.String())
	}
	got := out.String()
	if !sent || !strings.Contains(got, "Logged in on cliwiki:cliwiki as TestBot.") {
		t.Fatalf("terminal output: %q", got)
	}
	if strings.Contains(got, w.BotPasswordSecret) {
		t.Fatalf("the password was echoed: %q", got)
	}
}
