package bridge

import (
	"context"
	"encoding/json"
	"os"
	"sort"

	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python"
	"github.com/gowikibot/gowikibot/site"
)

// wait is the context site calls run under: Ctrl-C cancels it, ending a
// throttle sleep, retry backoff or HTTP request at once (pyError then
// raises the KeyboardInterrupt).
func (b *bridge) wait() context.Context { return python.WaitContext(b.ctx) }

// siteMethod is one method of site_call: its parameters (after family,
// code and the method name) and its Go side, which gets one object per
// parameter (nil for an optional one not given).
type siteMethod struct {
	sig signature
	fn  func(b *bridge, s *site.APISite, a []py.Object) (py.Object, error)
}

// siteCallSig is site_call's own leading parameters.
var siteCallSig = signature{name: "site_call", required: 3,
	params: []param{{"family", strOrNone}, {"code", strOrNone}, {"method", strArg}}}

// siteMethods are the methods site_call dispatches to, by name.
var siteMethods map[string]siteMethod

func init() {
	m := func(name string, required int, fn func(*bridge, *site.APISite, []py.Object) (py.Object, error), params ...param) {
		siteMethods[name] = siteMethod{sig: sig(name, required, params...), fn: fn}
	}
	siteMethods = map[string]siteMethod{}
	m("info", 0, siteInfoDict)
	m("login", 0, func(b *bridge, s *site.APISite, _ []py.Object) (py.Object, error) {
		var err error
		unlocked(func() { err = s.Login(b.wait()) })
		return py.None, b.pyError(err)
	})
	m("script_user", 0, func(b *bridge, s *site.APISite, _ []py.Object) (py.Object, error) {
		s, err := b.reopenWithScriptUser(s)
		if err != nil || s.Username() == "" {
			return py.None, b.pyError(err)
		}
		return py.String(s.Username()), nil
	})
	m("logout", 0, func(b *bridge, s *site.APISite, _ []py.Object) (py.Object, error) {
		var err error
		unlocked(func() { err = s.Logout(b.wait()) })
		return py.None, b.pyError(err)
	})
	m("logged_in", 0, func(b *bridge, s *site.APISite, _ []py.Object) (py.Object, error) {
		return py.NewBool(s.LoggedIn()), nil
	})
	m("user", 0, func(b *bridge, s *site.APISite, _ []py.Object) (py.Object, error) {
		if u := s.User(); u != "" {
			return py.String(u), nil
		}
		return py.None, nil
	})
	m("userinfo", 0, siteUserInfo, param{"force", boolArg})
	m("siteinfo", 0, siteSiteInfo)
	m("token", 1, siteToken, param{"kind", strArg})
	m("api", 1, siteAPI, param{"params", anyArg}, param{"write", boolArg}, param{"token", strOrNone})
	m("load_pages", 1, siteLoadPages, param{"pages", anyArg}, param{"by_id", boolArg})
	m("edit", 1, siteEdit, param{"request", anyArg})
	m("stats", 0, func(b *bridge, s *site.APISite, _ []py.Object) (py.Object, error) {
		st := s.Stats()
		return toPy(map[string]any{"requests": int64(st.Requests), "retries": int64(st.Retries)}), nil
	})
	m("family_info", 0, func(b *bridge, s *site.APISite, _ []py.Object) (py.Object, error) {
		return familyInfo(s.Family(), s.Code()), nil
	})
	m("login_name", 0, siteLoginName)
}

// siteCall dispatches site_call(family, code, method, *args): it checks
// the method and its arguments, then opens the site and calls it.
func (b *bridge) siteCall(args py.Tuple, kw py.StringDict) (py.Object, error) {
	n := len(siteCallSig.params)
	if len(args) < n {
		return nil, py.ExceptionNewf(py.TypeError, "site_call() takes at least 3 arguments (%d given)", len(args))
	}
	head, err := siteCallSig.bind(args[:n], kw)
	if err != nil {
		return nil, err
	}
	method := str(head[2])
	sm, ok := siteMethods[method]
	if !ok {
		return nil, py.ExceptionNewf(py.AttributeError, "site_call: unknown method %q (known: %s)", method, siteMethodNames())
	}
	rest, err := sm.sig.bind(args[n:], nil)
	if err != nil {
		return nil, err
	}
	state.mu.Lock()
	if !state.isOpen(str(head[0]), str(head[1])) {
		// a new site: the script's config.usernames first (read with the
		// state unlocked: reading a Python dict may run Python code)
		state.mu.Unlock()
		names := b.scriptUsernames()
		nums := b.scriptNumbers()
		state.mu.Lock()
		state.mergeUsernames(names)
		state.scriptNums = nums
	}
	s, err := state.openSite(str(head[0]), str(head[1]))
	state.mu.Unlock()
	if err != nil {
		return nil, b.pyError(err)
	}
	return sm.fn(b, s, rest)
}

func siteMethodNames() string {
	names := make([]string, 0, len(siteMethods))
	for n := range siteMethods {
		names = append(names, n)
	}
	sort.Strings(names)
	out := ""
	for i, n := range names {
		if i > 0 {
			out += ", "
		}
		out += n
	}
	return out
}

