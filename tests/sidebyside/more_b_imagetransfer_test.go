package sidebyside

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"mime/multipart"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/gowikibot/gowikibot/tests/testbin"
)

// uploadSummary stores data as File:name with the given description and summary
// (multipart action=upload, as the API takes files).
func (c *apiClient) uploadSummary(name string, data []byte, text, comment string) error {
	var body bytes.Buffer
	w := multipart.NewWriter(&body)
	for k, v := range map[string]string{"action": "upload", "filename": name, "text": text, "comment": comment,
		"ignorewarnings": "1", "format": "json", "formatversion": "2", "token": c.token} {
		if err := w.WriteField(k, v); err != nil {
			return err
		}
	}
	fw, err := w.CreateFormFile("file", name)
	if err != nil {
		return err
	}
	fw.Write(data)
	if err := w.Close(); err != nil {
		return err
	}
	resp, err := c.http.Post(c.api, w.FormDataContentType(), &body)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	var out struct {
		Upload struct{ Result string } `json:"upload"`
		Error  *struct{ Code, Info string }
	}
	if err := json.Unmarshal(raw, &out); err != nil || out.Error != nil || out.Upload.Result != "Success" {
		return fmt.Errorf("upload of %s: %v %s", name, err, raw)
	}
	return nil
}

var isoTime = regexp.MustCompile(`\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ`)

// TestImageTransferB runs pywikibot 9.6.3's imagetransfer, unmodified,
// between two local wikis per side (the families sbs and sbt of
// TestTransferSideBySide): a file page, and a page that shows a file, are
// copied to the other wiki (the file downloaded from the source wiki and
// uploaded, with the source's description and file history). Skipped
// without the checkout (its script file is what runs).
func TestImageTransferB(t *testing.T) {
	if testing.Short() {
		t.Skip("side-by-side runs need test wikis; skipped in -short mode")
	}
	script := filepath.Join(pwbDir(), "scripts", "imagetransfer.py")
	if !exists(script) {
		t.Skipf("pywikibot 9.6.3 checkout missing at %s: its imagetransfer.py is what runs", pwbDir())
	}
	gwb := testbin.Gowikibot(t)
	pwb963, withPwb := checkout963(t)
	moreNamespaces(t, "6")
	pic, other := noisePNG(t, 30, 30, 11), noisePNG(t, 30, 30, 12)
	g, p := startBoth(t, withPwb, func(t *testing.T, name string) (*transferSide, error) {
		s, err := startTransferSide(t, name)
		if err != nil {
			return nil, err
		}
		c := newClient(s.src.APIURL)
		if err := c.login(s.src.AdminUser, s.src.AdminPassword); err != nil {
			return nil, err
		}
		if err := c.uploadSummary("Transfer me.png", pic, "A picture to copy.\n[[Category:Pictures]]", "first version"); err != nil {
			return nil, err
		}
		if err := c.uploadSummary("Other pic.png", other, "Another picture.", "other"); err != nil {
			return nil, err
		}
		if err := c.edit("Uses pic", "A page with [[File:Other pic.png|thumb|a picture]].", "seed"); err != nil {
			return nil, err
		}
		if s.srcLast, err = snapshot(s.src.APIURL); err != nil {
			return nil, err
		}
		if s.dstLast, err = snapshot(s.dst.APIURL); err != nil {
			return nil, err
		}
		return s, nil
	})
	g.run = func(_ string, args []string) (string, string, int) {
		return runCmd(g.cfg, append([]string{gwb, "-dir:" + g.cfg, "python", script}, args...))
	}
	if p != nil {
		p.run = func(_ string, args []string) (string, string, int) {
			return runCmd(p.cfg, append([]string{"/usr/bin/python3", filepath.Join(pwb963, "pwb.py"), "-dir:" + p.cfg, "imagetransfer"}, args...))
		}
	}
	norm := func(s string) string {
		s = isoTime.ReplaceAllString(s, "TIME")
		for _, side := range []*transferSide{g, p} {
			if side != nil {
				s = strings.ReplaceAll(s, side.src.URL, "SOURCE")
			}
		}
		return s
	}
	rows := imageTransferRows()
	for _, r := range rows {
		t.Run(r.name, func(t *testing.T) {
			gOut, gErr, gCode := g.run("", r.args)
			t.Logf("gowikibot imagetransfer %s (exit %d)\n--- stdout\n%s--- stderr\n%s", strings.Join(r.args, " "), gCode, gOut, gErr)
			gDst, err := snapshot(g.dst.APIURL)
			if err != nil {
				t.Fatal(err)
			}
			gBefore := g.dstLast
			g.dstLast = gDst
			if p != nil {
				pOut, pErr, pCode := p.run("", r.args)
				t.Logf("pywikibot (exit %d)\n--- stdout\n%s--- stderr\n%s", pCode, pOut, pErr)
				pDst, err := snapshot(p.dst.APIURL)
				if err != nil {
					t.Fatal(err)
				}
				pBefore := p.dstLast
				p.dstLast = pDst
				if d := diffChanges(normState(pBefore, norm), normState(pDst, norm), normState(gBefore, norm), normState(gDst, norm)); len(d) > 0 {
					t.Errorf("target wikis differ:\n%s", strings.Join(d, "\n"))
				}
				if pf, gf := norm(fileStates(t, p.dst.APIURL)), norm(fileStates(t, g.dst.APIURL)); pf != gf {
					t.Errorf("target wikis' files differ:\n--- pywikibot\n%s\n--- gowikibot\n%s", pf, gf)
				}
				if a, b := norm(essentialErr(pOut)), norm(essentialErr(gOut)); a != b {
					t.Errorf("essential stdout differs:\n--- pywikibot\n%s\n--- gowikibot\n%s", a, b)
				}
				if a, b := norm(essentialErr(pErr)), norm(essentialErr(gErr)); a != b {
					t.Errorf("essential stderr differs:\n--- pywikibot\n%s\n--- gowikibot\n%s", a, b)
				}
				if pCode != gCode {
					t.Errorf("exit status: pywikibot %d, gowikibot %d", pCode, gCode)
				}
			}
			r.check(t, gDst, gOut, gErr)
		})
	}
}

// imageTransferRow is a row of TestImageTransferB.
type imageTransferRow struct {
	name  string
	args  []string
	check func(t *testing.T, dst *wikiState, out, errs string)
}

// imageTransferRows are imagetransfer's rows, in this order.
func imageTransferRows() []imageTransferRow {
	return []imageTransferRow{
		{"file page", []string{"-page:File:Transfer me.png", "-tofamily:sbt", "-tolang:sbt", "-keepname"},
			func(t *testing.T, dst *wikiState, out, errs string) {
				ps, ok := dst.Pages["File:Transfer me.png"]
				if !ok {
					t.Fatalf("File:Transfer me.png was not copied; stderr:\n%s", errs)
				}
				wantContains(t, "the copy's description", ps.Text, "This file was copied from sbs:sbs.", "A picture to copy.",
					"{{int:filehist-datetime}}", "30×30 px (", "<nowiki>first version</nowiki>")
			}},
		{"page with a file", []string{"-page:Uses pic", "-tofamily:sbt", "-tolang:sbt", "-keepname"},
			func(t *testing.T, dst *wikiState, out, errs string) {
				if _, ok := dst.Pages["File:Other pic.png"]; !ok {
					t.Errorf("File:Other pic.png was not copied; stderr:\n%s", errs)
				}
			}},
	}
}
