// Package prepass rewrites Python 3 source that gpython v0.2.0 (a Python 3.4
// grammar) cannot compile into equivalent 3.4 source, keeping every line
// number, so that tracebacks point at the original lines.
//
// The rewrite works on tokens: a Python tokenizer (strings, f-strings with
// 3.12 nesting, comments, brackets, continuations) produces tokens with
// their offsets; bracket groups are matched, and each construct is
// rewritten by replacing exact token spans, copying the text between
// tokens verbatim. Every replacement keeps the newlines of the text it
// replaces (inside brackets as newlines, outside as backslash
// continuations), so the output has the same number of lines and every
// statement starts on its original line.
//
// Rewritten constructs and the runtime helpers (builtins installed by
// Install) they call:
//   - f-strings (all prefixes, nested quotes as in 3.12, nested format
//     specs, !r/!s/!a, "=", triple quotes, implicit concatenation) →
//     __pyshim_fmt__(lit, value, conv, spec, lit, ...), which formats each
//     value with the builtin format() when there is one, else with this
//     package's format-spec implementation for str, int, float and bool
//   - from __future__ imports → pass
//   - variable annotations → plain assignment or pass; def annotations and
//     positional-only markers dropped; keyword-only parameters with
//     defaults put first (gpython pairs keyword-only defaults with the
//     first keyword-only names); trailing commas after * and ** dropped
//   - 1_000 → 1000; a UTF-8 byte order mark is removed; \N{name} escapes
//     → \UXXXXXXXX (namedescape.go)
//   - f(*a, *b, x, **k1, **k2) → f(*__pyshim_args__(...), **__pyshim_kw__(...));
//     any ** argument goes through __pyshim_kw__ (gpython accepts only its
//     own string dict there); [*a], (*a, *b), x = *a, *b →
//     __pyshim_list__ / __pyshim_tuple__; each *x item becomes
//     __pyshim_star__(x)
//   - {k: v, **m} → __pyshim_dict__(k, v, __pyshim_dstar__, m); {} →
//     __pyshim_dict__(); {k: v for ...} → __pyshim_dict_comp__(((k), (v)) for ...);
//     {a, b} → __pyshim_set__(a, b); {x for ...} → __pyshim_set_comp__(x for ...)
//   - super() in a method → super(Class, first_parameter), also inside
//     lambdas and functions nested in the method; Outer.Inner for nested
//     classes
//   - decorators other than @name and @name(args) → @__pyshim_id__(expr)
//     (gpython compiles @a.b as the single name "a.b")
//   - with (a as x, b as y): → with a as x, b as y:
//   - walrus: in module and class bodies → __pyshim_store__(globals() or
//     locals(), 'name', value), anywhere in an expression. In functions:
//     "while (x := v) ...:" → for x in __pyshim_while__(...); a leading
//     walrus in an if condition ("if (x := v) ...", "if x := v",
//     "if not (x := v)", "if 2 <= (x := v) <= 4": only names, constants
//     and operators before it) → an assignment on the blank, comment or
//     simple statement line before the if; or, when the if body has no break or
//     continue and x is used nowhere else in the function, a one-shot
//     for loop over __pyshim_if__ (with else/elif clauses testing a flag
//     in locals() via __pyshim_else__; "if a and (x := v)" likewise with
//     __pyshim_if_and__); or, for the first statement of a
//     for or while body, the value is bound by the loop header
//     (__pyshim_walrus_iter__, __pyshim_while_bind__); in a comprehension
//     condition → an extra "for x in [v]" clause. Anything else is a
//     SyntaxError "assignment expressions are not supported here (gowikibot)".
//   - exec(...) and eval(...) (calls of the builtins, unless the source
//     binds the name itself) → __pyshim_exec_in__(globals(), locals())(...),
//     the object layer's exec bound to the caller's namespaces
//   - globals() and locals() (likewise) → __pyshim_globals__() and
//     __pyshim_locals__(), the VM's own methods (the builtins' names are
//     Go functions: methods/internalcall.go)
//   - match statements → a with block holding an if/elif chain over
//     __pyshim_match__ (matchstmt.go; the patterns become specs that
//     lib/sysmods/pysrc/_gwb_match.py matches at run time)
//   - async def, await, async for, async with, async comprehensions (async.go):
//     await X → __pyshim_await__(X); async for → for over __pyshim_aiter__(X);
//     async with → with __pyshim_awith__(X); async def → def, with the def's
//     line given to the compile layer (RewriteAsync), which marks its code
//     object so that a call returns a coroutine (pyshim/python/coro)
//   - a @ b → __pyshim_matmul__(a, b), t @= v → t = __pyshim_imatmul__(t, v)
//     (matmul.go: @'s operands found by precedence)
//
// Errors are SyntaxError exceptions carrying filename, lineno, offset
// (1-based) and line, as gpython's own.
package prepass

