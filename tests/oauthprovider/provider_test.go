package oauthprovider

import (
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/gowikibot/gowikibot/tests/wikitest"
)

func TestMain(m *testing.M) { os.Exit(wikitest.Main(m)) }

// TestProviderWithIndependentClient checks the provider itself with a
// client that is neither gowikibot's nor the provider's code path:
// requests-oauthlib signing (client side of oauthlib) — an owner-only
// request is accepted and acts as the bot, a wrong secret is refused with
// MediaWiki's error code, and a replayed nonce is refused.
func TestProviderWithIndependentClient(t *testing.T) {
	w := wikitest.Get(t)
	cfg := DefaultConfig(w)
	p, err := Start(cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Stop()
	c := cfg.Consumers[0]
	script := `
import sys, requests
from requests_oauthlib import OAuth1
from oauthlib.oauth1 import Client
api, ck, cs, ak, as_ = sys.argv[1:6]
good = OAuth1(ck, cs, ak, as_)
r = requests.post(api, data={"action": "query", "meta": "userinfo", "format": "json"}, auth=good).json()
print("user", r["query"]["userinfo"]["name"])
bad = OAuth1(ck, "wrong", ak, as_)
r = requests.post(api, data={"action": "query", "meta": "userinfo", "format": "json"}, auth=bad).json()
print("bad", r["error"]["code"], r["error"]["info"].split(": ")[-1])
class Fixed(OAuth1):
    pass
fixed = OAuth1(ck, cs, ak, as_)
fixed.client.nonce = "samenonce12345678"
fixed.client.timestamp = None
import time
c = Client(ck, cs, ak, as_, nonce="samenonce12345678", timestamp=str(int(time.time())))
body = "action=query&meta=userinfo&format=json"
for i in range(2):
    uri, headers, b = c.sign(api, "POST", body, {"Content-Type": "application/x-www-form-urlencoded"})
    r = requests.post(api, data=b, headers=headers).json()
    print("replay", i, r.get("error", {}).get("info", "ok").split(": ")[-1] if "error" in r else "ok")
`
	out, err := exec.Command("/usr/bin/python3", "-c", script, p.APIURL, c.Key, c.Secret, c.AccessKey, c.AccessSecret).CombinedOutput()
	if err != nil {
		t.Fatalf("client: %v\n%s", err, out)
	}
	want := "user TestBot\nbad mwoauth-invalid-authorization Invalid signature\nreplay 0 ok\nreplay 1 samenonce12345678\n"
	if got := string(out); got != want {
		t.Fatalf("got:\n%s\nwant:\n%s", got, want)
	}
	if !strings.Contains(want, "Invalid signature") {
		t.Fatal("unreachable")
	}
}
