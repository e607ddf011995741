package bridge

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"

	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/auth"
	"github.com/gowikibot/gowikibot/family"
	"github.com/gowikibot/gowikibot/pyshim/pyconfig"
	"github.com/gowikibot/gowikibot/pyshim/python"
	"github.com/gowikibot/gowikibot/pyshim/python/pyobj"
	"github.com/gowikibot/gowikibot/site"
	"github.com/gowikibot/gowikibot/userconfig"
)

// State is what the command line hands to the pywikibot package: the
// global options given before the script name. The config is loaded from
// them (plus those the script passes to handle_args) on first use.
type State struct {
	mu      sync.Mutex
	globals []string
	cfg     *userconfig.Config
	sites   map[string]*site.APISite
}

var state = &State{sites: map[string]*site.APISite{}}

// SetGlobalArgs records the global options that came before the script.
func SetGlobalArgs(args []string) {
	state.mu.Lock()
	defer state.mu.Unlock()
	state.globals = append([]string{}, args...)
	state.cfg = nil
}

// Config returns the loaded config, loading it on first use.
func Config() (*userconfig.Config, error) {
	state.mu.Lock()
	defer state.mu.Unlock()
	return state.config()
}

func (s *State) config() (*userconfig.Config, error) {
	if s.cfg != nil {
		return s.cfg, nil
	}
	cfg, err := userconfig.Load(userconfig.LoadOptions{Args: s.globals})
	if err != nil {
		return nil, err
	}
	s.cfg = cfg
	return cfg, nil
}

// applyGlobals reloads the config with more global options (handle_args).
func (s *State) applyGlobals(args []string) error {
	if len(args) == 0 {
		return nil
	}
	s.globals = append(s.globals, args...)
	s.cfg = nil
	_, err := s.config()
	return err
}

// CloseSites saves cookies of every site opened by scripts.
func CloseSites() {
	state.mu.Lock()
	defer state.mu.Unlock()
	for _, s := range state.sites {
		s.Close()
	}
}

// Stats sums the request counters of the sites opened by scripts.
func Stats() site.Stats {
	state.mu.Lock()
	defer state.mu.Unlock()
	var t site.Stats
	for _, s := range state.sites {
		st := s.Stats()
		t.Requests += st.Requests
		t.Retries += st.Retries
		t.Waited += st.Waited
	}
	return t
}

// OnSiteOpen, when set, is called once per process when a script first
// opens a site (after its imports, as it starts working).
var OnSiteOpen func()

var siteOpenOnce sync.Once

// openSite returns the site famName:code for the config (one per run).
func (s *State) openSite(famName, code string) (*site.APISite, error) {
	if OnSiteOpen != nil {
		siteOpenOnce.Do(OnSiteOpen)
	}
	cfg, err := s.config()
	if err != nil {
		return nil, err
	}
	if famName == "" {
		famName = cfg.Family
	}
	if code == "" {
		code = cfg.Mylang
	}
	key := famName + ":" + code
	if st, ok := s.sites[key]; ok {
		return st, nil
	}
	fam, err := family.Load(cfg.FamilyFiles, famName)
	if err != nil {
		return nil, err
	}
	if err := family.CheckCode(fam, code); err != nil {
		return nil, err
	}
	st, err := site.FromConfig(cfg, fam, code)
	if err != nil {
		return nil, err
	}
	if ui := auth.NewTerminalUI(); ui != nil {
		st.SetUI(ui)
	}
	s.sites[key] = st
	return st, nil
}

// bridge is the per-context _gowikibot module's state.
type bridge struct {
	ctx py.Context
}

func init() {
	python.AddInstaller(installBridge)
}

func installBridge(ctx py.Context) error {
	b := &bridge{ctx: ctx}
	m := func(name string, fn func(args py.Tuple, kw py.StringDict) (py.Object, error), doc string) *py.Method {
		return py.MustNewMethod(name, func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			return fn(args, kw)
		}, 0, doc)
	}
	_, err := ctx.Store().NewModule(ctx, &py.ModuleImpl{
		Info: py.ModuleInfo{Name: "_gowikibot", Doc: "gowikibot's bridge from the pywikibot package to the Go core"},
		Methods: []*py.Method{
			m("config", b.config, "config() -> dict of the loaded config variables"),
			m("handle_args", b.handleArgs, "handle_args(args) -> the non-global args; applies the global ones"),
			m("site_call", b.siteCall, "site_call(family, code, method, *args) -> result"),
			m("query", b.query, "query(family, code, params) -> iterator over the 'query' member of each response"),
			m("site_from_url", b.siteFromURL, "site_from_url(url) -> (family, code)"),
			m("quick_ratio", pyQuickRatio, "quick_ratio(a, b) -> difflib's quick_ratio of two str"),
			m("color_line", pyColorLine, "color_line(line, ref, color) -> showDiff's colouring of a line under its '? ' markers"),
			m("line_tags", pyLineTags, "line_tags(x, y) -> the '? ' marker lines of difflib.Differ for a changed pair"),
			m("best_pair", pyBestPair, "best_pair(a, b) -> (ratio, i, j, eq_i, eq_j): difflib.Differ's closest pair of lines"),
			m("match_blocks", pyMatchBlocks, "match_blocks(a, b) -> difflib's matching blocks of two str or lists of str"),
			m("run_command", pyRunCommand, "run_command(argv) -> exit status of argv run on the terminal"),
		},
	})
	return err
}

