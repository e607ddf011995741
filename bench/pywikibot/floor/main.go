// Command floor is the raw-request floor for the pywikibot-package
// benchmarks: the bare API requests a bot needs for each task, with no
// config, cookie file, retries or checks. It also seeds the benchmark wiki.
//
//	floor seed    API USER PASS N    create "Bench 000".. of about 2 KB
//	floor listget API N              the text of the N pages (4 requests for 200)
//	floor touch   API USER PASS N    login, list, null-edit every page
//	floor replace API USER PASS N OLD NEW
//	                                 login, read every page, save the changed ones
//	floor titles  API N              the titles of the N pages (allpages, the API's maximum per request)
//	floor dump FROM TO               an XML dump (for importDump.php) of "Bench FROM".. "Bench TO-1"
//	                                 with the seed texts; the even ones are also in Category:Even
//	floor dump-big                   an XML dump of "Big page" (a 2 MB text) and "Long history"
//	                                 (5,000 revisions)
//
// Each command prints "N requests" on stderr.
package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"os"
	"strconv"
	"strings"
	"sync"
)

type client struct {
	api      string
	http     *http.Client
	requests int
	mu       sync.Mutex
}

func newClient(api string) *client {
	jar, _ := cookiejar.New(nil)
	return &client{api: api, http: &http.Client{Jar: jar}}
}

func (c *client) call(params url.Values, post bool) map[string]any {
	params.Set("format", "json")
	params.Set("formatversion", "2")
	c.mu.Lock()
	c.requests++
	c.mu.Unlock()
	var resp *http.Response
	var err error
	if post {
		resp, err = c.http.PostForm(c.api, params)
	} else {
		resp, err = c.http.Get(c.api + "?" + params.Encode())
	}
	if err != nil {
		fail(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		fail(err)
	}
	var out map[string]any
	if err := json.Unmarshal(body, &out); err != nil {
		fail(fmt.Errorf("%v: %.200s", err, body))
	}
	if e, ok := out["error"]; ok {
		fail(fmt.Errorf("API error: %v", e))
	}
	return out
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "floor:", err)
	os.Exit(1)
}

func get(m any, path ...string) any {
	for _, k := range path {
		mm, ok := m.(map[string]any)
		if !ok {
			return nil
		}
		m = mm[k]
	}
	return m
}

// login logs in and returns the csrf token (3 requests).
func (c *client) login(user, pass string) string {
	lt := get(c.call(url.Values{"action": {"query"}, "meta": {"tokens"}, "type": {"login"}}, false), "query", "tokens", "logintoken").(string)
	r := c.call(url.Values{"action": {"login"}, "lgname": {user}, "lgpassword": {pass}, "lgtoken": {lt}}, true)
	if get(r, "login", "result") != "Success" {
		fail(fmt.Errorf("login: %v", r["login"]))
	}
	return get(c.call(url.Values{"action": {"query"}, "meta": {"tokens"}}, false), "query", "tokens", "csrftoken").(string)
}

type page struct{ title, text string }

// pages reads the titles and texts of "Bench" pages, 50 per request.
func (c *client) pages(n int) []page {
	var out []page
	cont := url.Values{}
	for len(out) < n {
		p := url.Values{"action": {"query"}, "generator": {"allpages"},
			"gapprefix": {"Bench "}, "gaplimit": {"50"}, "prop": {"revisions"}, "rvprop": {"content"}, "rvslots": {"main"}}
		for k, v := range cont {
			p[k] = v
		}
		r := c.call(p, false)
		ps, _ := get(r, "query", "pages").([]any)
		for _, x := range ps {
			title := get(x, "title").(string)
			revs, _ := get(x, "revisions").([]any)
			text := ""
			if len(revs) > 0 {
				text, _ = get(revs[0], "slots", "main", "content").(string)
			}
			out = append(out, page{title, text})
		}
		cm, ok := r["continue"].(map[string]any)
		if !ok {
			break
		}
		cont = url.Values{}
		for k, v := range cm {
			cont.Set(k, fmt.Sprint(v))
		}
	}
	return out[:min(n, len(out))]
}

