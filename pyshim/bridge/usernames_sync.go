package bridge

import (
	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/site"
)

// scriptUsernames reads pywikibot.config.usernames as the script left it:
// usernames[family][code] = name for every str entry. pywikibot's login
// manager reads config.usernames when a site logs in, so a script may set
// `config.usernames['mywiki']['en'] = 'Bot'` before pywikibot.Site(); the Go
// core had only user-config.py's (NoUsernameError at login). nil when the
// module is not loaded.
func (b *bridge) scriptUsernames() map[string]map[string]string {
	if b.ctx == nil {
		return nil
	}
	m, err := b.ctx.Store().GetModule("pywikibot.config")
	if err != nil {
		return nil
	}
	u, ok := m.Globals["usernames"]
	if !ok {
		return nil
	}
	out := map[string]map[string]string{}
	_ = py.Iterate(u, func(fam py.Object) bool {
		fs, ok := fam.(py.String)
		if !ok {
			return false
		}
		codes, err := py.GetItem(u, fam)
		if err != nil {
			return false
		}
		switch codes.(type) {
		case py.String, py.Bytes:
			// usernames['fam'] = 'Name' (not a dict): user-config.py's
			// reading already dropped it; its characters are no codes
			return false
		}
		_ = py.Iterate(codes, func(code py.Object) bool {
			cs, ok := code.(py.String)
			if !ok {
				return false
			}
			if name, err := py.GetItem(codes, code); err == nil {
				if ns, ok := name.(py.String); ok {
					if out[string(fs)] == nil {
						out[string(fs)] = map[string]string{}
					}
					out[string(fs)][string(cs)] = string(ns)
				}
			}
			return false
		})
		return false
	})
	return out
}

// mergeUsernames adds the script's usernames entries to the config before
// a new site is made (entries of user-config.py the script changed take the
// script's value, as in pywikibot, whose config is one module).
func (s *State) mergeUsernames(names map[string]map[string]string) {
	if len(names) == 0 {
		return
	}
	cfg, err := s.config()
	if err != nil {
		return
	}
	for fam, codes := range names {
		if cfg.Usernames[fam] == nil {
			cfg.Usernames[fam] = map[string]string{}
		}
		for code, name := range codes {
			cfg.Usernames[fam][code] = name
		}
	}
}

// isOpen reports whether the site famName:code ("" for the config's
// family or code) was made already.
func (s *State) isOpen(famName, code string) bool {
	if famName == "" || code == "" {
		cfg, err := s.config()
		if err != nil {
			return false
		}
		if famName == "" {
			famName = cfg.Family
		}
		if code == "" {
			code = cfg.Mylang
		}
	}
	_, ok := s.sites[famName+":"+code]
	return ok
}

// reopenWithScriptUser is site_call's script_user, which APISite.login
// calls on a site made without a username: pywikibot's login manager looks
// config.usernames up when it logs in, so a script may name its account
// after making the Site (`site = pywikibot.Site()` at import,
// `config.usernames[fam][code] = name` later). When the script's usernames
// now give one, the site is made again with it (an anonymous site has no
// session to keep); else s as it was.
func (b *bridge) reopenWithScriptUser(s *site.APISite) (*site.APISite, error) {
	names := b.scriptUsernames()
	state.mu.Lock()
	defer state.mu.Unlock()
	state.mergeUsernames(names)
	cfg, err := state.config()
	if err != nil {
		return s, nil
	}
	fam := s.Family().Name()
	if cfg.SiteUsername(fam, s.Code()) == "" {
		return s, nil
	}
	delete(state.sites, fam+":"+s.Code())
	return state.openSite(fam, s.Code())
}
