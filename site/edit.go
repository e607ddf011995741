package site

import (
	"context"
	"errors"
	"net/url"
	"strconv"
)

// Edit describes one action=edit.
type Edit struct {
	Title   string
	Text    string
	Summary string
	// Minor marks the edit minor; NotMinor sends notminor.
	Minor, NotMinor bool
	// Bot asks for the bot flag; it is sent only when the user has the
	// "bot" right (otherwise the edit is saved unflagged, with a -v note).
	Bot bool
	// BaseTimestamp is the timestamp of the revision the text is based on,
	// StartTimestamp when it was loaded: the wiki reports an edit conflict
	// (or a deleted page) instead of overwriting a newer edit.
	BaseTimestamp, StartTimestamp string
	// BaseRevID is the revision id the text is based on (optional).
	BaseRevID int64
	// NoCreate fails with NoCreateError when the page does not exist;
	// CreateOnly fails with PageCreatedConflictError when it does.
	NoCreate, CreateOnly bool
	// Section edits one section ("new" adds one).
	Section string
	// AssertBot asserts the bot right instead of a logged-in user.
	AssertBot bool
	// Watchlist is "watch", "unwatch", "preferences" or "nochange".
	Watchlist string
	// Tags are change tags.
	Tags string
	// Extra are other parameters, sent as given unless a field above set
	// them (pywikibot's editpage passes its unknown keyword arguments on
	// to the API, which warns about those it does not know). With
	// appendtext, prependtext or undo among them, text is not sent.
	Extra map[string]string
}

// EditResult is the wiki's answer to a successful edit.
type EditResult struct {
	Result       string `json:"result"`
	PageID       int64  `json:"pageid"`
	Title        string `json:"title"`
	ContentModel string `json:"contentmodel"`
	OldRevID     int64  `json:"oldrevid"`
	NewRevID     int64  `json:"newrevid"`
	NewTimestamp string `json:"newtimestamp"`
	NoChange     bool   `json:"nochange"`
	New          bool   `json:"new"`
	// Warnings are the answer's API warnings, in the answer's order.
	Warnings []APIWarning `json:"warnings,omitempty"`
}

// EditPage saves text to a page loaded by LoadPages, based on its loaded
// revision: an edit by someone else in between gives EditConflictError.
func (s *APISite) EditPage(ctx context.Context, p *Page, e Edit) (*EditResult, error) {
	e.Title = p.Title
	e.StartTimestamp = p.StartTimestamp
	if r := p.Latest(); r != nil {
		e.BaseTimestamp = r.Timestamp
		e.BaseRevID = r.RevID
	} else if p.Missing {
		e.CreateOnly = !e.NoCreate
	}
	return s.Edit(ctx, e)
}

// Edit sends action=edit with the csrf token in the POST body,
// assert=user (or bot), put_throttle spacing and pywikibot's error
// mapping (EditConflictError, LockedPageError, NoCreateError,
// PageCreatedConflictError, ...).
func (s *APISite) Edit(ctx context.Context, e Edit) (*EditResult, error) {
	if e.Title == "" {
		return nil, errors.New("edit: no title")
	}
	p := url.Values{"action": {"edit"}, "title": {e.Title}}
	if !textOverridden(e.Extra) {
		p.Set("text", e.Text)
	}
	if e.Summary != "" {
		p.Set("summary", e.Summary)
	}
	if e.Minor {
		p.Set("minor", "1")
	} else if e.NotMinor {
		p.Set("notminor", "1")
	}
	if e.BaseTimestamp != "" {
		p.Set("basetimestamp", e.BaseTimestamp)
	}
	if e.StartTimestamp != "" {
		p.Set("starttimestamp", e.StartTimestamp)
	}
	if e.BaseRevID != 0 {
		p.Set("baserevid", strconv.FormatInt(e.BaseRevID, 10))
	}
	if e.NoCreate {
		p.Set("nocreate", "1")
	}
	if e.CreateOnly {
		p.Set("createonly", "1")
	}
	if e.Section != "" {
		p.Set("section", e.Section)
	}
	if e.Watchlist != "" {
		p.Set("watchlist", e.Watchlist)
	}
	if e.Tags != "" {
		p.Set("tags", e.Tags)
	}
	assert := "user"
	if e.AssertBot {
		assert = "bot"
	}
	if e.Bot {
		if err := s.ensureLoggedInForWrite(ctx); err != nil {
			return nil, err
		}
		ui, err := s.UserInfo(ctx)
		if err != nil {
			return nil, err
		}
		if ui.HasRight("bot") {
			p.Set("bot", "1")
		} else {
			s.logf(0, "WARNING: the 'bot' right is not granted to %s; the edit is not flagged as a bot edit", ui.Name)
		}
	}
	for k, v := range e.Extra {
		if _, set := p[k]; !set && k != "" {
			p.Set(k, v)
		}
	}
	var r struct {
		Edit *struct {
			EditResult
			Captcha any `json:"captcha"`
		} `json:"edit"`
		Warnings apiWarnings `json:"warnings"`
	}
	err := s.Do(ctx, &Request{Params: p, Write: true, Token: "csrf", Assert: assert}, &r)
	if err != nil {
		if ae, ok := err.(*APIError); ok {
			return nil, editError(e.Title, ae)
		}
		return nil, err
	}
	if r.Edit == nil {
		return nil, &OtherPageSaveError{newPageError(e.Title, nil, "Edit to page {title} failed: the wiki sent no edit result")}
	}
	if r.Edit.Result != "Success" {
		msg := "Edit to page {title} failed: result " + r.Edit.Result
		if r.Edit.Captcha != nil {
			msg += " (a captcha was asked)"
		}
		return nil, &OtherPageSaveError{newPageError(e.Title, nil, msg)}
	}
	r.Edit.Warnings = r.Warnings
	return &r.Edit.EditResult, nil
}

// textOverridden reports whether extra holds a parameter that replaces
// text (pywikibot's editpage then sends no text).
func textOverridden(extra map[string]string) bool {
	for _, k := range []string{"appendtext", "prependtext", "undo"} {
		if _, ok := extra[k]; ok {
			return true
		}
	}
	return false
}
