package classes

import (
	"fmt"
	"strings"

	"github.com/go-python/gpython/ast"
)

// (see package upstream for the index) gpython's compiler evaluates a
// function's decorators after its default
// values (and its annotations, which the pre-pass keeps), and MAKE_FUNCTION then takes the decorators for defaults: every
// decorated function with default arguments breaks ("'int' object is not
// callable"). Such functions are rewritten on the same lines: each
// "@expr" line becomes "__pyshim_d<line>_<i> = expr" (so decorators are
// still evaluated first), and the decorators are applied by
// "name = __pyshim_d..(name); del __pyshim_d.." placed on the first blank
// line after the function body (or on the line after the file's end).

type decoFix struct {
	inClass bool
	atLines []int // 0-based line of each '@'
	atCols  []int
	defLine int // 0-based line of "def"
	indent  string
	name    string
	endLine int // 0-based line of the body's last statement
}

func rewriteDecoratedDefaults(src string, mod ast.Ast) string {
	var fixes []decoFix
	lines := strings.Split(src, "\n")
	inClass := map[*ast.FunctionDef]bool{}
	ast.Walk(mod, func(n ast.Ast) bool {
		if c, ok := n.(*ast.ClassDef); ok {
			for _, st := range c.Body {
				if f, ok := st.(*ast.FunctionDef); ok {
					inClass[f] = true
				}
			}
		}
		return true
	})
	ast.Walk(mod, func(n ast.Ast) bool {
		f, ok := n.(*ast.FunctionDef)
		if !ok || len(f.DecoratorList) == 0 || f.Args == nil {
			return true
		}
		if len(f.Args.Defaults) == 0 && len(f.Args.KwDefaults) == 0 && !annotated(f) {
			return true
		}
		fx := decoFix{name: string(f.Name), inClass: inClass[f]}
		pos := decoratorPositions(f, lines)
		for i, d := range f.DecoratorList {
			l, c := d.GetLineno()-1, d.GetColOffset()
			if pos != nil {
				l, c = pos[i][0], pos[i][1]
			}
			if l < 0 || l >= len(lines) {
				return true
			}
			at := strings.LastIndex(lines[l][:min(c+1, len(lines[l]))], "@")
			if at < 0 || strings.TrimSpace(lines[l][:at]) != "" {
				return true
			}
			fx.atLines = append(fx.atLines, l)
			fx.atCols = append(fx.atCols, at)
		}
		fx.indent = lines[fx.atLines[0]][:fx.atCols[0]]
		fx.defLine = -1
		for l := fx.atLines[len(fx.atLines)-1]; l < len(lines) && l < f.Lineno+1; l++ {
			t := strings.TrimSpace(lines[l])
			if strings.HasPrefix(t, "def ") && strings.HasPrefix(strings.TrimSpace(t[4:]), fx.name) {
				fx.defLine = l
				break
			}
		}
		if fx.defLine < 0 || len(f.Body) == 0 {
			return true
		}
		fx.endLine = lastStmtLine(f.Body) - 1
		fixes = append(fixes, fx)
		return true
	})
	if len(fixes) == 0 {
		return src
	}
	names := make([][]string, len(fixes))
	for j, fx := range fixes {
		for i, l := range fx.atLines {
			names[j] = append(names[j], fmt.Sprintf("__pyshim_d%d_%d__", l+1, i))
		}
		for i, l := range fx.atLines {
			c := fx.atCols[i]
			lines[l] = lines[l][:c] + names[j][i] + " = " + strings.TrimLeft(lines[l][c+1:], " \t")
		}
	}
	used := map[int]bool{}
	for j, fx := range fixes {
		end := logicalEnd(lines, fx.endLine)
		target, mode := -1, ""
		if end >= 0 {
			// Where to apply: the first blank line after the body, a
			// simple statement at the same indentation, or the end of
			// the file.
			for l := end + 1; l < len(lines); l++ {
				t := strings.TrimSpace(lines[l])
				if t == "" {
					if !used[l] {
						target, mode = l, "blank"
					}
					break
				}
				if strings.HasPrefix(t, "#") {
					continue
				}
				ind := lines[l][:len(lines[l])-len(strings.TrimLeft(lines[l], " \t"))]
				if ind == fx.indent && !used[l] && isSimpleStmt(t) {
					target, mode = l, "prefix"
				}
				break
			}
			if target < 0 {
				allBlank := true
				for l := end + 1; l < len(lines); l++ {
					if t := strings.TrimSpace(lines[l]); t != "" && !strings.HasPrefix(t, "#") {
						allBlank = false
					}
				}
				if allBlank {
					target, mode = len(lines), "append"
				}
			}
		}
		if target < 0 {
			if fx.inClass {
				// The class builder applies them after the body ran.
				for i, l := range fx.atLines {
					old := names[j][i] + " = "
					nn := fmt.Sprintf("__pyshim_dc_%s_%d_%d__", fx.name, l+1, i)
					lines[l] = strings.Replace(lines[l], old, nn+" = ", 1)
				}
			}
			continue
		}
		apply := fx.name
		for i := len(names[j]) - 1; i >= 0; i-- {
			apply = names[j][i] + "(" + apply + ")"
		}
		stmt := fx.indent + fx.name + " = " + apply + "; del " + strings.Join(names[j], ", ")
		switch mode {
		case "blank":
			lines[target] = stmt
		case "prefix":
			lines[target] = stmt + "; " + strings.TrimLeft(lines[target], " \t")
		case "append":
			lines = append(lines, stmt)
		}
		used[target] = true
	}
	return strings.Join(lines, "\n")
}

