package auth

import (
	"net/url"
	"sort"
	"strings"
)

// secretParams are API parameters whose values must never be shown.
var secretParams = map[string]bool{
	"lgpassword": true, "password": true, "retype": true, "lgtoken": true,
	"logintoken": true, "token": true, "OATHToken": true, "oathtoken": true,
	"token2": true, "clientsecret": true,
}

// IsSecretParam reports whether the API parameter name carries a secret
// (a password or any kind of token).
func IsSecretParam(name string) bool {
	return secretParams[name] || strings.HasSuffix(strings.ToLower(name), "token") ||
		strings.Contains(strings.ToLower(name), "password")
}

// RedactParams renders params for a log line with every secret replaced by
// "<hidden>", keys sorted.
func RedactParams(p url.Values) string {
	keys := make([]string, 0, len(p))
	for k := range p {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for i, k := range keys {
		if i > 0 {
			b.WriteByte('&')
		}
		v := strings.Join(p[k], "|")
		if IsSecretParam(k) {
			v = "<hidden>"
		} else if len(v) > 200 {
			v = v[:200] + "..."
		}
		b.WriteString(k + "=" + v)
	}
	return b.String()
}
