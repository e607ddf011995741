package site

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

// APIError is an error the MediaWiki API returned ({"error": {"code",
// "info"}}), or one gowikibot raised locally with the code the API would
// have used (e.g. assertuserfailed after a logout).
type APIError struct {
	Code string
	Info string
	// Local is true when the error was raised without asking the wiki.
	Local bool
	// Lag is the reported replication lag of a maxlag error, in seconds.
	Lag float64
	// Other holds the error's members besides code and info, in the
	// answer's order ("*" or "docref": the API's help line; "lag",
	// "module", ...), then the answer's own members besides "error" and
	// "warnings" (pywikibot puts those into its APIError too).
	Other []APIErrorField
	// FormatVersion is the formatversion the caller asked for ("" when
	// the core chose 2): under formatversion 1 the help line is "*", under
	// 2 "docref".
	FormatVersion string
}

// APIErrorField is one member of an API error answer, its value as JSON.
type APIErrorField struct {
	Key   string
	Value json.RawMessage
}

func (e *APIError) Error() string {
	if e.Info == "" {
		return e.Code
	}
	return e.Code + ": " + e.Info
}

// APICode returns the error code.
func (e *APIError) APICode() string { return e.Code }

// PywikibotClass names the pywikibot exception class (see package errclass).
func (e *APIError) PywikibotClass() string { return "APIError" }

// ErrorCode returns the API error code of err ("" when err is not, and
// does not wrap, an *APIError).
func ErrorCode(err error) string {
	var ae *APIError
	if errors.As(err, &ae) {
		return ae.Code
	}
	return ""
}

// RetryError is returned when a request still failed after max_retries
// retries. Last is the last failure.
type RetryError struct {
	Retries int
	Last    error
}

func (e *RetryError) Error() string {
	return fmt.Sprintf("maximum retries attempted (%d) without success: %v", e.Retries, e.Last)
}

func (e *RetryError) Unwrap() error { return e.Last }

// PywikibotClass names the pywikibot exception class (see package errclass).
func (e *RetryError) PywikibotClass() string { return "TimeoutError" }

// ServerError is an HTTP error status (5xx) from the wiki.
type ServerError struct {
	Status int
	Text   string
}

func (e *ServerError) Error() string { return fmt.Sprintf("HTTP %d: %s", e.Status, e.Text) }

// PywikibotClass names the pywikibot exception class (see package errclass).
func (e *ServerError) PywikibotClass() string { return "ServerError" }

// SessionError is returned when the wiki lost the login session and a new
// login did not restore it.
type SessionError struct {
	User string
	Err  error
}

func (e *SessionError) Error() string {
	return fmt.Sprintf("the login session of %s was lost and logging in again did not restore it: %v", e.User, e.Err)
}

func (e *SessionError) Unwrap() error { return e.Err }

// PywikibotClass names the pywikibot exception class (see package errclass).
func (e *SessionError) PywikibotClass() string { return "NoUsernameError" }

// PageError is the common part of the page-related errors. Its Error text
// follows pywikibot's messages. Each concrete type is named after the
// pywikibot exception it stands for; all unwrap to the *APIError.
type PageError struct {
	Title string
	API   *APIError
	msg   string
}

func (e *PageError) Error() string { return strings.Replace(e.msg, "{title}", "[["+e.Title+"]]", 1) }

// PywikibotClass names the pywikibot exception class (see package errclass): each concrete
// page error names its own; this is their common base.
func (e *PageError) PywikibotClass() string { return "PageSaveRelatedError" }

// Unwrap returns the underlying *APIError.
func (e *PageError) Unwrap() error {
	if e.API == nil {
		return nil
	}
	return e.API
}

func newPageError(title string, api *APIError, msg string) PageError {
	return PageError{Title: title, API: api, msg: msg}
}

// EditConflictError: someone else edited the page since it was loaded.
// The edit was not saved; the other edit is kept.
type EditConflictError struct{ PageError }

// PywikibotClass names the pywikibot exception class (see package errclass).
func (*EditConflictError) PywikibotClass() string { return "EditConflictError" }

// LockedPageError: the page is protected against this edit.
type LockedPageError struct{ PageError }

// PywikibotClass names the pywikibot exception class (see package errclass).
func (*LockedPageError) PywikibotClass() string { return "LockedPageError" }

// LockedNoPageError: the page does not exist and its creation is protected.
type LockedNoPageError struct{ PageError }

// PywikibotClass names the pywikibot exception class (see package errclass).
func (*LockedNoPageError) PywikibotClass() string { return "LockedNoPageError" }

