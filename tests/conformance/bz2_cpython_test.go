package conformance

import (
	"bytes"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/gowikibot/gowikibot/tests/testbin"
)

// TestBz2ReadByCPython is the independent check of gowikibot's bzip2
// writer (github.com/dsnet/compress/bzip2 under the bz2 module): what
// gowikibot's bz2 and tarfile write, CPython's libbz2 (/usr/bin/python3)
// must decompress to the very input. The input spans several 900k blocks
// and mixes wikitext-like lines with incompressible bytes.
func TestBz2ReadByCPython(t *testing.T) {
	const cpython = "/usr/bin/python3"
	if _, err := os.Stat(cpython); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is missing (CI=true): %v", cpython, err)
		}
		t.Skipf("%s is missing: %v", cpython, err)
	}
	dir := t.TempDir()
	rng := rand.New(rand.NewSource(11))
	var data bytes.Buffer
	for data.Len() < 2_500_000 {
		if rng.Intn(4) == 0 {
			noise := make([]byte, 1+rng.Intn(4000))
			rng.Read(noise)
			data.Write(noise)
			continue
		}
		fmt.Fprintf(&data, "* [[Kategorie:Seite %d]] {{Vorlage|%d}} Lorem ipsum dolor sit amet\n", rng.Intn(500), rng.Intn(50))
	}
	raw := data.Bytes()
	if err := os.WriteFile(filepath.Join(dir, "raw"), raw, 0o644); err != nil {
		t.Fatal(err)
	}
	write := `import bz2, tarfile
data = open('raw', 'rb').read()
open('level1.bz2', 'wb').write(bz2.compress(data, 1))
open('level9.bz2', 'wb').write(bz2.compress(data))
c = bz2.BZ2Compressor(5)
for i in range(0, len(data), 100000):
    c.compress(data[i:i + 100000])
open('pieces.bz2', 'wb').write(c.flush())
with bz2.BZ2File('multi.bz2', 'w') as f:
    f.write(data[:1000000])
with bz2.open('multi.bz2', 'ab', compresslevel=2) as f:
    f.write(data[1000000:])
with bz2.open('text.bz2', 'wt', encoding='latin-1', newline='\r\n') as f:
    f.write(data.decode('latin-1'))
with tarfile.open('out.tar.bz2', 'w:bz2') as t:
    t.add('raw')
print('written')
`
	r := testbin.Run(t, testbin.Cmd{Dir: dir, Args: []string{"python", "-c", write}})
	if r.Code != 0 || r.Stdout != "written\n" {
		t.Fatalf("gowikibot python: exit %d\n%s%s", r.Code, r.Stdout, r.Stderr)
	}
	read := `import bz2, tarfile
for name in ('level1', 'level9', 'pieces', 'multi', 'text'):
    with open(name + '.bz2', 'rb') as f:
        head = f.read(4)
        f.seek(0)
        print(name, head.decode())
        open(name + '.out', 'wb').write(bz2.decompress(f.read()))
with tarfile.open('out.tar.bz2', 'r:bz2') as t:
    open('tar.out', 'wb').write(t.extractfile('raw').read())
`
	cmd := exec.Command(cpython, "-c", read)
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("CPython cannot read gowikibot's bzip2: %v\n%s", err, out)
	}
	if want := "level1 BZh1\nlevel9 BZh9\npieces BZh5\nmulti BZh9\ntext BZh9\n"; string(out) != want {
		t.Errorf("headers as CPython reads them:\n%s\nwant\n%s", out, want)
	}
	textWant := bytes.ReplaceAll(raw, []byte("\n"), []byte("\r\n"))
	for name, want := range map[string][]byte{"level1": raw, "level9": raw, "pieces": raw, "multi": raw, "text": textWant, "tar": raw} {
		got, err := os.ReadFile(filepath.Join(dir, name+".out"))
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s: CPython decompressed %d bytes, not the %d gowikibot compressed", name, len(got), len(want))
		}
		if name == "tar" {
			continue
		}
		if st, err := os.Stat(filepath.Join(dir, name+".bz2")); err != nil || st.Size() >= int64(len(want)) {
			t.Errorf("%s: the .bz2 is not smaller than its %d bytes of input (%v)", name, len(want), err)
		}
	}
}
