package pyshim

import (
	"os/exec"
	"reflect"
	"strconv"
	"strings"
	"testing"
)

// TestMatchBlocksAgainstDifflib compares matchBlocks with CPython's difflib
// (when /usr/bin/python3 is there) on line and character sequences,
// including a 300-line sequence where the autojunk rule applies.
func TestMatchBlocksAgainstDifflib(t *testing.T) {
	cases := [][2]string{
		{"abxcd", "abcd"},
		{"the quick brown fox", "the quack brown box"},
		{"a\nb\nc\nd\n", "a\nB\nc\nd\ne\n"},
		{strings.Repeat("x\ny\n", 150) + "tail\n", strings.Repeat("x\ny\n", 140) + "new\n" + strings.Repeat("x\n", 5)},
	}
	py, err := exec.LookPath("/usr/bin/python3")
	for _, c := range cases {
		for _, lines := range []bool{false, true} {
			var a, b []string
			if lines {
				a, b = strings.SplitAfter(c[0], "\n"), strings.SplitAfter(c[1], "\n")
			} else {
				a, b = strings.Split(c[0], ""), strings.Split(c[1], "")
			}
			got := matchBlocks(a, b)
			gotJunk := matchBlocksJunk(a, b, map[string]bool{" ": true, "\t": true})
			if last := got[len(got)-1]; last != [3]int{len(a), len(b), 0} {
				t.Fatalf("no sentinel: %v", got)
			}
			if err != nil {
				continue
			}
			script := "import sys, difflib, json\na, b = json.load(sys.stdin)\nprint(json.dumps([list(m) for m in difflib.SequenceMatcher(None, a, b).get_matching_blocks()]))"
			cmd := exec.Command(py, "-c", script)
			cmd.Stdin = strings.NewReader(jsonPair(a, b))
			out, e := cmd.Output()
			if e != nil {
				t.Fatal(e)
			}
			want := strings.TrimSpace(string(out))
			if g := blocksJSON(got); g != want {
				t.Errorf("lines=%v %q -> %q:\n got %s\nwant %s", lines, c[0][:min(20, len(c[0]))], c[1][:min(20, len(c[1]))], g, want)
			}
			if lines {
				continue
			}
			script = "import sys, difflib, json\na, b = json.load(sys.stdin)\nprint(json.dumps([list(m) for m in difflib.SequenceMatcher(difflib.IS_CHARACTER_JUNK, a, b).get_matching_blocks()]))"
			cmd = exec.Command(py, "-c", script)
			cmd.Stdin = strings.NewReader(jsonPair(a, b))
			out, e = cmd.Output()
			if e != nil {
				t.Fatal(e)
			}
			if g, w := blocksJSON(gotJunk), strings.TrimSpace(string(out)); g != w {
				t.Errorf("junk %q -> %q:\n got %s\nwant %s", c[0][:min(20, len(c[0]))], c[1][:min(20, len(c[1]))], g, w)
			}
		}
	}
	if !reflect.DeepEqual(matchBlocks(nil, nil), [][3]int{{0, 0, 0}}) {
		t.Error("empty sequences")
	}
}

func jsonPair(a, b []string) string {
	q := func(l []string) string {
		var parts []string
		for _, s := range l {
			r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`, "\t", `\t`)
			parts = append(parts, `"`+r.Replace(s)+`"`)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	}
	return "[" + q(a) + ", " + q(b) + "]"
}

func blocksJSON(bs [][3]int) string {
	var parts []string
	for _, m := range bs {
		parts = append(parts, "["+strconv.Itoa(m[0])+", "+strconv.Itoa(m[1])+", "+strconv.Itoa(m[2])+"]")
	}
	return "[" + strings.Join(parts, ", ") + "]"
}
