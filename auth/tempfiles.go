package auth

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// Files holding secrets (the cookie jar, the credential store) are written
// to a temporary file beside them and renamed over them. A process killed
// between the two (kill -9, power loss) leaves the temporary file behind,
// with live cookies or tokens in it; the next start removes it.
//
// Temporary names carry the writer's process id: ".<name>.tmp-<pid>-<random>".
// A temporary file is stale when its writer is no longer running, or (for a
// name without a usable pid, or a pid reused by another process) when it is
// older than staleTempAge, far longer than a write takes.

// staleTempAge is the age after which a temporary file is stale whatever
// its name says.
const staleTempAge = 10 * time.Minute

// tempPattern is the os.CreateTemp pattern for a temporary file of path.
func tempPattern(path string) string {
	return "." + filepath.Base(path) + ".tmp-" + strconv.Itoa(os.Getpid()) + "-*"
}

// RemoveStaleTemps removes the stale temporary files of path left by
// interrupted writes (of this or any earlier version: ".<name>.tmp-*")
// and returns how many it removed.
func RemoveStaleTemps(path string) int {
	prefix := "." + filepath.Base(path) + ".tmp-"
	matches, _ := filepath.Glob(filepath.Join(filepath.Dir(path), globEscape(prefix)+"*"))
	n := 0
	for _, m := range matches {
		st, err := os.Lstat(m)
		if err != nil || !st.Mode().IsRegular() {
			continue
		}
		rest := strings.TrimPrefix(filepath.Base(m), prefix)
		pid := 0
		if i := strings.IndexByte(rest, '-'); i > 0 {
			pid, _ = strconv.Atoi(rest[:i])
		}
		stale := time.Since(st.ModTime()) > staleTempAge || (pid > 0 && pid != os.Getpid() && !processAlive(pid))
		if stale && os.Remove(m) == nil {
			n++
		}
	}
	return n
}

// globEscape quotes the characters filepath.Glob treats specially.
func globEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, "*", `\*`, "?", `\?`, "[", `\[`).Replace(s)
}

// removeOldStoreTemps removes the credential store's temporary files of
// earlier versions (".gowikibot-credentials-<random>") once stale.
func removeOldStoreTemps(dir string) {
	matches, _ := filepath.Glob(filepath.Join(globEscape(dir), ".gowikibot-credentials-*"))
	for _, m := range matches {
		if st, err := os.Lstat(m); err == nil && st.Mode().IsRegular() && time.Since(st.ModTime()) > staleTempAge {
			os.Remove(m)
		}
	}
}
