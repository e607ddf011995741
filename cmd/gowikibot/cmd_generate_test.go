package main

import (
	"strings"
	"testing"
)

func TestGenerateUserFilesInProcess(t *testing.T) {
	t.Setenv("PYWIKIBOT_DIR", "")
	runCases(t, []cmdCase{
		{name: "generate_user_files unknown argument", args: []string{"generate_user_files", "-frob"}, withDir: true, code: 2,
			out: []string{"Unknown argument: -frob"}},
		{name: "generate_user_files", args: []string{"-family:wikipedia", "-lang:de", "-user:MyBot", "generate_user_files"}, withDir: true, code: 0,
			out: []string{"Automatically generating user-config.py", "user-config.py' written."}},
	})
}

// generate_user_files writes a config that config show then reads.
func TestGenerateThenShow(t *testing.T) {
	t.Setenv("PYWIKIBOT_DIR", "")
	dir := t.TempDir()
	if _, stderr, code := runIn(t, "", "-dir:"+dir, "-family:wikipedia", "-lang:de", "-user:MyBot", "generate_user_files"); code != 0 {
		t.Fatalf("generate_user_files: %d\n%s", code, stderr)
	}
	out, stderr, code := runIn(t, "", "-dir:"+dir, "config", "show", "-modified")
	if code != 0 || !strings.Contains(out, "mylang='de'") || !strings.Contains(out, "family='wikipedia'") {
		t.Fatalf("config show: %d\n%s\n%s", code, out, stderr)
	}
}
