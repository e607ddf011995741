package textmods

import (
	"github.com/go-python/gpython/py"
)

func iterOf(o py.Object) (py.Object, error) { return py.Iter(o) }

func itCount(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := parseArgs("count", args, kwargs, []string{"start", "step"}, 0)
	if err != nil {
		return nil, err
	}
	cur := a[0]
	if cur == nil {
		cur = py.Int(0)
	}
	step := a[1]
	if step == nil {
		step = py.Int(1)
	}
	return newIter("count", func() (py.Object, bool, error) {
		v := cur
		n, err := py.Add(cur, step)
		if err != nil {
			return nil, false, err
		}
		cur = n
		return v, true, nil
	}), nil
}

func itCycle(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := parseArgs("cycle", args, kwargs, []string{"iterable"}, 1)
	if err != nil {
		return nil, err
	}
	it, err := iterOf(a[0])
	if err != nil {
		return nil, err
	}
	var saved []py.Object
	exhausted := false
	i := 0
	return newIter("cycle", func() (py.Object, bool, error) {
		if !exhausted {
			v, ok, err := next(it)
			if err != nil {
				return nil, false, err
			}
			if ok {
				saved = append(saved, v)
				return v, true, nil
			}
			exhausted = true
		}
		if len(saved) == 0 {
			return nil, false, nil
		}
		v := saved[i%len(saved)]
		i++
		return v, true, nil
	}), nil
}

func itRepeat(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := parseArgs("repeat", args, kwargs, []string{"object", "times"}, 1)
	if err != nil {
		return nil, err
	}
	times := -1
	if a[1] != nil {
		if times, err = intArg(a[1], 0); err != nil {
			return nil, err
		}
		if times < 0 {
			times = 0
		}
	}
	return newIter("repeat", func() (py.Object, bool, error) {
		if times == 0 {
			return nil, false, nil
		}
		if times > 0 {
			times--
		}
		return a[0], true, nil
	}), nil
}

func chainOf(src func() (py.Object, bool, error)) py.Object {
	var cur py.Object
	return newIter("chain", func() (py.Object, bool, error) {
		for {
			if cur == nil {
				nxt, ok, err := src()
				if err != nil || !ok {
					return nil, false, err
				}
				it, err := iterOf(nxt)
				if err != nil {
					return nil, false, err
				}
				cur = it
			}
			v, ok, err := next(cur)
			if err != nil {
				return nil, false, err
			}
			if ok {
				return v, true, nil
			}
			cur = nil
		}
	})
}

func itChain(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	// gpython passes args as a window on the VM stack: copy what is kept.
	args = append(py.Tuple(nil), args...)
	if len(kwargs) > 0 {
		return nil, py.ExceptionNewf(py.TypeError, "chain() takes no keyword arguments")
	}
	i := 0
	return chainOf(func() (py.Object, bool, error) {
		if i >= len(args) {
			return nil, false, nil
		}
		i++
		return args[i-1], true, nil
	}), nil
}

func itChainFromIterable(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := parseArgs("from_iterable", args, kwargs, []string{"iterable"}, 1)
	if err != nil {
		return nil, err
	}
	outer, err := iterOf(a[0])
	if err != nil {
		return nil, err
	}
	return chainOf(func() (py.Object, bool, error) { return next(outer) }), nil
}

func optIndex(o py.Object, what string) (int, error) {
	if o == nil || o == py.None {
		return -1, nil
	}
	n, err := py.IndexInt(o)
	if err != nil || n < 0 {
		return 0, py.ExceptionNewf(py.ValueError, "%s argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.", what)
	}
	return n, nil
}

