//go:build linux

package main

import (
	"bufio"
	"bytes"
	"os"
	"strconv"
	"sync"

	"golang.org/x/sys/unix"
)

// dropStartPages takes the executable's read-only pages (code and
// read-only data) out of the process's page tables with
// madvise(MADV_DONTNEED): once a script has started its work, and again
// after each collection while it works (gctune.go).
//
// Why: the kernel maps a file-backed page fault together with the pages
// around it that are in the page cache (fault-around, 64 KB), and start-up
// runs the init code of about 160 packages scattered over the binary's
// 10 MB of code, so by the time a script opens its first site about 13 MiB
// of the 34 MB binary are resident, most of it code that never runs again
// (README, Benchmarks). The pages stay in the page cache and are shared
// and clean: a page used again is mapped back on its first touch (a minor
// fault, no disk read). Only read-only private mappings of the executable
// itself are advised; its writable data segment (.data, .bss) is never
// touched, where MADV_DONTNEED would reset it.
//
// The same work keeps touching pages of code it did not use before (rare
// branches, the first page of a kind), about 2 MiB over a listing of
// 10,000 pages, so the pages are dropped again after every collection:
// what stays mapped is what the work used since. Listing 10,000 pages
// with their texts (bench/scale's wiki, alternating runs, peak RSS and
// user+sys CPU): dropped at the site's opening only, 31.4-32.2 MiB,
// 3.50-4.11 s; after every collection too, 27.5-28.8 MiB, 3.62-3.86 s
// (the minor faults cost 0.1-0.2 s of system time); after every 4th,
// 28.1-30.1 MiB. The resident set then holds about 16 MiB of the Go
// runtime's memory and 11-12 MiB of the binary's pages.
//
// GOWIKIBOT_KEEP_START_PAGES=1 turns it off (to measure the difference).
func dropStartPages() {
	if keepStartPages() {
		return
	}
	for _, r := range exeRanges() {
		// An error (an old kernel, a seccomp filter) leaves the pages
		// mapped: nothing else depends on it.
		// The system call takes the addresses as numbers: no Go pointer
		// is made to memory Go did not allocate.
		_, _, _ = unix.Syscall(unix.SYS_MADVISE, r[0], r[1]-r[0], unix.MADV_DONTNEED)
	}
}

// keepStartPages is GOWIKIBOT_KEEP_START_PAGES set, read once (the drop
// runs after every collection).
var keepStartPages = sync.OnceValue(func() bool { return os.Getenv("GOWIKIBOT_KEEP_START_PAGES") != "" })

// exeRanges are the executable's read-only mappings, read once: they do not
// change while the process runs.
var exeRanges = sync.OnceValue(func() [][2]uintptr {
	exe, err := os.Readlink("/proc/self/exe")
	if err != nil {
		return nil
	}
	maps, err := os.ReadFile("/proc/self/maps")
	if err != nil {
		return nil
	}
	return readOnlyExeRanges(maps, exe)
})

// readOnlyExeRanges returns the [start, end) address ranges of
// /proc/self/maps lines that map the executable exe privately without
// write permission ("r-xp" and "r--p").
func readOnlyExeRanges(maps []byte, exe string) [][2]uintptr {
	var out [][2]uintptr
	sc := bufio.NewScanner(bytes.NewReader(maps))
	for sc.Scan() {
		// address perms offset dev inode path
		f := bytes.Fields(sc.Bytes())
		if len(f) < 6 || string(f[5]) != exe {
			continue
		}
		perms := string(f[1])
		if perms != "r-xp" && perms != "r--p" {
			continue
		}
		dash := bytes.IndexByte(f[0], '-')
		if dash < 0 {
			continue
		}
		start, err1 := strconv.ParseUint(string(f[0][:dash]), 16, 64)
		end, err2 := strconv.ParseUint(string(f[0][dash+1:]), 16, 64)
		if err1 != nil || err2 != nil || end <= start {
			continue
		}
		out = append(out, [2]uintptr{uintptr(start), uintptr(end)})
	}
	return out
}
