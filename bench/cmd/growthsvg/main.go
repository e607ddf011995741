// Command growthsvg draws the growth curves of bench/scale/run.sh: wall
// time against the number of pages, one line per task and client, as an
// SVG on stdout. It reads the results file the script writes, one run per
// line:
//
//	PAGES<TAB>TASK<TAB>CLIENT<TAB>WALL_S<TAB>CPU_S<TAB>RSS_KIB<TAB>REQUESTS
//
// and plots the median wall time of each (task, client) at each size.
package main

import (
	"bufio"
	"fmt"
	"html"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
)

type key struct{ task, client string }

func main() {
	series, err := read(os.Stdin)
	if err != nil {
		fmt.Fprintln(os.Stderr, "growthsvg:", err)
		os.Exit(1)
	}
	if len(series) == 0 {
		fmt.Fprintln(os.Stderr, "growthsvg: no results on stdin")
		os.Exit(1)
	}
	draw(os.Stdout, series)
}

// read returns, per (task, client), the median wall time at each size.
func read(r io.Reader) (map[key]map[int]float64, error) {
	runs := map[key]map[int][]float64{}
	sc := bufio.NewScanner(r)
	for line := 1; sc.Scan(); line++ {
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 4 || strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		n, err1 := strconv.Atoi(f[0])
		wall, err2 := strconv.ParseFloat(f[3], 64)
		if err1 != nil || err2 != nil {
			return nil, fmt.Errorf("line %d: want PAGES TASK CLIENT WALL ... separated by tabs, got %q", line, sc.Text())
		}
		k := key{f[1], f[2]}
		if runs[k] == nil {
			runs[k] = map[int][]float64{}
		}
		runs[k][n] = append(runs[k][n], wall)
	}
	out := map[key]map[int]float64{}
	for k, bySize := range runs {
		out[k] = map[int]float64{}
		for n, ws := range bySize {
			sort.Float64s(ws)
			out[k][n] = ws[(len(ws)-1)/2]
		}
	}
	return out, sc.Err()
}

var palette = []string{"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"}

// dashes tells the clients apart; colours tell the tasks apart.
var dashes = map[string]string{"gowikibot": "", "pywikibot 9.6.3": "6,3", "floor": "2,3"}

func draw(w io.Writer, series map[key]map[int]float64) {
	const W, H, left, right, top, bottom = 760.0, 460.0, 60.0, 250.0, 30.0, 50.0
	maxN, maxT := 0, 0.0
	var keys []key
	tasks := map[string]string{}
	for k, pts := range series {
		keys = append(keys, k)
		if _, ok := tasks[k.task]; !ok {
			tasks[k.task] = ""
		}
		for n, t := range pts {
			maxN = max(maxN, n)
			maxT = max(maxT, t)
		}
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].task != keys[j].task {
			return keys[i].task < keys[j].task
		}
		return keys[i].client < keys[j].client
	})
	var names []string
	for t := range tasks {
		names = append(names, t)
	}
	sort.Strings(names)
	for i, t := range names {
		tasks[t] = palette[i%len(palette)]
	}
	maxT = niceCeil(maxT)
	x := func(n int) float64 { return left + float64(n)/float64(maxN)*(W-left-right) }
	y := func(t float64) float64 { return H - bottom - t/maxT*(H-top-bottom) }
	fmt.Fprintf(w, `<svg xmlns="http://www.w3.org/2000/svg" width="%g" height="%g" font-family="sans-serif" font-size="11">`+"\n", W, H)
	fmt.Fprintf(w, `<rect width="100%%" height="100%%" fill="white"/>`+"\n")
	fmt.Fprintf(w, `<text x="%g" y="18" font-size="13">wall time (median) against pages</text>`+"\n", left)
	// axes and ticks
	fmt.Fprintf(w, `<line x1="%g" y1="%g" x2="%g" y2="%g" stroke="black"/>`+"\n", left, H-bottom, W-right, H-bottom)
	fmt.Fprintf(w, `<line x1="%g" y1="%g" x2="%g" y2="%g" stroke="black"/>`+"\n", left, top, left, H-bottom)
	for i := 0; i <= 5; i++ {
		t := maxT * float64(i) / 5
		fmt.Fprintf(w, `<text x="%g" y="%g" text-anchor="end">%.3g s</text>`+"\n", left-4, y(t)+4, t)
		fmt.Fprintf(w, `<line x1="%g" y1="%g" x2="%g" y2="%g" stroke="#ddd"/>`+"\n", left, y(t), W-right, y(t))
		n := maxN * i / 5
		fmt.Fprintf(w, `<text x="%g" y="%g" text-anchor="middle">%d</text>`+"\n", x(n), H-bottom+16, n)
	}
	fmt.Fprintf(w, `<text x="%g" y="%g" text-anchor="middle">pages</text>`+"\n", (left+W-right)/2, H-12)
	// lines and legend
	for i, k := range keys {
		var sizes []int
		for n := range series[k] {
			sizes = append(sizes, n)
		}
		sort.Ints(sizes)
		var pts []string
		for _, n := range sizes {
			pts = append(pts, fmt.Sprintf("%.1f,%.1f", x(n), y(series[k][n])))
		}
		col := tasks[k.task]
		dash := ""
		if d := dashes[k.client]; d != "" {
			dash = fmt.Sprintf(` stroke-dasharray="%s"`, d)
		}
		fmt.Fprintf(w, `<polyline fill="none" stroke="%s" stroke-width="2"%s points="%s"/>`+"\n", col, dash, strings.Join(pts, " "))
		for _, p := range pts {
			xy := strings.Split(p, ",")
			fmt.Fprintf(w, `<circle cx="%s" cy="%s" r="2.5" fill="%s"/>`+"\n", xy[0], xy[1], col)
		}
		ly := top + 14*float64(i)
		fmt.Fprintf(w, `<line x1="%g" y1="%g" x2="%g" y2="%g" stroke="%s" stroke-width="2"%s/>`+"\n", W-right+10, ly, W-right+34, ly, col, dash)
		fmt.Fprintf(w, `<text x="%g" y="%g">%s: %s</text>`+"\n", W-right+38, ly+4, html.EscapeString(k.task), html.EscapeString(k.client))
	}
	fmt.Fprintln(w, "</svg>")
}

// niceCeil rounds t up to 1, 2 or 5 times a power of ten.
func niceCeil(t float64) float64 {
	if t <= 0 {
		return 1
	}
	p := 1.0
	for p*10 < t {
		p *= 10
	}
	for p > t {
		p /= 10
	}
	for _, m := range []float64{1, 2, 5, 10} {
		if m*p >= t {
			return m * p
		}
	}
	return 10 * p
}
