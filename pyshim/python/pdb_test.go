package python

import (
	"bytes"
	"strings"
	"testing"
)

// TestPdbPrompt: pdb.set_trace() reads commands from stdin in the caller's
// namespace: p and pp print values, !stmt assigns, stepping commands say
// they are not available, c goes on; q stops the program with BdbQuit.
func TestPdbPrompt(t *testing.T) {
	var out, errb bytes.Buffer
	stdin := "p n * 2\npp {'b': 1, 'a': [1, 2]}\n!n = 7\nn\nc\n"
	in, err := New(Options{Stdout: &out, Stderr: &errb, Stdin: strings.NewReader(stdin)})
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	src := "import pdb\nn = 21\npdb.set_trace()\nprint('after', n)\n"
	if _, err := in.RunSource(src, "<test>", "__main__"); err != nil {
		t.Fatal(err)
	}
	want := "(Pdb) 42\n(Pdb) {'a': [1, 2], 'b': 1}\n(Pdb) (Pdb) *** n: not available (gowikibot has no tracing hook)\n(Pdb) after 7\n"
	if out.String() != want {
		t.Errorf("stdout %q\nwant   %q\nstderr %q", out.String(), want, errb.String())
	}

	out.Reset()
	in2, err := New(Options{Stdout: &out, Stderr: &errb, Stdin: strings.NewReader("q\n")})
	if err != nil {
		t.Fatal(err)
	}
	defer in2.Close()
	_, err = in2.RunSource("import pdb\npdb.set_trace()\nprint('not reached')\n", "<test>", "__main__")
	if err == nil || !strings.Contains(err.Error(), "BdbQuit") || strings.Contains(out.String(), "not reached") {
		t.Errorf("q: err %v, stdout %q", err, out.String())
	}
}
