package site

// AuthKind reports how the site's requests are authenticated: "" (cookie
// login or anonymous), "basic" (HTTP basic auth), "oauth1" (OAuth 1.0a
// signatures) or "oauth2" (an OAuth 2.0 bearer token). It backs
// pywikibot's APISite.is_oauth_token_available.
func (s *APISite) AuthKind() string { return s.authKind }
