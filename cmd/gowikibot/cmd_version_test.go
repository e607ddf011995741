package main

import "testing"

func TestVersionInProcess(t *testing.T) {
	t.Setenv("PYWIKIBOT_DIR", "")
	runCases(t, []cmdCase{
		{name: "version", args: []string{"version"}, withDir: true, code: 0, out: []string{"gowikibot: ", "Go: go1.", "config: none ("}},
	})
}
