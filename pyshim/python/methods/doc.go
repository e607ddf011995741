// Package methods adds the methods of str, bytes, list, int and float that gpython v0.2.0 lacks, str.format and % formatting as CPython does them, file objects with readline and iteration, input() and round().
//
// Process-wide (init functions):
//   - str, list, tuple, int, float and bytes methods are added to (or
//     replace those in) the Dict of gpython's types; every method also works
//     unbound (str.upper("x"), list.append(l, 1)).
//   - The constructors of str (decoding bytes), int (bool, underscores,
//     CPython's error messages), float ("inf", "nan", underscores) and bytes
//     are wrapped or replaced.
//   - Every compiled code object is rewritten (see bytecode.go): `%`, `%=`
//     and `+=` call Go helpers, because gpython dispatches them to Go
//     methods of its own types that cannot be replaced (str % was an
//     approximation with Go's fmt, list += accepted only lists). bytes
//     constants become Bytes, this layer's bytes object (same Python type
//     as gpython's, plus indexing, iteration, `in`, `*` and `%`).
//     The ordering comparisons <, <=, > and >= also call Go helpers
//     (upstream_gaps.go): tuples and lists order lexicographically and unsupported
//     pairs raise CPython's TypeError. A comparison with a constant right
//     operand that only decides a conditional jump (`if n < 2:`,
//     `while i < 10:`) costs no call: it becomes COMPARE_OP in against a
//     comparison constant whose __contains__ does the comparison.
//   - py.VmEvalCode and py.VmRunFrame are wrapped by a per-context frame
//     depth counter: more than RecursionLimit nested frames raise
//     RecursionError instead of overflowing the Go stack. The classes
//     layer's per-call work runs in the same wrapper (one Go frame per
//     Python call), and SetCallCheck lets an embedder add a check (Ctrl-C)
//     to it instead of wrapping again.
//   - enumerate(iterable=, start=) and str(object=) accept their keywords.
//
// Per context (Install): the builtins format, round, open, input,
// bytearray and RecursionError, sum(start=) and pow(base=, exp=, mod=), and
// the context's depth counter.
//
// Exported helpers for other layers: FormatValue (format(v, spec)),
// FormatString (str.format), PercentFormat (str % values), ReprFloat,
// StrOf/ReprOf, Encode/Decode, SplitLines, Title, NewBytes and Open.
package methods
