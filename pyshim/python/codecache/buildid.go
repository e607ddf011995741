package codecache

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"os"
	"sync"
)

// binaryVersion identifies the running binary for cache keys: its Go build
// ID (a hash of everything the build read, embedded Python sources and the
// compile layers' Go code included), so that entries written by another
// build are never used. Where no build ID is found, the executable's path,
// size and modification time stand in for it.
var binaryVersion = sync.OnceValue(func() string {
	exe, err := os.Executable()
	if err != nil {
		return ""
	}
	f, err := os.Open(exe)
	if err != nil {
		return ""
	}
	defer f.Close()
	// The ELF note is in the first page on Linux: read that, and the
	// first 32 KB only when it is not there (every run reads this).
	for _, size := range []int{4 << 10, 32 << 10} {
		head := make([]byte, size)
		n, _ := io.ReadFull(io.NewSectionReader(f, 0, int64(size)), head)
		if id := findBuildID(head[:n]); id != "" {
			return "go:" + id
		}
		if n < size {
			break
		}
	}
	st, err := f.Stat()
	if err != nil {
		return ""
	}
	return fmt.Sprintf("exe:%s:%d:%d", exe, st.Size(), st.ModTime().UnixNano())
})

// findBuildID finds the Go build ID near the start of an executable: the
// ELF note "Go" of type 4 (Linux), or the "\xff Go build ID: \"...\"" text
// Go writes at the start of the text segment (other formats).
func findBuildID(head []byte) string {
	noteName := []byte("Go\x00\x00")
	for off := 0; ; {
		i := bytes.Index(head[off:], noteName)
		if i < 0 {
			break
		}
		i += off
		off = i + 1
		if i < 12 {
			continue
		}
		namesz := binary.LittleEndian.Uint32(head[i-12:])
		descsz := binary.LittleEndian.Uint32(head[i-8:])
		typ := binary.LittleEndian.Uint32(head[i-4:])
		if namesz == 4 && typ == 4 && descsz > 0 && descsz < 1024 && i+4+int(descsz) <= len(head) {
			return string(head[i+4 : i+4+int(descsz)])
		}
	}
	const prefix = "\xff Go build ID: \""
	if i := bytes.Index(head, []byte(prefix)); i >= 0 {
		rest := head[i+len(prefix):]
		if j := bytes.IndexByte(rest, '"'); j > 0 {
			return string(rest[:j])
		}
	}
	return ""
}
