//go:build linux

package main

import (
	"os"
	"regexp"
	"strconv"
	"testing"
)

func TestReadOnlyExeRanges(t *testing.T) {
	maps := []byte(`00400000-00e33000 r-xp 00000000 08:01 123 /opt/gowikibot
00e33000-01af4000 r--p 00a33000 08:01 123 /opt/gowikibot
01af4000-01c47000 rw-p 016f4000 08:01 123 /opt/gowikibot
01c47000-03c93000 rw-p 00000000 00:00 0
7f0000000000-7f0000001000 r--p 00000000 08:01 456 /opt/gowikibot.old
7f0000002000-7f0000003000 r-xp 00000000 08:01 789 /lib/x86_64-linux-gnu/libc.so.6
7ffd00000000-7ffd00021000 rw-p 00000000 00:00 0 [stack]
`)
	got := readOnlyExeRanges(maps, "/opt/gowikibot")
	want := [][2]uintptr{{0x400000, 0xe33000}, {0xe33000, 0x1af4000}}
	if len(got) != len(want) {
		t.Fatalf("ranges %x, want %x", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("ranges %x, want %x", got, want)
		}
	}
}

// rssFileKB is the process's resident file-backed memory (RssFile of
// /proc/self/status), in KB.
func rssFileKB(t *testing.T) int {
	t.Helper()
	// CI runs on Linux with a full /proc: there a missing field is a
	// failure, elsewhere (a container's reduced /proc) a skip
	skip := t.Skip
	if os.Getenv("CI") == "true" {
		skip = t.Fatal
	}
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		skip(err)
	}
	m := regexp.MustCompile(`RssFile:\s+(\d+) kB`).FindSubmatch(b)
	if m == nil {
		skip("no RssFile in /proc/self/status")
	}
	n, _ := strconv.Atoi(string(m[1]))
	return n
}

// The test binary's read-only pages leave the resident set and come back
// when used: the program goes on working (its code runs, its read-only
// data reads the same).
func TestDropStartPages(t *testing.T) {
	keep := keepStartPages
	t.Cleanup(func() { keepStartPages = keep })
	keepStartPages = func() bool { return false }
	before := rssFileKB(t)
	dropStartPages()
	after := rssFileKB(t)
	t.Logf("RssFile %d kB -> %d kB", before, after)
	if after >= before {
		t.Errorf("RssFile did not fall: %d kB -> %d kB", before, after)
	}
	// Code and read-only data after the drop: a regexp (code paged back in)
	// over a constant string (read-only data).
	if !regexp.MustCompile(`^Rss[A-Z][a-z]+$`).MatchString("RssFile") {
		t.Error("regexp after the drop")
	}
	keepStartPages = func() bool { return true }
	kept := rssFileKB(t)
	dropStartPages()
	if n := rssFileKB(t); n < kept {
		t.Errorf("GOWIKIBOT_KEEP_START_PAGES=1: RssFile fell from %d to %d kB", kept, n)
	}
}
