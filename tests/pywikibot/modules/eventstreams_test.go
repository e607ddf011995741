package modules

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/gowikibot/gowikibot/tests/pywikibot/textlib/pyprog"
)

// TestEventStreams reads a server-sent event stream from a local server
// (pywikibot needs the sseclient package for this; gowikibot reads it with
// its own requests): comments, multi-line data, event ids, an error event,
// a canary event, filters of the three kinds, the item limit, and a dropped
// connection opened again with Last-Event-ID.
func TestEventStreams(t *testing.T) {
	var mu sync.Mutex
	var lastIDs []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		lastIDs = append(lastIDs, r.Header.Get("Last-Event-ID")+"|"+r.Header.Get("Accept")+"|"+r.URL.RawQuery)
		mu.Unlock()
		w.Header().Set("Content-Type", "text/event-stream")
		if r.Header.Get("Last-Event-ID") == "" {
			fmt.Fprint(w, ": comment\n\n")
			fmt.Fprint(w, "event: message\nid: 1\ndata: {\"type\": \"edit\", \"wiki\": \"enwiki\",\ndata:  \"bot\": false, \"title\": \"A\"}\n\n")
			fmt.Fprint(w, "id: 2\ndata: {\"type\": \"log\", \"wiki\": \"enwiki\", \"bot\": true, \"title\": \"B\"}\n\n")
			fmt.Fprint(w, "event: error\ndata: overloaded\n\n")
			fmt.Fprint(w, "id: 3\ndata: {\"type\": \"edit\", \"wiki\": \"canary\", \"meta\": {\"domain\": \"canary\"}, \"title\": \"C\"}\n\n")
			return // the connection drops here
		}
		fmt.Fprint(w, "id: 4\ndata: {\"type\": \"edit\", \"wiki\": \"dewiki\", \"bot\": false, \"title\": \"D\"}\n\n")
		fmt.Fprint(w, "id: 5\ndata: {\"type\": \"new\", \"wiki\": \"enwiki\", \"bot\": false, \"title\": \"E\"}\n\n")
		fmt.Fprint(w, "id: 6\ndata: {\"type\": \"edit\", \"wiki\": \"enwiki\", \"bot\": false, \"title\": \"F\"}\n\n")
	}))
	defer srv.Close()
	dir := t.TempDir()
	prog := filepath.Join(dir, "es.py")
	src := `import os
import pywikibot
from pywikibot.comms.eventstreams import EventStreams
site = pywikibot.Site('en', 'wikipedia')
url = os.environ['BASE'] + '/v2/stream/recentchange?since=x'
s = EventStreams(url=url, site=site)
s.register_filter(type=('edit', 'new'))
s.register_filter(ftype='none', bot=True)
s.register_filter(lambda d: d['wiki'] == 'enwiki', ftype='any')
s.set_maximum_items(3)
print([d['title'] for d in s])
s2 = EventStreams(streams=['recentchange', 'revision-create'], since='20240102030405', site=site)
print(s2.url)
try:
    EventStreams(site=site)
except NotImplementedError as e:
    print('NotImplementedError', e)
try:
    EventStreams(url=url, site=site).register_filter('nope')
except TypeError as e:
    print('TypeError', e)
`
	if err := os.WriteFile(prog, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	got := string(pyprog.Run(t, prog, "PYWIKIBOT_NO_USER_CONFIG=1", "BASE="+srv.URL))
	want := "['A', 'E', 'F']\n" +
		"https://stream.wikimedia.org/v2/stream/recentchange,revision-create?since=2024-01-02T03:04:05Z\n" +
		"NotImplementedError No streams specified for class EventStreams\n" +
		"TypeError nope is not a callable\n"
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(lastIDs) != 2 || lastIDs[0] != "|text/event-stream|since=x" || lastIDs[1] != "3|text/event-stream|since=x" {
		t.Errorf("requests (Last-Event-ID|Accept|query): %s", strings.Join(lastIDs, ", "))
	}
}
