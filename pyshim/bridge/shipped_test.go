package bridge

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

// shippedPython returns CPython source that defines, in the running
// script, the named top-level functions and assignments of the pywikibot
// package's __init__.py, taken from the file with ast: tests compare a Go
// fast path with the very Python code it stands in for (no copy of it to
// drift). The script must define what those use (_gowikibot, config, ...)
// before this part runs.
func shippedPython(t *testing.T, names ...string) string {
	t.Helper()
	return shippedFrom(t, "__init__.py", names...)
}

// shippedFrom is shippedPython for another file of the package (a path
// under pyshim/pywikibot).
func shippedFrom(t *testing.T, file string, names ...string) string {
	t.Helper()
	path, err := filepath.Abs(filepath.Join("..", "pywikibot", file))
	if err != nil {
		t.Fatal(err)
	}
	quoted := make([]string, len(names))
	for i, n := range names {
		quoted[i] = fmt.Sprintf("%q", n)
	}
	return fmt.Sprintf(`
import ast as _ast
_path = %q
_want = {%s}
_tree = _ast.parse(open(_path, encoding='utf-8').read(), _path)
_nodes = [n for n in _tree.body
          if (isinstance(n, _ast.FunctionDef) and n.name in _want)
          or (isinstance(n, _ast.Assign) and any(isinstance(x, _ast.Name) and x.id in _want for x in n.targets))]
_missing = _want - {n.name if isinstance(n, _ast.FunctionDef) else n.targets[0].id for n in _nodes}
if _missing:
    raise SystemExit('not in %%s: %%s' %% (_path, sorted(_missing)))
exec(compile(_ast.Module(body=_nodes, type_ignores=[]), _path, 'exec'), globals())
`, path, strings.Join(quoted, ", "))
}