func itIslice(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) < 2 || len(args) > 4 {
		return nil, py.ExceptionNewf(py.TypeError, "islice expected at most 4 arguments, got %d", len(args))
	}
	start, stop, step := 0, -1, 1
	var err error
	if len(args) == 2 {
		if stop, err = optIndex(args[1], "Stop"); err != nil {
			return nil, err
		}
	} else {
		if start, err = optIndex(args[1], "Indices"); err != nil {
			return nil, py.ExceptionNewf(py.ValueError, "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
		}
		if start < 0 {
			start = 0
		}
		if stop, err = optIndex(args[2], "Stop"); err != nil {
			return nil, err
		}
		if len(args) == 4 {
			if step, err = optIndex(args[3], "Step"); err != nil {
				return nil, py.ExceptionNewf(py.ValueError, "Step for islice() must be a positive integer or None.")
			}
			if step == -1 {
				step = 1
			}
			if step == 0 {
				return nil, py.ExceptionNewf(py.ValueError, "Step for islice() must be a positive integer or None.")
			}
		}
	}
	it, err := iterOf(args[0])
	if err != nil {
		return nil, err
	}
	idx := 0
	nextWanted := start
	return newIter("islice", func() (py.Object, bool, error) {
		for {
			if stop >= 0 && nextWanted >= stop {
				// consume up to stop like CPython does
				for idx < stop {
					_, ok, err := next(it)
					if err != nil || !ok {
						return nil, false, err
					}
					idx++
				}
				return nil, false, nil
			}
			v, ok, err := next(it)
			if err != nil || !ok {
				return nil, false, err
			}
			idx++
			if idx-1 == nextWanted {
				nextWanted += step
				return v, true, nil
			}
		}
	}), nil
}

func itTakewhile(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := parseArgs("takewhile", args, kwargs, []string{"predicate", "iterable"}, 2)
	if err != nil {
		return nil, err
	}
	it, err := iterOf(a[1])
	if err != nil {
		return nil, err
	}
	stopped := false
	return newIter("takewhile", func() (py.Object, bool, error) {
		if stopped {
			return nil, false, nil
		}
		v, ok, err := next(it)
		if err != nil || !ok {
			return nil, false, err
		}
		r, err := py.Call(a[0], py.Tuple{v}, nil)
		if err != nil {
			return nil, false, err
		}
		t, err := truth(r)
		if err != nil {
			return nil, false, err
		}
		if !t {
			stopped = true
			return nil, false, nil
		}
		return v, true, nil
	}), nil
}

func itDropwhile(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := parseArgs("dropwhile", args, kwargs, []string{"predicate", "iterable"}, 2)
	if err != nil {
		return nil, err
	}
	it, err := iterOf(a[1])
	if err != nil {
		return nil, err
	}
	dropping := true
	return newIter("dropwhile", func() (py.Object, bool, error) {
		for {
			v, ok, err := next(it)
			if err != nil || !ok {
				return nil, false, err
			}
			if !dropping {
				return v, true, nil
			}
			r, err := py.Call(a[0], py.Tuple{v}, nil)
			if err != nil {
				return nil, false, err
			}
			t, err := truth(r)
			if err != nil {
				return nil, false, err
			}
			if !t {
				dropping = false
				return v, true, nil
			}
		}
	}), nil
}

func callKey(key, v py.Object) (py.Object, error) {
	if key == nil || key == py.None {
		return v, nil
	}
	return py.Call(key, py.Tuple{v}, nil)
}

func itGroupby(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := parseArgs("groupby", args, kwargs, []string{"iterable", "key"}, 1)
	if err != nil {
		return nil, err
	}
	it, err := iterOf(a[0])
	if err != nil {
		return nil, err
	}
	key := a[1]
	var curKey, curVal py.Object
	have, done := false, false
	gen := 0
	advance := func() error {
		v, ok, err := next(it)
		if err != nil {
			return err
		}
		if !ok {
			done = true
			have = false
			return nil
		}
		k, err := callKey(key, v)
		if err != nil {
			return err
		}
		curKey, curVal, have = k, v, true
		return nil
	}
	var tgt py.Object
	return newIter("groupby", func() (py.Object, bool, error) {
		gen++
		// skip to the next key
		for {
			if !have {
				if done {
					return nil, false, nil
				}
				if err := advance(); err != nil {
					return nil, false, err
				}
				if done {
					return nil, false, nil
				}
			}
			if tgt == nil {
				break
			}
			same, err := eq(curKey, tgt)
			if err != nil {
				return nil, false, err
			}
			if !same {
				break
			}
			have = false
		}
		tgt = curKey
		myGen := gen
		myKey := curKey
		first := true
		grp := newIter("_grouper", func() (py.Object, bool, error) {
			if myGen != gen {
				return nil, false, nil
			}
			if first {
				first = false
				if have {
					have = false
					return curVal, true, nil
				}
			}
			if !have {
				if done {
					return nil, false, nil
				}
				if err := advance(); err != nil {
					return nil, false, err
				}
				if done {
					return nil, false, nil
				}
			}
			same, err := eq(curKey, myKey)
			if err != nil {
				return nil, false, err
			}
			if !same {
				return nil, false, nil
			}
			have = false
			return curVal, true, nil
		})
		return py.Tuple{curKey, grp}, true, nil
	}), nil
}

