package pyconfig

import (
	"bytes"
	"encoding/json"
	"io"
	"math/big"
	"strings"
	"testing"

	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python"
	"github.com/gowikibot/gowikibot/userconfig"
)

func bytesReader(b []byte) io.Reader { return bytes.NewReader(b) }

func splitJSONLines(t *testing.T, out []byte) []string {
	t.Helper()
	var res []string
	for _, ln := range strings.Split(strings.TrimRight(string(out), "\n"), "\n") {
		var s string
		if err := json.Unmarshal([]byte(ln), &s); err != nil {
			t.Fatalf("bad line %q: %v", ln, err)
		}
		res = append(res, s)
	}
	return res
}

// tagged encodes v as JSON that the CPython side decodes exactly.
func tagged(v any) any {
	switch x := v.(type) {
	case userconfig.Tuple:
		l := make([]any, len(x))
		for i, e := range x {
			l[i] = tagged(e)
		}
		return map[string]any{"__tuple__": l}
	case []any:
		l := make([]any, len(x))
		for i, e := range x {
			l[i] = tagged(e)
		}
		return l
	case map[string]any:
		m := map[string]any{}
		for k, e := range x {
			m[k] = tagged(e)
		}
		return m
	case *big.Int:
		return map[string]any{"__int__": x.String()}
	case float64:
		return map[string]any{"__float__": userconfig.FloatRepr(x)} // also inf, nan, -0.0
	}
	return v
}

// evalLiteral evaluates a Python literal in the embedded interpreter.
func evalLiteral(src string) (string, error) {
	in, err := python.New(python.Options{})
	if err != nil {
		return "", err
	}
	defer in.Close()
	g := py.NewStringDict()
	if err := in.Exec("x = "+src+"\n", "<literal>", g); err != nil {
		return "", err
	}
	s, _ := g["x"].(py.String)
	return string(s), nil
}
