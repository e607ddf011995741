// Command floor is the raw-request floor of the benchmarks: the bare HTTP
// requests a minimal client needs, with no config, no retries, no cookie
// file and no checks beyond the essentials.
//
//	floor login API_URL USER PASSWORD   # login token + login: 2 requests
//	floor read API_URL PREFIX N         # anonymous, 50 titles per request
package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"os"
	"strconv"
	"strings"
)

func main() {
	if len(os.Args) != 5 {
		fmt.Fprintln(os.Stderr, "usage: floor login API USER PASS | floor read API PREFIX N")
		os.Exit(2)
	}
	jar, _ := cookiejar.New(nil)
	c := &http.Client{Jar: jar}
	api := os.Args[2]
	requests := 0
	get := func(p url.Values, out any) {
		requests++
		p.Set("format", "json")
		p.Set("formatversion", "2")
		resp, err := c.Get(api + "?" + p.Encode())
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		defer resp.Body.Close()
		json.NewDecoder(resp.Body).Decode(out)
	}
	post := func(p url.Values, out any) {
		requests++
		p.Set("format", "json")
		p.Set("formatversion", "2")
		resp, err := c.PostForm(api, p)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		defer resp.Body.Close()
		json.NewDecoder(resp.Body).Decode(out)
	}
	switch os.Args[1] {
	case "login":
		var t struct {
			Query struct{ Tokens struct{ LoginToken string } }
		}
		get(url.Values{"action": {"query"}, "meta": {"tokens"}, "type": {"login"}}, &t)
		var l struct {
			Login struct{ Result, LgUsername string }
		}
		post(url.Values{"action": {"login"}, "lgname": {os.Args[3]}, "lgpassword": {os.Args[4]}, "lgtoken": {t.Query.Tokens.LoginToken}}, &l)
		if l.Login.Result != "Success" {
			fmt.Fprintln(os.Stderr, "login failed:", l.Login.Result)
			os.Exit(1)
		}
		fmt.Printf("logged in as %s, %d requests\n", l.Login.LgUsername, requests)
	case "read":
		n, _ := strconv.Atoi(os.Args[4])
		found := 0
		for start := 0; start < n; start += 50 {
			var titles []string
			for i := start; i < n && i < start+50; i++ {
				titles = append(titles, fmt.Sprintf("%s %03d", os.Args[3], i))
			}
			var r struct {
				Query struct {
					Pages []struct {
						Revisions []struct {
							Slots struct{ Main struct{ Content string } }
						}
					}
				}
			}
			get(url.Values{"action": {"query"}, "prop": {"revisions"}, "rvprop": {"content"}, "rvslots": {"main"}, "titles": {strings.Join(titles, "|")}}, &r)
			for _, p := range r.Query.Pages {
				if len(p.Revisions) > 0 {
					found++
				}
			}
		}
		fmt.Printf("%d of %d pages, %d requests\n", found, n, requests)
	}
}
