module github.com/gowikibot/gowikibot

go 1.24

require (
	github.com/dghubble/oauth1 v0.7.3
	github.com/dlclark/regexp2 v1.12.0
	github.com/go-python/gpython v0.2.0
	golang.org/x/sys v0.0.0-20220817070843-5a390386f1f2
	golang.org/x/text v0.26.0
	gopkg.in/ini.v1 v1.68.0
)
