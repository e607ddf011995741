module github.com/gowikibot/gowikibot

go 1.25.0

require (
	github.com/dghubble/oauth1 v0.7.3
	github.com/dlclark/regexp2 v1.12.0
	github.com/dsnet/compress v0.0.1
	github.com/go-python/gpython v0.2.0
	github.com/ulikunitz/xz v0.5.17
	golang.org/x/sys v0.47.0
	golang.org/x/text v0.26.0
	gopkg.in/ini.v1 v1.68.0
	modernc.org/sqlite v1.57.0
)

require (
	github.com/dustin/go-humanize v1.0.1 // indirect
	github.com/google/uuid v1.6.0 // indirect
	github.com/mattn/go-isatty v0.0.24 // indirect
	github.com/ncruces/go-strftime v1.0.0 // indirect
	github.com/remyoudompheng/bigfft v0.0.0-20230129092748-24d4a6f8daec // indirect
	modernc.org/libc v1.74.4 // indirect
	modernc.org/mathutil v1.7.1 // indirect
	modernc.org/memory v1.11.0 // indirect
)

require golang.org/x/term v0.34.0
