package userconfig

import (
	"regexp"
	"strings"
	"testing"
)

// TestOrderCoversVariables: every variable has its place in pywikibot's
// order and the order names no other.
func TestOrderCoversVariables(t *testing.T) {
	if len(pywikibotOrder) != len(Variables) {
		t.Errorf("%d names in pywikibotOrder, %d variables", len(pywikibotOrder), len(Variables))
	}
	for _, v := range Variables {
		if _, ok := orderIndex[v.Name]; !ok {
			t.Errorf("%s missing from pywikibotOrder", v.Name)
		}
	}
}

// TestWarningOrder: the config warnings come in pywikibot 9.6.3's order:
// type warnings in config.py's order, then the names the file binds in
// the order it first binds them (an import, a tuple assignment, a loop
// variable, a def, a global bound by a function the file calls). The
// expected order is 9.6.3's for this file (PYWIKIBOT_DIR=DIR python3 -c
// 'import pywikibot.config'); before, gowikibot's was alphabetical.
func TestWarningOrder(t *testing.T) {
	e := newEnv(t)
	writeFile(t, e.cwd, "user-config.py", `import configparser
family = 'wikipedia'
mylang = 'test'
zeta = 1
config = configparser.ConfigParser()
alpha, mid = 2, 3
maxlag = 'x'
put_throttle = 1.5
for item in range(2):
    beta = item
sysopnames = {}
del mid
def helper():
    global late
    late = 1
helper()
`)
	cfg, warns, err := e.load(t)
	if err != nil {
		t.Fatal(err)
	}
	names := regexp.MustCompile(`"([a-z_]+)" (?:is|present)`).FindAllStringSubmatch(warns, -1)
	var got []string
	for _, m := range names {
		got = append(got, m[1])
	}
	want := "put_throttle maxlag configparser zeta config alpha item beta sysopnames helper late"
	if strings.Join(got, " ") != want {
		t.Errorf("warned about\n%s\nwant (pywikibot 9.6.3)\n%s\n%s", strings.Join(got, " "), want, warns)
	}
	// 9.6.3 keeps both values (config.put_throttle is 1.5, maxlag 'x')
	if cfg.Vars["put_throttle"] != 1.5 || cfg.Vars["maxlag"] != "x" || cfg.PutThrottle != 1.5 || cfg.Maxlag != 5 {
		t.Errorf("values: %#v %#v %v %v", cfg.Vars["put_throttle"], cfg.Vars["maxlag"], cfg.PutThrottle, cfg.Maxlag)
	}
}
