package auth

import "sort"

// A jar keeps what a browser keeps: at most maxCookiesPerDomain cookies per
// domain and maxCookies in all (Firefox's limits; Chromium's are 180 and
// 3,300), evicting the oldest first. Without limits a cookie file of
// 400,000 cookies for one host (a hostile or broken server, an edited file)
// made every request hang: net/http's Request.AddCookie appends each
// cookie to the Cookie header by string concatenation, quadratic in their
// number (40,000 cookies took 6.6 s per request, 400,000 about 11 minutes).
const (
	maxCookiesPerDomain = 180
	maxCookies          = 3000
)

// put stores c as the newest cookie and applies the limits (j.mu held, or
// the jar not shared yet). A domain is trimmed when it reaches twice its
// limit, so loading n cookies costs O(n log 180), not a sort per cookie.
func (j *Jar) put(c *jarCookie) {
	j.seq++
	c.seq = j.seq
	k := c.key()
	if _, ok := j.cookies[k]; !ok {
		j.domains[c.Domain]++
	}
	j.cookies[k] = c
	if j.domains[c.Domain] >= 2*maxCookiesPerDomain || len(j.cookies) >= maxCookies+maxCookies/2 {
		j.enforceLimits()
	}
}

// del removes the cookie with key k.
func (j *Jar) del(k string) {
	if c, ok := j.cookies[k]; ok {
		delete(j.cookies, k)
		if j.domains[c.Domain]--; j.domains[c.Domain] <= 0 {
			delete(j.domains, c.Domain)
		}
	}
}

// enforceLimits evicts the oldest cookies over the limits.
func (j *Jar) enforceLimits() {
	var over map[string][]*jarCookie
	for d, n := range j.domains {
		if n > maxCookiesPerDomain {
			if over == nil {
				over = map[string][]*jarCookie{}
			}
			over[d] = nil
		}
	}
	if over != nil {
		for _, c := range j.cookies {
			if cs, ok := over[c.Domain]; ok {
				over[c.Domain] = append(cs, c)
			}
		}
		for _, cs := range over {
			j.evictOldest(cs, len(cs)-maxCookiesPerDomain)
		}
	}
	if len(j.cookies) > maxCookies {
		all := make([]*jarCookie, 0, len(j.cookies))
		for _, c := range j.cookies {
			all = append(all, c)
		}
		j.evictOldest(all, len(all)-maxCookies)
	}
}

// evictOldest removes the n cookies of cs that were set first.
func (j *Jar) evictOldest(cs []*jarCookie, n int) {
	sort.Slice(cs, func(a, b int) bool { return cs[a].seq < cs[b].seq })
	for _, c := range cs[:n] {
		j.del(c.key())
	}
	j.dirty = true
}