import (
	"strconv"
	"strings"
	"unsafe"

	"github.com/go-python/gpython/py"
)

// Rewrite returns src rewritten for gpython. filename is used in errors.
// A source that needs no rewrite is returned unchanged.
func Rewrite(src, filename string) (string, error) {
	return rewrite(src, filename, false)
}

// rewrite is Rewrite; force skips the fast path.
func rewrite(src, filename string, force bool) (string, error) {
	out, _, err := rewriteDefs(src, filename, force)
	return out, err
}

// rewriteDefs is rewrite, also returning the def statements of a source
// that has an async def (nil otherwise; see RewriteAsync).
func rewriteDefs(src, filename string, force bool) (string, []Def, error) {
	return rewriteTabs(src, filename, force, true)
}

// rewriteTabs is rewriteDefs; tabs tells whether to check the indentation's
// tabs (tabs.go).
func rewriteTabs(src, filename string, force, tabs bool) (string, []Def, error) {
	// A UTF-8 byte order mark is not part of the program.
	src = strings.TrimPrefix(src, "\ufeff")
	li := newLineIndex(src)
	toks, err := tokenize(src, 0, len(src), 0, li)
	if err != nil {
		return "", nil, syntaxError(err, src, filename, li)
	}
	if tabs {
		if err := checkTabs(src, filename, toks, li); err != nil {
			if out, defs, err2, ok := earlierThanTabError(src, filename, force, err); ok {
				return out, defs, err2
			}
			return "", nil, err
		}
	}
	// Raw literals with a backslash-newline become non-raw literals first
	// (same lines), then the source is tokenized again.
	if fixed, ok := fixRawLiterals(src, toks); ok {
		src, li = fixed, newLineIndex(fixed)
		if toks, err = tokenize(src, 0, len(src), 0, li); err != nil {
			return "", nil, syntaxError(err, src, filename, li)
		}
		if !force && !needsRewrite(src, toks) {
			return src, nil, nil
		}
	}
	// Try statements with except* clauses become with chains (same
	// lines), then the source is tokenized again.
	if fixed, ok, err := fixExceptStar(src, toks); err != nil {
		return "", nil, compilerStageText(syntaxError(err, src, filename, li), filename)
	} else if ok {
		src, li = fixed, newLineIndex(fixed)
		if toks, err = tokenize(src, 0, len(src), 0, li); err != nil {
			return "", nil, syntaxError(err, src, filename, li)
		}
	}
	// A for statement's one-element tuple target gets its parentheses
	// (same line), then the source is tokenized again.
	if fixed, ok := fixForTupleTarget(src, toks); ok {
		src, li = fixed, newLineIndex(fixed)
		if toks, err = tokenize(src, 0, len(src), 0, li); err != nil {
			return "", nil, syntaxError(err, src, filename, li)
		}
	}
	// A continue in a finally body becomes a call the compile layer
	// turns into the jump (same line), then the source is tokenized again.
	if fixed, ok := fixFinallyContinue(src, toks); ok {
		src, li = fixed, newLineIndex(fixed)
		if toks, err = tokenize(src, 0, len(src), 0, li); err != nil {
			return "", nil, syntaxError(err, src, filename, li)
		}
	}
	if !force && !needsRewrite(src, toks) && !strings.HasPrefix(src, "\ufeff") {
		return src, nil, nil
	}
	sq, err := newSeq(toks, src)
	if err != nil {
		return "", nil, syntaxError(err, src, filename, li)
	}
	r := &rw{src: src, li: li, out: make([]byte, 0, len(src)+len(src)/4)}
	if err := r.file(sq); err != nil {
		return "", nil, syntaxError(err, src, filename, li)
	}
	// the rewritten text without a copy: r.out is not written again
	out := unsafe.String(unsafe.SliceData(r.out), len(r.out))
	if strings.Count(out, "\n") != len(li.starts)-1 {
		return "", nil, syntaxError(&synErr{"internal error: the pre-pass changed the line count (please report)", 0}, src, filename, li)
	}
	if !r.hasAsync && !r.kwReordered {
		r.defs = nil
	}
	return out, r.defs, nil
}