func siteInfoDict(b *bridge, s *site.APISite, _ []py.Object) (py.Object, error) {
	fam := s.Family()
	return toPy(map[string]any{
		"family": fam.Name(), "code": s.Code(), "api_url": s.APIURL(), "host": s.Host(),
		"username": s.Username(), "hostname": fam.Hostname(s.Code()), "protocol": fam.Protocol(s.Code()),
		"scriptpath": fam.ScriptPath(s.Code()),
	}), nil
}

// siteUserInfo is userinfo(force=False).
func siteUserInfo(b *bridge, s *site.APISite, a []py.Object) (py.Object, error) {
	force, err := truth(a[0])
	if err != nil {
		return nil, err
	}
	var ui *site.UserInfo
	unlocked(func() {
		if force {
			ui, err = s.RefreshUserInfo(b.wait())
		} else {
			ui, err = s.UserInfo(b.wait())
		}
	})
	if err != nil {
		return nil, b.pyError(err)
	}
	raw, _ := json.Marshal(ui)
	return jsonToPy(raw)
}

func siteSiteInfo(b *bridge, s *site.APISite, _ []py.Object) (py.Object, error) {
	var si *site.SiteInfo
	var err error
	unlocked(func() { si, err = s.SiteInfo(b.wait()) })
	if err != nil {
		return nil, b.pyError(err)
	}
	raw, _ := json.Marshal(si)
	return jsonToPy(raw)
}

// siteToken is token(kind).
func siteToken(b *bridge, s *site.APISite, a []py.Object) (py.Object, error) {
	kind := str(a[0])
	var t string
	var err error
	unlocked(func() { t, err = s.Token(b.wait(), kind) })
	if err != nil {
		return nil, b.pyError(err)
	}
	return py.String(t), nil
}

// siteAPI is api(params, write=False, token=None) -> the whole response.
func siteAPI(b *bridge, s *site.APISite, a []py.Object) (py.Object, error) {
	p, err := params(a[0])
	if err != nil {
		return nil, err
	}
	write, err := truth(a[1])
	if err != nil {
		return nil, err
	}
	tok := str(a[2])
	if write && s.Config().Simulate {
		return toPy(map[string]any{p.Get("action"): map[string]any{"result": "Success", "nochange": ""}}), nil
	}
	var raw json.RawMessage
	unlocked(func() { err = s.Do(b.wait(), &site.Request{Params: p, Write: write, Token: tok}, &raw) })
	if err != nil {
		return nil, b.pyError(err)
	}
	return jsonToPy(raw)
}

// siteLoadPages is load_pages(titles_or_ids, by_id=False) -> list of page
// dicts.
func siteLoadPages(b *bridge, s *site.APISite, a []py.Object) (py.Object, error) {
	var titles []string
	var ids []int64
	byID, err := truth(a[1])
	if err != nil {
		return nil, err
	}
	err = py.Iterate(a[0], func(o py.Object) bool {
		if byID {
			if n, ok := o.(py.Int); ok {
				ids = append(ids, int64(n))
			}
		} else {
			titles = append(titles, str(o))
		}
		return false
	})
	if err != nil {
		return nil, err
	}
	var pages []*site.Page
	unlocked(func() {
		if byID {
			pages, err = s.LoadPagesByID(b.wait(), ids)
		} else {
			pages, err = s.LoadPages(b.wait(), titles)
		}
	})
	if err != nil {
		return nil, b.pyError(err)
	}
	return pageList(pages), nil
}

// siteEdit is edit(request_dict) -> the edit's result.
func siteEdit(b *bridge, s *site.APISite, a []py.Object) (py.Object, error) {
	e, err := editFromDict(a[0])
	if err != nil {
		return nil, err
	}
	if s.Config().Simulate {
		return toPy(map[string]any{"result": "Success", "nochange": true, "simulated": true}), nil
	}
	var r *site.EditResult
	unlocked(func() { r, err = s.Edit(b.wait(), e) })
	if err != nil {
		return nil, b.pyError(err)
	}
	raw, _ := json.Marshal(r)
	return jsonToPy(raw)
}

// siteLoginName is login_name() -> the name sent at login ("Name@suffix"
// for a bot password) or None when the site has no username.
func siteLoginName(b *bridge, s *site.APISite, _ []py.Object) (py.Object, error) {
	user := s.Username()
	if user == "" {
		return py.None, nil
	}
	state.mu.Lock()
	cfg, err := state.config()
	state.mu.Unlock()
	if err != nil {
		return py.String(user), nil
	}
	// pywikibot's LoginManager reads the password file when it is made,
	// before "Logging in to ...": a missing or refused file raises here,
	// and the file's mode warning is printed by the first read
	login, _, err := cfg.PasswordW(s.Family().Name(), s.Code(), user, os.Stderr)
	if err != nil {
		return nil, b.pyError(err)
	}
	if login == "" {
		login = user
	}
	return py.String(login), nil
}
