module github.com/gowikibot/gowikibot

go 1.24

require (
	github.com/dghubble/oauth1 v0.7.3 // indirect
	github.com/dlclark/regexp2 v1.12.0 // indirect
	github.com/go-python/gpython v0.2.0 // indirect
	github.com/mattn/go-runewidth v0.0.13 // indirect
	github.com/peterh/liner v1.2.2 // indirect
	github.com/rivo/uniseg v0.3.4 // indirect
	golang.org/x/sys v0.0.0-20220817070843-5a390386f1f2 // indirect
	gopkg.in/ini.v1 v1.68.0 // indirect
)