func pools(args py.Tuple) ([][]py.Object, error) {
	out := make([][]py.Object, len(args))
	for i, a := range args {
		items, err := collect(a)
		if err != nil {
			return nil, err
		}
		out[i] = items
	}
	return out, nil
}

func itProduct(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	repeat := 1
	for k, v := range kwargs {
		if k != "repeat" {
			return nil, py.ExceptionNewf(py.TypeError, "product() got an unexpected keyword argument '%s'", k)
		}
		r, err := intArg(v, 1)
		if err != nil {
			return nil, err
		}
		repeat = r
	}
	ps, err := pools(args)
	if err != nil {
		return nil, err
	}
	var all [][]py.Object
	for r := 0; r < repeat; r++ {
		all = append(all, ps...)
	}
	if repeat < 0 {
		return nil, py.ExceptionNewf(py.ValueError, "repeat argument cannot be negative")
	}
	idx := make([]int, len(all))
	first := true
	finished := false
	for _, p := range all {
		if len(p) == 0 {
			finished = true
		}
	}
	return newIter("product", func() (py.Object, bool, error) {
		if finished {
			return nil, false, nil
		}
		if !first {
			i := len(all) - 1
			for ; i >= 0; i-- {
				idx[i]++
				if idx[i] < len(all[i]) {
					break
				}
				idx[i] = 0
			}
			if i < 0 {
				finished = true
				return nil, false, nil
			}
		}
		first = false
		t := make(py.Tuple, len(all))
		for i, p := range all {
			t[i] = p[idx[i]]
		}
		return t, true, nil
	}), nil
}

func itPermutations(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := parseArgs("permutations", args, kwargs, []string{"iterable", "r"}, 1)
	if err != nil {
		return nil, err
	}
	pool, err := collect(a[0])
	if err != nil {
		return nil, err
	}
	n := len(pool)
	r, err := intArg(a[1], n)
	if err != nil {
		return nil, err
	}
	if r < 0 {
		return nil, py.ExceptionNewf(py.ValueError, "r must be non-negative")
	}
	// lexicographic order of index sequences without repetition
	used := make([]bool, n)
	cur := make([]int, 0, r)
	var results []py.Object
	var rec func()
	rec = func() {
		if len(cur) == r {
			t := make(py.Tuple, r)
			for i, j := range cur {
				t[i] = pool[j]
			}
			results = append(results, t)
			return
		}
		for j := 0; j < n; j++ {
			if !used[j] {
				used[j] = true
				cur = append(cur, j)
				rec()
				cur = cur[:len(cur)-1]
				used[j] = false
			}
		}
	}
	if r <= n {
		rec()
	}
	return sliceIter("permutations", results), nil
}

func sliceIter(name string, items []py.Object) py.Object {
	i := 0
	return newIter(name, func() (py.Object, bool, error) {
		if i >= len(items) {
			return nil, false, nil
		}
		i++
		return items[i-1], true, nil
	})
}

