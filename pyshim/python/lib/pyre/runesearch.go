package pyre

// SearchRunes is Pattern.search(text, pos) over a subject already in code
// points, for Go callers that keep a text as runes between searches (the
// bridge's replaceExcept loop): the spans of the leftmost match starting
// at or after pos, two per group with group 0 first and -1 for a group
// that did not take part, or nil when there is none. A bytes pattern has
// no str matches: callers check IsBytes first.
func (p *Pattern) SearchRunes(text []rune, pos int) ([]int, error) {
	if pos < 0 {
		pos = 0
	}
	if pos > len(text) {
		return nil, nil
	}
	if lit := p.Tr.Literal; lit != nil {
		i := indexRunes(text, lit, pos)
		if i < 0 {
			return nil, nil
		}
		return []int{i, i + len(lit)}, nil
	}
	md, err := p.find(modeSearch, text, pos)
	if err != nil || md == nil {
		return nil, err
	}
	return md.Spans, nil
}
