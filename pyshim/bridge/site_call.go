package bridge

import (
	"context"
	"encoding/json"
	"io"

	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/site"
)

var bg = context.Background()

// siteCall dispatches site_call(family, code, method, *args).
func (b *bridge) siteCall(args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(args) < 3 {
		return nil, py.ExceptionNewf(py.TypeError, "site_call(family, code, method, *args)")
	}
	state.mu.Lock()
	s, err := state.openSite(str(args[0]), str(args[1]))
	state.mu.Unlock()
	if err != nil {
		return nil, b.pyError(err)
	}
	method, rest := str(args[2]), args[3:]
	switch method {
	case "info":
		fam := s.Family()
		return toPy(map[string]any{
			"family": fam.Name(), "code": s.Code(), "api_url": s.APIURL(), "host": s.Host(),
			"username": s.Username(), "hostname": fam.Hostname(s.Code()), "protocol": fam.Protocol(s.Code()),
			"scriptpath": fam.ScriptPath(s.Code()),
		}), nil
	case "login":
		return py.None, b.pyError(s.Login(bg))
	case "logout":
		return py.None, b.pyError(s.Logout(bg))
	case "logged_in":
		return py.NewBool(s.LoggedIn()), nil
	case "user":
		if u := s.User(); u != "" {
			return py.String(u), nil
		}
		return py.None, nil
	case "userinfo":
		var ui *site.UserInfo
		if len(rest) > 0 && rest[0] == py.True {
			ui, err = s.RefreshUserInfo(bg)
		} else {
			ui, err = s.UserInfo(bg)
		}
		if err != nil {
			return nil, b.pyError(err)
		}
		raw, _ := json.Marshal(ui)
		return jsonToPy(raw)
	case "siteinfo":
		si, err := s.SiteInfo(bg)
		if err != nil {
			return nil, b.pyError(err)
		}
		raw, _ := json.Marshal(si)
		return jsonToPy(raw)
	case "token":
		t, err := s.Token(bg, str(rest[0]))
		if err != nil {
			return nil, b.pyError(err)
		}
		return py.String(t), nil
	case "api":
		// api(params, write=False, token=None) -> the whole response
		p, err := params(rest[0])
		if err != nil {
			return nil, err
		}
		write := len(rest) > 1 && rest[1] == py.True
		tok := ""
		if len(rest) > 2 {
			tok = str(rest[2])
		}
		if write && s.Config().Simulate {
			return toPy(map[string]any{p.Get("action"): map[string]any{"result": "Success", "nochange": ""}}), nil
		}
		var raw json.RawMessage
		if err := s.Do(bg, &site.Request{Params: p, Write: write, Token: tok}, &raw); err != nil {
			return nil, b.pyError(err)
		}
		return jsonToPy(raw)
	case "load_pages":
		// load_pages(titles_or_ids, by_id=False) -> list of page dicts
		var titles []string
		var ids []int64
		byID := len(rest) > 1 && rest[1] == py.True
		py.Iterate(rest[0], func(o py.Object) bool {
			if byID {
				if n, ok := o.(py.Int); ok {
					ids = append(ids, int64(n))
				}
			} else {
				titles = append(titles, str(o))
			}
			return false
		})
		var pages []*site.Page
		if byID {
			pages, err = s.LoadPagesByID(bg, ids)
		} else {
			pages, err = s.LoadPages(bg, titles)
		}
		if err != nil {
			return nil, b.pyError(err)
		}
		l := py.NewList()
		for _, p := range pages {
			l.Append(pageDict(p))
		}
		return l, nil
	case "edit":
		e, err := editFromDict(rest[0])
		if err != nil {
			return nil, err
		}
		cfg := s.Config()
		if cfg.Simulate {
			return toPy(map[string]any{"result": "Success", "nochange": true, "simulated": true}), nil
		}
		r, err := s.Edit(bg, e)
		if err != nil {
			return nil, b.pyError(err)
		}
		raw, _ := json.Marshal(r)
		return jsonToPy(raw)
	case "stats":
		st := s.Stats()
		return toPy(map[string]any{"requests": int64(st.Requests), "retries": int64(st.Retries)}), nil
	case "family_info":
		return familyInfo(s.Family(), s.Code()), nil
	case "login_name":
		// login_name() -> the name sent at login ("Name@suffix" for a bot
		// password) or None when the site has no username.
		user := s.Username()
		if user == "" {
			return py.None, nil
		}
		cfg, err := state.config()
		if err != nil {
			return py.String(user), nil
		}
		login, _, err := cfg.PasswordW(s.Family().Name(), s.Code(), user, io.Discard)
		if err != nil || login == "" {
			login = user
		}
		return py.String(login), nil
	}
	return nil, py.ExceptionNewf(py.AttributeError, "site_call: unknown method %q", method)
}
