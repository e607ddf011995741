package site_test

import (
	"context"
	"fmt"
	"log"

	"github.com/gowikibot/gowikibot/site"
	"github.com/gowikibot/gowikibot/userconfig"
)

// A bot that logs in with a bot password, reads a page and appends a line
// to it. The cookies are kept in cfg.BaseDir, so the next run logs in with
// one request; an edit by someone else in between is reported as an
// EditConflictError instead of being overwritten.
func Example() {
	cfg := userconfig.Defaults()
	cfg.BaseDir = "/home/me/.pywikibot"
	s, err := site.New(site.Options{
		APIURL:    "https://wiki.example.org/w/api.php",
		Config:    cfg,
		Username:  "ExampleBot",
		LoginName: "ExampleBot@mybot",
		Password:  "the bot password",
	})
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	if err := s.Login(ctx); err != nil {
		log.Fatal(err)
	}
	pages, err := s.LoadPages(ctx, []string{"User:ExampleBot/sandbox"})
	if err != nil {
		log.Fatal(err)
	}
	res, err := s.EditPage(ctx, pages[0], site.Edit{
		Text:    pages[0].Text() + "\nOne more line.",
		Summary: "Bot: append a line",
		Minor:   true,
		Bot:     true,
	})
	switch err.(type) {
	case nil:
		fmt.Println("saved revision", res.NewRevID)
	case *site.EditConflictError:
		fmt.Println("someone else edited the page; load it again")
	default:
		log.Fatal(err)
	}
}
