package bridge

import (
	"net/url"
	"strconv"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/pyconfig"
	"github.com/gowikibot/gowikibot/pyshim/python/methods"
	"github.com/gowikibot/gowikibot/pyshim/python/pyobj"
	"github.com/gowikibot/gowikibot/site"
)

// params converts a Python dict of API parameters to url.Values: lists and
// tuples are joined with "|", booleans become "" (true, sent) or omitted.
func params(o py.Object) (url.Values, error) {
	v := url.Values{}
	var items [][2]py.Object
	switch d := o.(type) {
	case *pyobj.Dict:
		for _, it := range d.Items() {
			items = append(items, [2]py.Object{it.Key, it.Value})
		}
	case py.StringDict:
		for k, x := range d {
			items = append(items, [2]py.Object{py.String(k), x})
		}
	default:
		return nil, py.ExceptionNewf(py.TypeError, "API parameters must be a dict")
	}
	for _, it := range items {
		k := str(it[0])
		switch x := it[1].(type) {
		case py.NoneType:
		case py.Bool:
			if x {
				v.Set(k, "")
			}
		case py.String:
			v.Set(k, string(x))
		case py.Int:
			v.Set(k, strconv.FormatInt(int64(x), 10))
		case py.Bytes:
			// sent as they are, as pywikibot's Request sends bytes values
			// (e.g. a base64.b16encode digest for aisha1)
			v.Set(k, string(x))
		case methods.Bytes: // the compatibility layer's bytes objects
			v.Set(k, string(x))
		case *py.List, py.Tuple:
			var parts []string
			py.Iterate(x, func(e py.Object) bool {
				s, _ := py.Str(e)
				parts = append(parts, str(s))
				return false
			})
			v.Set(k, strings.Join(parts, "|"))
		default:
			s, err := py.Str(x)
			if err != nil {
				return nil, err
			}
			v.Set(k, str(s))
		}
	}
	return v, nil
}

// jsonToPy decodes raw JSON into Python objects (ordered dicts).
func jsonToPy(raw []byte) (py.Object, error) {
	return pyobj.JSONLoads(py.String(raw), nil)
}

// toPy converts Go values to Python objects (pyconfig.ToPy: the one
// converter, shared with the config evaluation); map keys are sorted.
func toPy(v any) py.Object { return pyconfig.ToPy(v) }

// pageList is a list of pageDicts, in the order of pages.
func pageList(pages []*site.Page) *py.List {
	l := py.NewList()
	for _, p := range pages {
		l.Append(pageDict(p))
	}
	return l
}

func pageDict(p *site.Page) py.Object {
	d := pyobj.NewDict()
	d.SetStr("title", py.String(p.Title))
	d.SetStr("ns", py.Int(p.NS))
	d.SetStr("pageid", py.Int(p.PageID))
	d.SetStr("missing", py.NewBool(p.Missing))
	d.SetStr("invalid", py.NewBool(p.Invalid))
	d.SetStr("invalidreason", py.String(p.InvalidReason))
	d.SetStr("redirect", py.NewBool(p.Redirect))
	d.SetStr("contentmodel", py.String(p.ContentModel))
	d.SetStr("touched", py.String(p.Touched))
	d.SetStr("lastrevid", py.Int(p.LastRevID))
	d.SetStr("length", py.Int(p.Length))
	d.SetStr("starttimestamp", py.String(p.StartTimestamp))
	if r := p.Latest(); r != nil {
		rd := pyobj.NewDict()
		rd.SetStr("revid", py.Int(r.RevID))
		rd.SetStr("parentid", py.Int(r.ParentID))
		rd.SetStr("minor", py.NewBool(r.Minor))
		rd.SetStr("user", py.String(r.User))
		rd.SetStr("timestamp", py.String(r.Timestamp))
		rd.SetStr("comment", py.String(r.Comment))
		rd.SetStr("sha1", py.String(r.SHA1))
		rd.SetStr("text", py.String(r.Slots.Main.Content))
		rd.SetStr("contentmodel", py.String(r.Slots.Main.ContentModel))
		// what pywikibot.page.Revision._upcast_dict would add, in its
		// order, so that Revision._loaded takes the dict as it is (anon
		// and the hidden flags are not asked for: false)
		rd.SetStr("anon", py.False)
		rd.SetStr("userhidden", py.False)
		rd.SetStr("commenthidden", py.False)
		rd.SetStr("slots", py.None)
		d.SetStr("revision", rd)
	} else {
		d.SetStr("revision", py.None)
	}
	return d
}

func editFromDict(o py.Object) (site.Edit, error) {
	var e site.Edit
	get := func(k string) py.Object {
		if d, ok := o.(*pyobj.Dict); ok {
			v, _ := d.GetStr(k)
			return v
		}
		if d, ok := o.(py.StringDict); ok {
			return d[k]
		}
		return nil
	}
	truthy := func(k string) bool {
		v := get(k)
		if v == nil || v == py.None {
			return false
		}
		t, err := py.MakeBool(v)
		return err == nil && t == py.True
	}
	e.Title = str(get("title"))
	e.Text = str(get("text"))
	e.Summary = str(get("summary"))
	e.Minor = truthy("minor")
	e.NotMinor = truthy("notminor")
	e.Bot = truthy("bot")
	e.BaseTimestamp = str(get("basetimestamp"))
	e.StartTimestamp = str(get("starttimestamp"))
	if n, ok := get("baserevid").(py.Int); ok {
		e.BaseRevID = int64(n)
	}
	e.NoCreate = truthy("nocreate")
	e.CreateOnly = truthy("createonly")
	e.Section = str(get("section"))
	e.Watchlist = str(get("watchlist"))
	e.Tags = str(get("tags"))
	if x, ok := get("extra").(*pyobj.Dict); ok {
		e.Extra = map[string]string{}
		for _, it := range x.Items() {
			e.Extra[str(it.Key)] = str(it.Value)
		}
	}
	if e.Title == "" {
		return e, py.ExceptionNewf(py.ValueError, "edit needs a title")
	}
	return e, nil
}
