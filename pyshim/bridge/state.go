package bridge

import (
	"sync"

	"github.com/gowikibot/gowikibot/auth"
	"github.com/gowikibot/gowikibot/family"
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
	// extraFamilies are family_files entries a script added at run time
	// (setFamilyFile); applied again after each config load.
	extraFamilies map[string]string
	// scriptNums are the script's pywikibot.config throttle and retry
	// numbers, read before a new site is made (withScriptNumbers).
	scriptNums map[string]float64
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
	for k, p := range s.extraFamilies {
		cfg.FamilyFiles[k] = p
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

// openSite returns the site famName:code for the config (one per run).
func (s *State) openSite(famName, code string) (*site.APISite, error) {
	if OnSiteOpen != nil {
		siteOpenOnce.Do(OnSiteOpen)
	}
	return s.site(famName, code)
}

// StartDefaultSite makes the config's default site before the script runs
// and sends its session request in the background (site.StartSession). It
// is for the runs in which pywikibot makes that site before the script,
// and with it its first request (pwb.py's wrapper with global options
// before the script's name: handle_args makes the site, whose initializer
// asks for the userinfo); the bridge then finds the site made. An unusable
// config or site does nothing here: the wrapper's own check reports it.
func StartDefaultSite() {
	state.mu.Lock()
	defer state.mu.Unlock()
	st, err := state.site("", "")
	if err != nil {
		return
	}
	st.StartSession()
}

// site is openSite without the OnSiteOpen hook (a site made before the
// script runs is not yet the script's work).
func (s *State) site(famName, code string) (*site.APISite, error) {
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
	st, err := site.FromConfig(withScriptNumbers(cfg, s.scriptNums), fam, code)
	if err != nil {
		return nil, err
	}
	if ui := auth.NewTerminalUI(); ui != nil {
		st.SetUI(ui)
	}
	s.sites[key] = st
	return st, nil
}
