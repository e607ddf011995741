package codecache

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"
	"unsafe"
)

// EnvDir names the environment variable that moves the cache ("off"
// disables it).
const EnvDir = "GOWIKIBOT_CODE_CACHE"

// dirPrefix starts the name of each binary's own cache directory.
const dirPrefix = "code-"

var (
	dirOnce  sync.Once
	cacheDir string // this binary's directory; "" when the cache is off
	pruned   sync.Once
)

// Dir returns the directory holding this binary's entries ("" when the
// cache is off): <os.UserCacheDir()>/gowikibot/code-<build>, or
// $GOWIKIBOT_CODE_CACHE/code-<build>.
func Dir() string {
	dirOnce.Do(func() {
		base := os.Getenv(EnvDir)
		switch {
		case base == "off":
			return
		case base == "":
			ucd, err := os.UserCacheDir()
			if err != nil {
				return
			}
			base = filepath.Join(ucd, "gowikibot")
		}
		v := binaryVersion()
		if v == "" {
			return
		}
		sum := sha256.Sum256([]byte(v))
		cacheDir = filepath.Join(base, dirPrefix+hex.EncodeToString(sum[:8]))
	})
	return cacheDir
}

// resetDir forgets the directory chosen (tests change the environment).
func resetDir() {
	dirOnce = sync.Once{}
	pruned = sync.Once{}
	cacheDir = ""
}

// Key is the cache key of compiling src as filename in mode with flags:
// a hash of those, the binary's version and the layers' key parts.
func Key(src, filename string, mode string, flags int, dontInherit bool) string {
	h := sha256.New()
	var n [8]byte
	for _, s := range []string{binaryVersion(), keyExtra(), mode, filename, src} {
		binary.LittleEndian.PutUint64(n[:], uint64(len(s)))
		h.Write(n[:])
		// the bytes of s as they are: hashing does not keep or change
		// them, and a source is too large to copy for it
		h.Write(unsafe.Slice(unsafe.StringData(s), len(s)))
	}
	binary.LittleEndian.PutUint64(n[:], uint64(flags))
	h.Write(n[:])
	if dontInherit {
		h.Write([]byte{1})
	} else {
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:20])
}

// load returns the entry stored under key, or "" (no cache, no entry, a
// read error).
func load(key string) string {
	dir := Dir()
	if dir == "" {
		return ""
	}
	data, err := os.ReadFile(filepath.Join(dir, key))
	if err != nil || len(data) == 0 {
		return ""
	}
	// data is never written again: the decoded code's strings share it
	// rather than a copy.
	return unsafe.String(unsafe.SliceData(data), len(data))
}

// save stores data under key: written to a temporary file of the same
// directory and renamed into place, so that a concurrent reader sees the
// whole entry or none. Every failure (a read-only disk, a full one) is
// silent: the next run compiles again.
func save(key string, data []byte) {
	dir := Dir()
	if dir == "" {
		return
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return
	}
	pruned.Do(func() { pruneOthers(dir) })
	f, err := os.CreateTemp(dir, ".tmp-"+key+"-*")
	if err != nil {
		return
	}
	tmp := f.Name()
	_, werr := f.Write(data)
	cerr := f.Close()
	if werr != nil || cerr != nil || os.Rename(tmp, filepath.Join(dir, key)) != nil {
		os.Remove(tmp)
	}
}

// pruneAge is how long the directory of another build stays unchanged
// before a run prunes it.
const pruneAge = 24 * time.Hour

// pruneOthers removes the cache directories of other builds beside dir
// that have not changed for pruneAge (best effort: a later run of such a
// build just compiles again).
func pruneOthers(dir string) {
	parent, own := filepath.Dir(dir), filepath.Base(dir)
	ents, err := os.ReadDir(parent)
	if err != nil {
		return
	}
	for _, e := range ents {
		if !e.IsDir() || e.Name() == own || !strings.HasPrefix(e.Name(), dirPrefix) {
			continue
		}
		if info, err := e.Info(); err == nil && time.Since(info.ModTime()) > pruneAge {
			os.RemoveAll(filepath.Join(parent, e.Name()))
		}
	}
}