func (c *client) edit(token string, params url.Values) {
	params.Set("action", "edit")
	params.Set("token", token)
	params.Set("bot", "1")
	params.Set("assert", "user")
	r := c.call(params, true)
	if get(r, "edit", "result") != "Success" {
		fail(fmt.Errorf("edit %s: %v", params.Get("title"), r))
	}
}

// BenchText is the seed text of bench page i (about 2 KB).
func BenchText(i int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "{{Info|%d}}\n== Page %d ==\n", i, i)
	for j := 0; b.Len() < 1950; j++ {
		fmt.Fprintf(&b, "Line %d: lorem ipsum dolor sit amet, see [[Bench %03d]] and [[Bench %03d]].\n", j, (i+j)%200, (i+1)%200)
	}
	b.WriteString("[[Category:Bench]]")
	return b.String()
}

func main() {
	if len(os.Args) < 2 || (len(os.Args) < 3 && os.Args[1] != "dump-big") {
		fmt.Fprintln(os.Stderr, "usage: floor seed|listget|touch|replace API ...")
		os.Exit(2)
	}
	var c *client
	var args []string
	if len(os.Args) >= 3 {
		c = newClient(os.Args[2])
		args = os.Args[3:]
	}
	atoi := func(s string) int {
		n, err := strconv.Atoi(s)
		if err != nil {
			fail(err)
		}
		return n
	}
	switch os.Args[1] {
	case "dump":
		writeDump(os.Stdout, atoi(os.Args[2]), atoi(os.Args[3]))
		return
	case "dump-big":
		writeBigDump(os.Stdout)
		return
	case "seed":
		n := atoi(args[2])
		token := c.login(args[0], args[1])
		var wg sync.WaitGroup
		for k := 0; k < 4; k++ {
			wg.Add(1)
			go func(k int) {
				defer wg.Done()
				for i := k; i < n; i += 4 {
					c.edit(token, url.Values{"title": {fmt.Sprintf("Bench %03d", i)}, "text": {BenchText(i)}, "summary": {"seed"}})
				}
			}(k)
		}
		wg.Wait()
	case "titles":
		n := atoi(args[0])
		cont := url.Values{}
		for seen := 0; seen < n; {
			p := url.Values{"action": {"query"}, "list": {"allpages"}, "apprefix": {"Bench "}, "aplimit": {"max"}}
			for k, v := range cont {
				p[k] = v
			}
			r := c.call(p, false)
			list, _ := get(r, "query", "allpages").([]any)
			for _, x := range list {
				fmt.Println(get(x, "title"))
			}
			seen += len(list)
			cm, ok := r["continue"].(map[string]any)
			if !ok || len(list) == 0 {
				break
			}
			cont = url.Values{}
			for k, v := range cm {
				cont.Set(k, fmt.Sprint(v))
			}
		}
	case "listget":
		for _, p := range c.pages(atoi(args[0])) {
			fmt.Println(p.text)
		}
	case "touch":
		token := c.login(args[0], args[1])
		r := c.call(url.Values{"action": {"query"}, "list": {"allpages"}, "apprefix": {"Bench "}, "aplimit": {args[2]}}, false)
		for _, x := range get(r, "query", "allpages").([]any) {
			c.edit(token, url.Values{"title": {get(x, "title").(string)}, "appendtext": {""}, "nocreate": {"1"}})
		}
	case "replace":
		token := c.login(args[0], args[1])
		for _, p := range c.pages(atoi(args[2])) {
			if nt := strings.ReplaceAll(p.text, args[3], args[4]); nt != p.text {
				c.edit(token, url.Values{"title": {p.title}, "text": {nt}, "summary": {"floor replace"}, "minor": {"1"}, "nocreate": {"1"}})
			}
		}
	default:
		fail(fmt.Errorf("unknown command %q", os.Args[1]))
	}
	fmt.Fprintf(os.Stderr, "%d requests\n", c.requests)
}