// decoratorPositions returns the 0-based line and column of each '@' of
// f's decorators when gpython's parser left a decorator without a position
// or with a wrong one (upstream bugs: a decorator that is a call with
// arguments, "@deco(args)", gets line 0 and column 0 in gpython v0.2.0's
// AST, and one that is a call without arguments, "@deco()", gets the
// position of an earlier token, often on another line): the '@' lines are
// found by scanning up from the def line. It returns nil when every
// decorator's position is on an '@' line, in order, or when the lines
// cannot be found.
func decoratorPositions(f *ast.FunctionDef, lines []string) [][2]int {
	missing := false
	prev := -1
	for _, d := range f.DecoratorList {
		l := d.GetLineno() - 1
		if l < 0 || l <= prev || l >= len(lines) || !strings.HasPrefix(strings.TrimLeft(lines[l], " \t"), "@") {
			missing = true
		}
		prev = l
	}
	if !missing {
		return nil
	}
	def := -1
	for l := min(f.Lineno-1, len(lines)-1); l >= 0; l-- {
		if t := strings.TrimLeft(lines[l], " \t"); strings.HasPrefix(t, "def ") || strings.HasPrefix(t, "async ") {
			def = l
			break
		}
	}
	if def < 0 {
		return nil
	}
	indent := len(lines[def]) - len(strings.TrimLeft(lines[def], " \t"))
	pos := make([][2]int, len(f.DecoratorList))
	n := len(pos)
	for l := def - 1; l >= 0 && n > 0; l-- {
		t := strings.TrimLeft(lines[l], " \t")
		if strings.HasPrefix(t, "@") && len(lines[l])-len(t) == indent {
			n--
			pos[n] = [2]int{l, indent}
		}
	}
	if n > 0 {
		return nil
	}
	return pos
}

// lastStmtLine is the line of the last simple statement nested at the
// end of body.
func lastStmtLine(body []ast.Stmt) int {
	last := body[len(body)-1]
	line := last.GetLineno()
	var sub [][]ast.Stmt
	switch s := last.(type) {
	case *ast.If:
		sub = [][]ast.Stmt{s.Body, s.Orelse}
	case *ast.For:
		sub = [][]ast.Stmt{s.Body, s.Orelse}
	case *ast.While:
		sub = [][]ast.Stmt{s.Body, s.Orelse}
	case *ast.With:
		sub = [][]ast.Stmt{s.Body}
	case *ast.Try:
		sub = [][]ast.Stmt{s.Body, s.Orelse, s.Finalbody}
		for _, h := range s.Handlers {
			sub = append(sub, h.Body)
		}
	case *ast.FunctionDef:
		sub = [][]ast.Stmt{s.Body}
	case *ast.ClassDef:
		sub = [][]ast.Stmt{s.Body}
	}
	for _, b := range sub {
		if len(b) > 0 {
			if l := lastStmtLine(b); l > line {
				line = l
			}
		}
	}
	return line
}

// logicalEnd returns the last physical line of the logical line starting
// at start (following brackets and triple-quoted strings), or -1.
func logicalEnd(lines []string, start int) int {
	depth := 0
	var quote string
	for l := start; l < len(lines); l++ {
		line := lines[l]
		for k := 0; k < len(line); k++ {
			if quote != "" {
				if line[k] == '\\' {
					k++
					continue
				}
				if strings.HasPrefix(line[k:], quote) {
					k += len(quote) - 1
					quote = ""
				}
				continue
			}
			switch c := line[k]; c {
			case '#':
				k = len(line)
			case '\'', '"':
				q := string(c)
				if strings.HasPrefix(line[k:], q+q+q) {
					q = q + q + q
				}
				quote = q
				k += len(q) - 1
			case '(', '[', '{':
				depth++
			case ')', ']', '}':
				depth--
			}
		}
		if quote != "" && len(quote) == 1 {
			if strings.HasSuffix(strings.TrimRight(line, " \t\r"), "\\") {
				continue
			}
			quote = ""
		}
		if depth <= 0 && quote == "" && !strings.HasSuffix(strings.TrimRight(line, " \t\r"), "\\") {
			return l
		}
	}
	return -1
}

func isSimpleStmt(t string) bool {
	if strings.HasPrefix(t, "@") {
		return false
	}
	word := t
	if i := strings.IndexAny(t, " \t:(=.[,;"); i >= 0 {
		word = t[:i]
	}
	switch word {
	case "def", "class", "if", "elif", "else", "for", "while", "try", "except", "finally", "with", "async":
		return false
	}
	return !strings.HasSuffix(strings.TrimRight(t, " \t\r"), ":")
}

// annotated reports whether a def has a parameter or return annotation.
func annotated(f *ast.FunctionDef) bool {
	if f.Returns != nil {
		return true
	}
	a := f.Args
	for _, list := range [][]*ast.Arg{a.Args, a.Kwonlyargs, {a.Vararg, a.Kwarg}} {
		for _, x := range list {
			if x != nil && x.Annotation != nil {
				return true
			}
		}
	}
	return false
}