// needsRewrite reports whether any token may need a rewrite; a source
// without any of these tokens is returned as it is (the fast path).
func needsRewrite(src string, toks []tok) bool {
	first := ""
	depth := 0
	colons := 0
	newLine := true
	for i, t := range toks {
		text := src[t.s:t.e]
		if newLine {
			colons = 0
			first = text
			if t.kind != tName && text != "(" && text != "[" {
				first = ""
			}
			newLine = false
		}
		switch t.kind {
		case tNewline:
			newLine = true
		case tStr:
			if t.fs != nil || hasNamedEscape(text) {
				return true
			}
		case tNum:
			if strings.IndexByte(text, '_') >= 0 {
				return true
			}
		case tName:
			switch text {
			case "super", "async", "await", "match", "case", "__future__", "lambda":
				return true
			case "with", "exec", "eval", "globals", "locals":
				if i+1 < len(toks) && isOp(src, toks[i+1], "(") {
					return true
				}
			}
		case tOp:
			switch text {
			case "{", ":=", "->", "@", "@=":
				return true
			case "*", "**":
				// Only a prefix star (unpacking, keyword-only marker).
				if i == 0 || prefixStar(src, toks[i-1]) {
					return true
				}
			case "/":
				// A positional-only marker: "/" between commas or brackets.
				if i > 0 && i+1 < len(toks) && isOp(src, toks[i-1], ",", "(") && isOp(src, toks[i+1], ",", ")", ":") {
					return true
				}
			case ";":
				// A new simple statement starts after a semicolon.
				if depth == 0 {
					newLine = true
				}
			case "(", "[":
				depth++
			case ")", "]", "}":
				depth--
			case ":":
				// Annotations: in a def's parameters, or after a target
				// at the start of a simple statement.
				// ("(x): T", "[a][0]: T": a statement starting with a
				// bracket has no other top-level colon)
				if depth > 0 && first == "def" || depth == 0 && first != "" && !keywords[first] {
					return true
				}
				// A compound statement with an inline body.
				if depth == 0 {
					if colons++; colons > 1 {
						return true
					}
				}
			}
		}
	}
	return false
}

// prefixStar reports whether a star after token p is a prefix star.
func prefixStar(src string, p tok) bool {
	switch p.kind {
	case tNewline:
		return true
	case tName:
		return keywords[src[p.s:p.e]] && src[p.s:p.e] != "None" && src[p.s:p.e] != "True" && src[p.s:p.e] != "False"
	case tOp:
		return isOp(src, p, "(", "[", "{", ",", "=", ":", ";")
	}
	return false
}

func isOp(src string, t tok, ops ...string) bool {
	if t.kind != tOp {
		return false
	}
	for _, o := range ops {
		if src[t.s:t.e] == o {
			return true
		}
	}
	return false
}

// syntaxError turns a pre-pass error into a Python SyntaxError at the
// original file, line and column.
func syntaxError(err error, src, filename string, li *lineIndex) error {
	span := 0
	if sp, ok := err.(*spanErr); ok {
		err, span = &sp.synErr, sp.n
	}
	se, ok := err.(*synErr)
	if !ok {
		return err
	}
	line, col := li.pos(se.off)
	msg := se.msg
	if strings.HasPrefix(msg, "unterminated string literal") || strings.HasPrefix(msg, "unterminated f-string literal") {
		msg += " (detected at line " + strconv.Itoa(line) + ")"
	}
	text := ""
	if line-1 < len(li.starts) {
		s := li.starts[line-1]
		e := strings.IndexByte(src[s:], '\n')
		if e < 0 {
			e = len(src) - s
		}
		text = src[s : s+e]
	}
	exc := py.ExceptionNewf(py.SyntaxError, "%s", msg)
	err = py.MakeSyntaxError(exc, filename, line, col+1, text)
	if e, ok := err.(*py.Exception); ok && e.Dict != nil && strings.HasPrefix(msg, "unterminated ") {
		// CPython's tokenizer errors give the line without its newline
		e.Dict["text"] = py.String(text)
	}
	if span > 0 {
		if e, ok := err.(*py.Exception); ok && e.Dict != nil {
			e.Dict["end_lineno"] = py.Int(line)
			e.Dict["end_offset"] = py.Int(col + 1 + span)
		}
	}
	return err
}