// CascadeLockedPageError: the page is protected by cascading protection.
type CascadeLockedPageError struct{ PageError }

// PywikibotClass names the pywikibot exception class (see package errclass).
func (*CascadeLockedPageError) PywikibotClass() string { return "CascadeLockedPageError" }

// NoCreateError: the page does not exist and nocreate was given.
type NoCreateError struct{ PageError }

// PywikibotClass names the pywikibot exception class (see package errclass).
func (*NoCreateError) PywikibotClass() string { return "NoCreateError" }

// PageCreatedConflictError: the page was created since it was loaded (or
// exists and createonly was given).
type PageCreatedConflictError struct{ PageError }

// PywikibotClass names the pywikibot exception class (see package errclass).
func (*PageCreatedConflictError) PywikibotClass() string { return "PageCreatedConflictError" }

// PageDeletedConflictError: the page was deleted since it was loaded.
type PageDeletedConflictError struct{ PageError }

// PywikibotClass names the pywikibot exception class (see package errclass).
func (*PageDeletedConflictError) PywikibotClass() string { return "PageDeletedConflictError" }

// SpamblacklistError: the spam blacklist refused a link in the text.
type SpamblacklistError struct{ PageError }

// PywikibotClass names the pywikibot exception class (see package errclass).
func (*SpamblacklistError) PywikibotClass() string { return "SpamblacklistError" }

// TitleblacklistError: the title is blacklisted.
type TitleblacklistError struct{ PageError }

// PywikibotClass names the pywikibot exception class (see package errclass).
func (*TitleblacklistError) PywikibotClass() string { return "TitleblacklistError" }

// AbuseFilterDisallowedError: an abuse filter disallowed the edit.
type AbuseFilterDisallowedError struct{ PageError }

// PywikibotClass names the pywikibot exception class (see package errclass).
func (*AbuseFilterDisallowedError) PywikibotClass() string { return "AbuseFilterDisallowedError" }

// OtherPageSaveError: any other reason an edit failed.
type OtherPageSaveError struct{ PageError }

// PywikibotClass names the pywikibot exception class (see package errclass).
func (*OtherPageSaveError) PywikibotClass() string { return "OtherPageSaveError" }

// editError maps an edit's API error to the typed error pywikibot raises.
func editError(title string, ae *APIError) error {
	switch ae.Code {
	case "editconflict":
		return &EditConflictError{newPageError(title, ae, "Page {title} could not be saved due to an edit conflict")}
	case "protectedpage", "protectednamespace", "protectednamespace-interface", "customcssjsprotected", "customcssprotected", "customjsprotected", "sitecssprotected", "sitejsprotected", "sitejsonprotected", "mycssjsredirect":
		return &LockedPageError{newPageError(title, ae, "Page {title} is locked.")}
	case "protectedtitle", "cantcreate", "cantcreate-anon":
		return &LockedNoPageError{newPageError(title, ae, "Page {title} does not exist and is locked preventing creation.")}
	case "cascadeprotected":
		return &CascadeLockedPageError{newPageError(title, ae, "Page {title} is locked due to cascading protection.")}
	case "missingtitle":
		return &NoCreateError{newPageError(title, ae, "Page {title} could not be created because parameter nocreate was specified.")}
	case "articleexists":
		return &PageCreatedConflictError{newPageError(title, ae, "Page {title} has been created since last retrieved.")}
	case "pagedeleted":
		return &PageDeletedConflictError{newPageError(title, ae, "Page {title} has been deleted since last retrieved.")}
	case "spamblacklist", "spamdetected":
		return &SpamblacklistError{newPageError(title, ae, "Edit to page {title} rejected by spam filter: "+ae.Info)}
	case "titleblacklist-forbidden":
		return &TitleblacklistError{newPageError(title, ae, "Page {title} is title-blacklisted.")}
	case "abusefilter-disallowed":
		return &AbuseFilterDisallowedError{newPageError(title, ae, "Edit to page {title} was disallowed by the abuse filter: "+ae.Info)}
	case "assertuserfailed", "assertbotfailed", "assertnameduserfailed", "badtoken", "maxlag", "readonly":
		return ae
	}
	return &OtherPageSaveError{newPageError(title, ae, "Edit to page {title} failed:\n"+ae.Error())}
}

// IdentityError: with OAuth (or another signed authentication) the wiki
// answers as an account other than the configured username, as pywikibot's
// NoUsernameError reports it.
type IdentityError struct{ Msg string }

func (e *IdentityError) Error() string { return e.Msg }

// PywikibotClass names the pywikibot exception class (see package errclass).
func (*IdentityError) PywikibotClass() string { return "NoUsernameError" }
