package site

// DBType is the database kind the wiki runs on, as its siteinfo says
// ("mysql", "sqlite", "postgres"), from the siteinfo already fetched: ""
// when none was fetched yet or the wiki does not say. It sends no request.
//
// MediaWiki on SQLite begins a POST request's transaction IMMEDIATE
// (T93097): it holds the database's write lock, so reads sent by POST
// (any query whose parameters are longer than maximum_GET_length, such as
// a batch of 50 titles) run one at a time there, a second one waiting in
// SQLite's busy handler.
func (s *APISite) DBType() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.siteinfo == nil {
		return ""
	}
	t, _ := s.siteinfo.General.Raw["dbtype"].(string)
	return t
}