// raise builds the pywikibot exception named name (from
// pywikibot.exceptions, through its _from_go factory) with message msg;
// code and info are set for API errors.
func (b *bridge) raise(name, msg string, attrs map[string]py.Object) error {
	mod, err := py.ImportModuleLevelObject(b.ctx, "pywikibot.exceptions", nil, nil, py.Tuple{py.String("_from_go")}, 0)
	if err != nil {
		return py.ExceptionNewf(py.RuntimeError, "%s: %s", name, msg)
	}
	factory, err := py.GetAttrString(mod, "_from_go")
	if err != nil {
		return err
	}
	code, info := attrs["code"], attrs["info"]
	if code == nil {
		code, info = py.String(""), py.String("")
	}
	inst, err := py.Call(factory, py.Tuple{py.String(name), py.String(msg), code, info}, nil)
	if err != nil {
		return err
	}
	if e, ok := inst.(error); ok {
		return e
	}
	return py.ExceptionNewf(py.RuntimeError, "%s: %s", name, msg)
}

// pyError turns a Go error from the core into the pywikibot exception its
// type names, with code/info for API errors.
func (b *bridge) pyError(err error) error {
	if err == nil {
		return nil
	}
	if _, ok := err.(*py.Exception); ok {
		return err
	}
	name := "Error"
	var named interface{ Exception() string }
	if errors.As(err, &named) {
		name = named.Exception()
	}
	attrs := map[string]py.Object{}
	var ae *site.APIError
	if errors.As(err, &ae) {
		attrs["code"] = py.String(ae.Code)
		attrs["info"] = py.String(ae.Info)
	}
	var nu *userconfig.NoUsernameError
	if errors.As(err, &nu) {
		name = "NoUsernameError"
	}
	return b.raise(name, err.Error(), attrs)
}

// OnPackageLoad, when set, is called once per process when the pywikibot
// package first loads its config (the start of every bot script).
var OnPackageLoad func()

var packageLoadOnce sync.Once

func (b *bridge) config(args py.Tuple, kw py.StringDict) (py.Object, error) {
	if OnPackageLoad != nil {
		packageLoadOnce.Do(OnPackageLoad)
	}
	cfg, err := Config()
	if err != nil {
		return nil, b.raise("Error", err.Error(), nil)
	}
	return toPy(configMap(cfg)), nil
}

// configMap renders the config variables by their pywikibot names.
func configMap(c *userconfig.Config) map[string]any {
	m := map[string]any{}
	// Every pywikibot config variable with its effective value (defaults
	// included), then the variables user-config.py adds, then the typed
	// fields the Go core resolved.
	for k, v := range c.Vars {
		m[k] = v
	}
	for k, v := range c.Extra {
		m[k] = v
	}
	// pywikibot's default for colorized_output is whether stdout is a
	// terminal, decided when the config loads.
	if _, set := c.Extra["colorized_output"]; !set {
		m["colorized_output"] = auth.IsTerminal(os.Stdout)
	}
	users := map[string]any{}
	for f, codes := range c.Usernames {
		cm := map[string]any{}
		for code, u := range codes {
			cm[code] = u
		}
		users[f] = cm
	}
	ff := map[string]any{}
	for k, v := range c.FamilyFiles {
		ff[k] = v
	}
	auths := map[string]any{}
	for h := range c.Authenticate {
		auths[h] = "<hidden>"
	}
	for k, v := range map[string]any{
		"base_dir": c.BaseDir, "family": c.Family, "mylang": c.Mylang, "usernames": users,
		"authenticate": auths, "password_file": c.PasswordFile,
		"put_throttle": c.PutThrottle, "minthrottle": c.MinThrottle, "maxthrottle": c.MaxThrottle,
		"maxlag": int64(c.Maxlag), "max_retries": int64(c.MaxRetries), "retry_wait": c.RetryWait,
		"retry_max": c.RetryMax, "noisysleep": c.NoisySleep, "step": int64(c.Step),
		"maximum_GET_length": int64(c.MaximumGETLength), "user_script_paths": strs(c.UserScriptPaths),
		"user_families_paths": strs(c.UserFamiliesPaths), "family_files": ff, "simulate": c.Simulate,
		"verbose_output": int64(c.VerboseOutput), "debug": c.Debug,
		"default_edit_summary": c.DefaultEditSummary, "user_agent_format": c.UserAgentFormat,
	} {
		m[k] = v
	}
	if c.ConfigFileName != "" {
		m["user_config_file"] = filepath.Join(c.BaseDir, c.ConfigFileName)
	}
	return m
}