func combos(name string, args py.Tuple, kwargs py.StringDict, repl bool) (py.Object, error) {
	a, err := parseArgs(name, args, kwargs, []string{"iterable", "r"}, 2)
	if err != nil {
		return nil, err
	}
	pool, err := collect(a[0])
	if err != nil {
		return nil, err
	}
	r, err := intArg(a[1], 0)
	if err != nil {
		return nil, err
	}
	if r < 0 {
		return nil, py.ExceptionNewf(py.ValueError, "r must be non-negative")
	}
	n := len(pool)
	var results []py.Object
	cur := make([]int, 0, r)
	var rec func(start int)
	rec = func(start int) {
		if len(cur) == r {
			t := make(py.Tuple, r)
			for i, j := range cur {
				t[i] = pool[j]
			}
			results = append(results, t)
			return
		}
		for j := start; j < n; j++ {
			cur = append(cur, j)
			if repl {
				rec(j)
			} else {
				rec(j + 1)
			}
			cur = cur[:len(cur)-1]
		}
	}
	if repl || r <= n {
		if !(repl && n == 0 && r > 0) {
			rec(0)
		}
	}
	return sliceIter(name, results), nil
}

func itAccumulate(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := parseArgs("accumulate", args, kwargs, []string{"iterable", "func", "initial"}, 1)
	if err != nil {
		return nil, err
	}
	it, err := iterOf(a[0])
	if err != nil {
		return nil, err
	}
	fn := a[1]
	var total py.Object
	initial := a[2]
	if initial == py.None {
		initial = nil
	}
	return newIter("accumulate", func() (py.Object, bool, error) {
		if initial != nil {
			total = initial
			initial = nil
			return total, true, nil
		}
		v, ok, err := next(it)
		if err != nil || !ok {
			return nil, false, err
		}
		if total == nil {
			total = v
			return v, true, nil
		}
		if fn == nil || fn == py.None {
			total, err = py.Add(total, v)
		} else {
			total, err = py.Call(fn, py.Tuple{total, v}, nil)
		}
		if err != nil {
			return nil, false, err
		}
		return total, true, nil
	}), nil
}

func itZipLongest(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var fill py.Object = py.None
	for k, v := range kwargs {
		if k != "fillvalue" {
			return nil, py.ExceptionNewf(py.TypeError, "zip_longest() got an unexpected keyword argument '%s'", k)
		}
		fill = v
	}
	its := make([]py.Object, len(args))
	for i, a := range args {
		it, err := iterOf(a)
		if err != nil {
			return nil, err
		}
		its[i] = it
	}
	active := len(its)
	return newIter("zip_longest", func() (py.Object, bool, error) {
		if len(its) == 0 || active == 0 {
			return nil, false, nil
		}
		t := make(py.Tuple, len(its))
		for i, it := range its {
			if it == nil {
				t[i] = fill
				continue
			}
			v, ok, err := next(it)
			if err != nil {
				return nil, false, err
			}
			if !ok {
				active--
				its[i] = nil
				if active == 0 {
					return nil, false, nil
				}
				t[i] = fill
				continue
			}
			t[i] = v
		}
		return t, true, nil
	}), nil
}

func itStarmap(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := parseArgs("starmap", args, kwargs, []string{"function", "iterable"}, 2)
	if err != nil {
		return nil, err
	}
	it, err := iterOf(a[1])
	if err != nil {
		return nil, err
	}
	return newIter("starmap", func() (py.Object, bool, error) {
		v, ok, err := next(it)
		if err != nil || !ok {
			return nil, false, err
		}
		argv, err := collect(v)
		if err != nil {
			return nil, false, err
		}
		r, err := py.Call(a[0], py.Tuple(argv), nil)
		if err != nil {
			return nil, false, err
		}
		return r, true, nil
	}), nil
}

func itTee(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := parseArgs("tee", args, kwargs, []string{"iterable", "n"}, 1)
	if err != nil {
		return nil, err
	}
	n, err := intArg(a[1], 2)
	if err != nil {
		return nil, err
	}
	if n < 0 {
		return nil, py.ExceptionNewf(py.ValueError, "n must be >= 0")
	}
	it, err := iterOf(a[0])
	if err != nil {
		return nil, err
	}
	var buf []py.Object
	done := false
	out := make(py.Tuple, n)
	for i := 0; i < n; i++ {
		pos := 0
		out[i] = newIter("_tee", func() (py.Object, bool, error) {
			if pos < len(buf) {
				pos++
				return buf[pos-1], true, nil
			}
			if done {
				return nil, false, nil
			}
			v, ok, err := next(it)
			if err != nil {
				return nil, false, err
			}
			if !ok {
				done = true
				return nil, false, nil
			}
			buf = append(buf, v)
			pos++
			return v, true, nil
		})
	}
	return out, nil
}

