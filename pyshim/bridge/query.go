package bridge

import (
	"encoding/json"
	"net/url"
	"strconv"

	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python/pyobj"
	"github.com/gowikibot/gowikibot/site"
)

// query(family, code, params[, limit_key, total]) -> iterator over each
// response's "query" member, following continuation lazily (one request
// per step). With limit_key and total (a list query that is to yield at
// most total items), each continued request asks for no more than the
// items still wanted, as pywikibot's QueryGenerator does.
func (b *bridge) query(args []py.Object) (py.Object, error) {
	state.mu.Lock()
	s, err := state.openSite(str(args[0]), str(args[1]))
	state.mu.Unlock()
	if err != nil {
		return nil, b.pyError(err)
	}
	p, err := params(args[2])
	if err != nil {
		return nil, err
	}
	p.Set("action", "query")
	q := &QueryIter{b: b, s: s, params: p}
	if args[3] != nil && args[4] != nil && args[4] != py.None {
		n, ok := args[4].(py.Int)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "query() argument 5 must be int, not %s", args[4].Type().Name)
		}
		q.limitKey, q.remaining = str(args[3]), int(n)
	}
	return q, nil
}

// wanted lowers the limit of the next request to the items still wanted
// once a response of the list gave n of them.
func (q *QueryIter) wanted(n int) {
	q.remaining -= n
	if q.remaining <= 0 {
		q.done = true
		return
	}
	if cur, err := strconv.Atoi(q.params.Get(q.limitKey)); err == nil && cur > q.remaining {
		q.params.Set(q.limitKey, strconv.Itoa(q.remaining))
	}
}

// listLen is the number of items of the list query's result in a "query"
// member.
func listLen(query json.RawMessage, list string) int {
	var m map[string]json.RawMessage
	if json.Unmarshal(query, &m) != nil {
		return 0
	}
	var items []json.RawMessage
	if json.Unmarshal(m[list], &items) != nil {
		return 0
	}
	return len(items)
}

// QueryIter iterates over the responses of a continued query.
type QueryIter struct {
	b        *bridge
	s        *site.APISite
	params   url.Values
	prevCont []string
	done     bool
	// limitKey names the list's limit parameter while the caller wants
	// remaining more items (none: no limit key)
	limitKey  string
	remaining int
}

// QueryIterType is the Python type of QueryIter.
var QueryIterType = py.NewType("query_iterator", "responses of a continued API query")

// Type implements py.Object.
func (q *QueryIter) Type() *py.Type { return QueryIterType }

// M__iter__ implements iter().
func (q *QueryIter) M__iter__() (py.Object, error) { return q, nil }

// M__next__ sends the next request.
func (q *QueryIter) M__next__() (py.Object, error) {
	if q.done {
		return nil, py.StopIteration
	}
	var r struct {
		Query    json.RawMessage `json:"query"`
		Continue map[string]any  `json:"continue"`
	}
	var err error
	unlocked(func() { err = q.s.Do(q.b.wait(), &site.Request{Params: q.params}, &r) })
	if err != nil {
		q.done = true
		return nil, q.b.pyError(err)
	}
	if len(r.Continue) == 0 {
		q.done = true
	} else {
		if q.limitKey != "" {
			q.wanted(listLen(r.Query, q.params.Get("list")))
		}
		for _, k := range q.prevCont {
			q.params.Del(k)
		}
		q.prevCont = q.prevCont[:0]
		for k, v := range r.Continue {
			q.params.Set(k, continueString(v))
			q.prevCont = append(q.prevCont, k)
		}
	}
	if len(r.Query) == 0 {
		return pyobj.NewDict(), nil
	}
	return jsonToPy(r.Query)
}

func continueString(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	}
	b, _ := json.Marshal(v)
	return string(b)
}
