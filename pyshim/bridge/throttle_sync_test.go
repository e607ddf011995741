package bridge

import (
	"testing"

	"github.com/gowikibot/gowikibot/userconfig"
)

func TestWithScriptNumbers(t *testing.T) {
	cfg := &userconfig.Config{PutThrottle: 10, Maxlag: 5, MaxRetries: 15}
	if got := withScriptNumbers(cfg, map[string]float64{"put_throttle": 10, "maxlag": 5}); got != cfg {
		t.Fatal("unchanged numbers must keep the config itself")
	}
	got := withScriptNumbers(cfg, map[string]float64{"put_throttle": 1.5, "maxlag": 7})
	if got == cfg || got.PutThrottle != 1.5 || got.Maxlag != 7 || got.MaxRetries != 15 {
		t.Fatalf("copy with the script's numbers: %+v", got)
	}
	if cfg.PutThrottle != 10 || cfg.Maxlag != 5 {
		t.Fatalf("the shared config changed: %+v", cfg)
	}
}