func itFilterfalse(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := parseArgs("filterfalse", args, kwargs, []string{"function", "iterable"}, 2)
	if err != nil {
		return nil, err
	}
	it, err := iterOf(a[1])
	if err != nil {
		return nil, err
	}
	return newIter("filterfalse", func() (py.Object, bool, error) {
		for {
			v, ok, err := next(it)
			if err != nil || !ok {
				return nil, false, err
			}
			r := v
			if a[0] != py.None {
				if r, err = py.Call(a[0], py.Tuple{v}, nil); err != nil {
					return nil, false, err
				}
			}
			t, err := truth(r)
			if err != nil {
				return nil, false, err
			}
			if !t {
				return v, true, nil
			}
		}
	}), nil
}

func itCompress(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := parseArgs("compress", args, kwargs, []string{"data", "selectors"}, 2)
	if err != nil {
		return nil, err
	}
	d, err := iterOf(a[0])
	if err != nil {
		return nil, err
	}
	s, err := iterOf(a[1])
	if err != nil {
		return nil, err
	}
	return newIter("compress", func() (py.Object, bool, error) {
		for {
			v, ok, err := next(d)
			if err != nil || !ok {
				return nil, false, err
			}
			sel, ok, err := next(s)
			if err != nil || !ok {
				return nil, false, err
			}
			t, err := truth(sel)
			if err != nil {
				return nil, false, err
			}
			if t {
				return v, true, nil
			}
		}
	}), nil
}

func itPairwise(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := parseArgs("pairwise", args, kwargs, []string{"iterable"}, 1)
	if err != nil {
		return nil, err
	}
	it, err := iterOf(a[0])
	if err != nil {
		return nil, err
	}
	var prev py.Object
	return newIter("pairwise", func() (py.Object, bool, error) {
		if prev == nil {
			v, ok, err := next(it)
			if err != nil || !ok {
				return nil, false, err
			}
			prev = v
		}
		v, ok, err := next(it)
		if err != nil || !ok {
			return nil, false, err
		}
		t := py.Tuple{prev, v}
		prev = v
		return t, true, nil
	}), nil
}

func init() {
	chain := goType("chain", "chain(*iterables) --> chain object", itChain)
	chain.Dict["from_iterable"] = method("from_iterable", itChainFromIterable)
	register("itertools", "Functional tools for creating and using iterators.", []*py.Method{
		method("count", itCount),
		method("cycle", itCycle),
		method("repeat", itRepeat),
		method("islice", itIslice),
		method("takewhile", itTakewhile),
		method("dropwhile", itDropwhile),
		method("groupby", itGroupby),
		method("product", itProduct),
		method("permutations", itPermutations),
		method("combinations", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			return combos("combinations", args, kwargs, false)
		}),
		method("combinations_with_replacement", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			return combos("combinations_with_replacement", args, kwargs, true)
		}),
		method("accumulate", itAccumulate),
		method("zip_longest", itZipLongest),
		method("starmap", itStarmap),
		method("tee", itTee),
		method("filterfalse", itFilterfalse),
		method("compress", itCompress),
		method("pairwise", itPairwise),
	}, py.StringDict{"chain": chain})
}

// The iterator types are made at start-up (gpython types must not be
// created concurrently later).
func init() {
	for _, name := range []string{"_grouper", "_tee", "accumulate", "chain", "combinations",
		"combinations_with_replacement", "compress", "count", "cycle", "dropwhile", "filterfalse",
		"groupby", "islice", "pairwise", "permutations", "product", "repeat", "starmap",
		"takewhile", "zip_longest"} {
		iterType(name)
	}
}
