//go:build linux

package main

import (
	"bufio"
	"bytes"
	"os"
	"strconv"

	"golang.org/x/sys/unix"
)

// dropStartPages takes the executable's read-only pages (code and
// read-only data) out of the process's page tables with
// madvise(MADV_DONTNEED), once a script has started its work.
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
// GOWIKIBOT_KEEP_START_PAGES=1 turns it off (to measure the difference).
func dropStartPages() {
	if os.Getenv("GOWIKIBOT_KEEP_START_PAGES") != "" {
		return
	}
	exe, err := os.Readlink("/proc/self/exe")
	if err != nil {
		return
	}
	maps, err := os.ReadFile("/proc/self/maps")
	if err != nil {
		return
	}
	for _, r := range readOnlyExeRanges(maps, exe) {
		// An error (an old kernel, a seccomp filter) leaves the pages
		// mapped: nothing else depends on it.
		// The system call takes the addresses as numbers: no Go pointer
		// is made to memory Go did not allocate.
		_, _, _ = unix.Syscall(unix.SYS_MADVISE, r[0], r[1]-r[0], unix.MADV_DONTNEED)
	}
}

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