func strs(l []string) []any {
	out := make([]any, len(l))
	for i, s := range l {
		out[i] = s
	}
	return out
}

func (b *bridge) handleArgs(args py.Tuple, kw py.StringDict) (py.Object, error) {
	var in []string
	if len(args) == 1 {
		err := py.Iterate(args[0], func(o py.Object) bool {
			if s, ok := o.(py.String); ok {
				in = append(in, string(s))
			}
			return false
		})
		if err != nil {
			return nil, err
		}
	}
	globals, rest := userconfig.SplitGlobalArgs(in)
	state.mu.Lock()
	err := state.applyGlobals(globals)
	state.mu.Unlock()
	if err != nil {
		return nil, b.raise("Error", err.Error(), nil)
	}
	l := py.NewList()
	for _, r := range rest {
		l.Append(py.String(r))
	}
	return l, nil
}

func str(o py.Object) string {
	if s, ok := o.(py.String); ok {
		return string(s)
	}
	return ""
}

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

// toPy converts Go values to Python objects; map keys are sorted.
func toPy(v any) py.Object { return pyconfig.ToPy(v) }

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
	if e.Title == "" {
		return e, py.ExceptionNewf(py.ValueError, "edit needs a title")
	}
	return e, nil
}

// query(family, code, params) -> iterator over each response's "query"
// member, following continuation lazily (one request per step).
func (b *bridge) query(args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(args) != 3 {
		return nil, py.ExceptionNewf(py.TypeError, "query(family, code, params)")
	}
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
	return &QueryIter{b: b, s: s, params: p}, nil
}

// QueryIter iterates over the responses of a continued query.
type QueryIter struct {
	b        *bridge
	s        *site.APISite
	params   url.Values
	prevCont []string
	done     bool
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
	if err := q.s.Do(bg, &site.Request{Params: q.params}, &r); err != nil {
		q.done = true
		return nil, q.b.pyError(err)
	}
	if len(r.Continue) == 0 {
		q.done = true
	} else {
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

// siteFromURL finds the family and code of a wiki URL among the registered
// families (built-in and family_files).
func (b *bridge) siteFromURL(args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.TypeError, "site_from_url(url)")
	}
	cfg, err := Config()
	if err != nil {
		return nil, b.pyError(err)
	}
	fam, code, err := family.NewRegistry(cfg.FamilyFiles).FromURL(str(args[0]))
	if err != nil {
		return nil, b.raise("SiteDefinitionError", err.Error(), nil)
	}
	return py.Tuple{py.String(fam.Name()), py.String(code)}, nil
}

// familyInfo describes a family as pywikibot's Family attributes do:
// name, langs (code -> hostname), codes, code_aliases, closed_wikis,
// removed_wikis and the family class ("kind"). Families known only by
// their URLs give their one code.
func familyInfo(fam family.Family, code string) py.Object {
	info := map[string]any{"name": fam.Name(), "codes": fam.Codes(), "kind": "Family",
		"langs": map[string]any{}, "code_aliases": map[string]any{}, "closed_wikis": []string{},
		"removed_wikis": []string{}}
	langs := map[string]any{}
	st, ok := fam.(*family.Static)
	if !ok {
		for _, c := range fam.Codes() {
			langs[c] = fam.Hostname(c)
		}
		info["langs"] = langs
		return toPy(info)
	}
	for c, host := range st.Langs() {
		langs[c] = host
	}
	if len(langs) == 0 {
		langs[code] = fam.Hostname(code)
	}
	aliases := map[string]any{}
	for c, to := range st.Aliases {
		aliases[c] = to
	}
	info["langs"] = langs
	info["code_aliases"] = aliases
	info["closed_wikis"] = append([]string{}, st.Closed...)
	info["removed_wikis"] = append([]string{}, st.Removed...)
	if st.Kind() != "" {
		info["kind"] = st.Kind()
	}
	return toPy(info)
}
