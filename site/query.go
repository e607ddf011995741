package site

import (
	"context"
	"encoding/json"
	"net/url"
	"strconv"
	"strings"
)

// QueryResult is one response of a query: the "query" member raw, plus
// the continuation.
type QueryResult struct {
	Query    map[string]json.RawMessage `json:"query"`
	Continue map[string]any             `json:"continue"`
	Warnings map[string]any             `json:"warnings"`
	Batch    bool                       `json:"batchcomplete"`
}

// Query runs an action=query with continuation: each response is passed
// to fn, and its "continue" values are merged into the next request until
// there is none or fn returns stop=true.
func (s *APISite) Query(ctx context.Context, params url.Values, fn func(*QueryResult) (stop bool, err error)) error {
	p := cloneValues(params)
	p.Set("action", "query")
	var prevCont []string
	for {
		var r QueryResult
		if err := s.Do(ctx, &Request{Params: p}, &r); err != nil {
			return err
		}
		stop, err := fn(&r)
		if err != nil || stop || len(r.Continue) == 0 {
			return err
		}
		for _, k := range prevCont {
			p.Del(k)
		}
		prevCont = prevCont[:0]
		for k, v := range r.Continue {
			p.Set(k, continueValue(v))
			prevCont = append(prevCont, k)
		}
	}
}

func continueValue(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	case bool:
		if x {
			return "1"
		}
		return ""
	}
	b, _ := json.Marshal(v)
	return string(b)
}

// Page is a page as loaded by LoadPages.
type Page struct {
	PageID         int64      `json:"pageid"`
	NS             int        `json:"ns"`
	Title          string     `json:"title"`
	Missing        bool       `json:"missing"`
	Invalid        bool       `json:"invalid"`
	InvalidReason  string     `json:"invalidreason"`
	Redirect       bool       `json:"redirect"`
	ContentModel   string     `json:"contentmodel"`
	Touched        string     `json:"touched"`
	LastRevID      int64      `json:"lastrevid"`
	Length         int64      `json:"length"`
	Revisions      []Revision `json:"revisions"`
	StartTimestamp string     `json:"-"` // curtimestamp of the load, for edits
}

// Revision is one revision with its main slot.
type Revision struct {
	RevID     int64  `json:"revid"`
	ParentID  int64  `json:"parentid"`
	Minor     bool   `json:"minor"`
	User      string `json:"user"`
	Timestamp string `json:"timestamp"`
	Comment   string `json:"comment"`
	SHA1      string `json:"sha1"`
	Slots     struct {
		Main struct {
			ContentModel  string `json:"contentmodel"`
			ContentFormat string `json:"contentformat"`
			Content       string `json:"content"`
		} `json:"main"`
	} `json:"slots"`
}

// Exists reports whether the page exists.
func (p *Page) Exists() bool { return p != nil && !p.Missing && !p.Invalid && p.PageID != 0 }

// Text returns the text of the loaded revision ("" for a missing page).
func (p *Page) Text() string {
	if p == nil || len(p.Revisions) == 0 {
		return ""
	}
	return p.Revisions[0].Slots.Main.Content
}

// Latest returns the loaded revision (nil for a missing page).
func (p *Page) Latest() *Revision {
	if p == nil || len(p.Revisions) == 0 {
		return nil
	}
	return &p.Revisions[0]
}

type pagesResponse struct {
	CurTimestamp string         `json:"curtimestamp"`
	Continue     map[string]any `json:"continue"`
	Query        struct {
		Normalized []struct{ From, To string } `json:"normalized"`
		Pages      []*Page                     `json:"pages"`
		UserInfo   *UserInfo                   `json:"userinfo"`
	} `json:"query"`
}

func (r *pagesResponse) queryUserInfo() *UserInfo { return r.Query.UserInfo }
func (r *pagesResponse) resetUserInfo()           { r.Query.UserInfo = nil }

// BatchSize is the number of titles per request: 50, or 500 with the
// apihighlimits right.
func (s *APISite) BatchSize(ctx context.Context) int {
	if ui, err := s.UserInfo(ctx); err == nil && ui.HasRight("apihighlimits") {
		return 500
	}
	return 50
}

// LoadPages loads the latest revision (with its text from rvslots=main)
// of each title, in batches of BatchSize titles per request, following
// continuation. The result has one *Page per title, in order; a missing
// page has Missing set.
func (s *APISite) LoadPages(ctx context.Context, titles []string) ([]*Page, error) {
	return s.loadPages(ctx, "titles", titles)
}

// LoadPagesByID is LoadPages for page ids.
func (s *APISite) LoadPagesByID(ctx context.Context, ids []int64) ([]*Page, error) {
	keys := make([]string, len(ids))
	for i, id := range ids {
		keys[i] = strconv.FormatInt(id, 10)
	}
	return s.loadPages(ctx, "pageids", keys)
}

func (s *APISite) loadPages(ctx context.Context, kind string, keys []string) ([]*Page, error) {
	batch := s.BatchSize(ctx)
	byTitle := map[string]*Page{}
	byID := map[int64]*Page{}
	norm := map[string]string{}
	for start := 0; start < len(keys); start += batch {
		chunk := keys[start:min(start+batch, len(keys))]
		p := url.Values{
			"prop":         {"info|revisions"},
			"rvprop":       {"ids|timestamp|flags|comment|user|content|contentmodel|sha1"},
			"rvslots":      {"main"},
			"curtimestamp": {"1"},
			kind:           {strings.Join(chunk, "|")},
		}
		var cur string
		err := s.queryPages(ctx, p, func(r *pagesResponse) {
			if r.CurTimestamp != "" {
				cur = r.CurTimestamp
			}
			for _, n := range r.Query.Normalized {
				norm[n.From] = n.To
			}
			for _, pg := range r.Query.Pages {
				old := byTitle[pg.Title]
				if old != nil && len(pg.Revisions) == 0 {
					continue // a continuation repeats pages without content
				}
				pg.StartTimestamp = cur
				byTitle[pg.Title] = pg
				if pg.PageID != 0 {
					byID[pg.PageID] = pg
				}
			}
		})
		if err != nil {
			return nil, err
		}
	}
	out := make([]*Page, len(keys))
	for i, k := range keys {
		if kind == "pageids" {
			id, _ := strconv.ParseInt(k, 10, 64)
			out[i] = byID[id]
			if out[i] == nil {
				out[i] = &Page{PageID: id, Missing: true}
			}
			continue
		}
		t := k
		if n, ok := norm[t]; ok {
			t = n
		}
		out[i] = byTitle[t]
		if out[i] == nil {
			out[i] = &Page{Title: t, Missing: true}
		}
	}
	return out, nil
}

// queryPages runs a page query with continuation, decoding into typed
// responses (the whole batch is one POST when its URL would be too long).
func (s *APISite) queryPages(ctx context.Context, params url.Values, fn func(*pagesResponse)) error {
	p := cloneValues(params)
	p.Set("action", "query")
	var prev []string
	for {
		var r pagesResponse
		if err := s.Do(ctx, &Request{Params: p}, &r); err != nil {
			return err
		}
		fn(&r)
		if len(r.Continue) == 0 {
			return nil
		}
		for _, k := range prev {
			p.Del(k)
		}
		prev = prev[:0]
		for k, v := range r.Continue {
			p.Set(k, continueValue(v))
			prev = append(prev, k)
		}
	}
}
