package footer_test

import (
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/footer"
)

// pathologicalPages are pages of about size bytes built to make a checker
// spend memory: deep nesting, and numbers repeated by the hundred thousand.
func pathologicalPages(size int) map[string][]byte {
	fill := func(head, unit, tail string) []byte {
		return []byte(head + strings.Repeat(unit, (size-len(head)-len(tail))/len(unit)) + tail)
	}
	// distinct writes numbers made by format from 0, 1, 2, … until the
	// page is full.
	distinct := func(format string) []byte {
		var b strings.Builder
		b.WriteString("<html><body><p>")
		for i := 0; b.Len() < size-64; i++ {
			fmt.Fprintf(&b, format, i)
		}
		b.WriteString("</p></body></html>")
		return []byte(b.String())
	}
	return map[string][]byte{
		"nested b":     fill("<html><body>", "<b>", "</body></html>"),
		"nested b i q": fill("<html><body>", "<b><i><q>", "</body></html>"),
		// Nesting deeper than half the HTML parser's limit of 512 open
		// elements, and under it, again and again.
		"deep 300":     fill("<html><body>", strings.Repeat("<div>", 300)+"x"+strings.Repeat("</div>", 300), "</body></html>"),
		"deep 500 b i": fill("<html><body>", strings.Repeat("<b><i>", 250)+"x"+strings.Repeat("</i></b>", 250), "</body></html>"),
		// Elements the parser closes by itself, never closed by the page.
		"unclosed paragraphs":     fill("<html><body>", "<p>x", "</body></html>"),
		"unclosed items":          fill("<html><body><ul>", "<li>x", "</ul></body></html>"),
		"unclosed links":          fill("<html><body>", "<a href=x>y", "</body></html>"),
		"unclosed spans in links": fill("<html><body>", "<a href=x><span>y", "</body></html>"),
		"short links":             fill("<html><body>", "<a href>y", "</body></html>"),
		"links in spans":          fill("<html><body>", "<a href=x><span>y</span></a>", "</body></html>"),
		"stray cells":             fill("<html><body>", "<td>", "京ICP备12345678号</body></html>"),
		// Formatting elements left open in elements the parser closes:
		// it reopens clones of them, three of a kind at most.
		"formatting in paragraphs":        fill("<html><body>", "<p><b>x", "</body></html>"),
		"paragraphs in formatting":        fill("<html><body>", "<em>x<p>", "</body></html>"),
		"formatting in divisions":         fill("<html><body>", "<div><b>x</div>", "</body></html>"),
		"misnested formatting":            fill("<html><body>", "<b><p>x</b>", "</body></html>"),
		"fonts in paragraphs":             fill("<html><body>", `<p><font size=2 color=red>x<p><FONT color="red"  size='2'>y`, "</body></html>"),
		"unclosed options":                fill("<html><body>", "<option>x", "</body></html>"),
		"formatting in items":             fill("<html><body><ul>", "<li><b><i>x", "</ul></body></html>"),
		"formatting in cells":             fill("<html><body><table>", "<tr><td><font size=2>x<td><p><b>y", "</table></body></html>"),
		"formatting around tables":        fill("<html><body>", "<b><table><tr><td>x</table></b>", "</body></html>"),
		"stray text in tables":            fill("<html><body>", "<table><tr>x&nbsp;<td>y</table>", "</body></html>"),
		"selects":                         fill("<html><body>", "<select><option>x<option>y</select>", "</body></html>"),
		"formatting around icons":         fill("<html><body>", `<p><b><svg viewBox="0 0 1 1"><path d=x /><title>t</title></svg>x`, "</body></html>"),
		"formatting in templates":         fill("<html><head>", "<template><p><b>x</template>", "</head><body></body></html>"),
		"attributes with references":      fill("<html><body>", `<p><b id="&amp;">x<p><b id="&#38;">y`, "</body></html>"),
		"many attributes":                 fill("<html><body>", "<p><b>x<i a b c d e f g h i j k l m n o p q r s t u v w x y z>", "</body></html>"),
		"attributes with rare references": fill("<html><body>", `<p><b id="&copy;">x<p><b id="&#169;">y<p><b id="&COPY">z`, "</body></html>"),
		"framesets":                       fill("<html><head></head>", "<frameset></frameset>", "</html>"),
		// Links left open in headings: nested past the parser's limit,
		// after 10 MiB of shallow soup.
		"soup then too deep":  fill("<html><body>", "<p><b>x", strings.Repeat("<h1><a href=x>y<h2>z", 600)+"</body></html>"),
		"one number repeated": fill("<html><body><p>", "京ICP备12345678号-1 ", "</p></body></html>"),
		"linked numbers":      fill("<html><body>", `<p><a href="https://beian.miit.gov.cn/">京ICP备12345678号-1</a></p>`, "</body></html>"),
		"wrongly linked":      fill("<html><body>", `<p><a href="http://www.miitbeian.gov.cn/">京ICP备12345678号-1</a></p>`, "</body></html>"),
		"malformed numbers":   fill("<html><body><p>", "京ICP备12345678 京公网安备 11010502030143 ", "</p></body></html>"),
		"distinct numbers":    distinct("京ICP备%08d号 "),
		// Malformed numbers, each different: no 号, a digit too few, the
		// sequence before 号, and public-security numbers without 号.
		"distinct without 号":      distinct("京ICP备%08d "),
		"distinct short":          distinct("京ICP备%07d号 "),
		"distinct sequence first": distinct("京ICP备12345678-%d号 "),
		"distinct PSB without 号":  distinct("京公网安备 %014d "),
		"distinct own malformed":  distinct("京ICP备12345678号-%dZ "),
		"distinct no province":    distinct("的ICP备%08d号 "),
	}
}

// TestMemoryBound checks the footer checker's memory on pathological pages
// of 10 MiB: the bytes it allocates in all (an upper bound of its peak) stay
// within 4 times the page.
func TestMemoryBound(t *testing.T) {
	if testing.Short() {
		t.Skip("builds pages of 10 MiB")
	}
	if raceDetector {
		t.Skip("the race detector changes what is allocated; run without -race")
	}
	want := footer.Expectations{
		Number: filing.MustParseICPNumber("京ICP备12345678号-1"),
		PSB:    filing.MustParsePSBNumber("京公网安备 11010502030143号"),
	}
	for name, p := range pathologicalPages(footer.MaxPageSize) {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		r := footer.Check(p, want)
		runtime.ReadMemStats(&after)
		allocated := after.TotalAlloc - before.TotalAlloc
		t.Logf("%s: %d bytes, %d allocated (%.2f×), %d findings", name, len(p), allocated, float64(allocated)/float64(len(p)), len(r.Findings))
		// Pages nested past the limit are not HTML the checker reads.
		if tooDeep := strings.HasPrefix(name, "nested") || strings.Contains(name, "too deep"); tooDeep != (len(r.Findings) == 1 && r.Findings[0].Rule == "post.footer_not_html") {
			t.Errorf("%s: findings %v; want post.footer_not_html alone: %v", name, r.Findings, tooDeep)
		}
		if allocated > 4*uint64(len(p)) {
			t.Errorf("%s: %d bytes allocated for a page of %d (%.1f×); want at most 4×", name, allocated, len(p), float64(allocated)/float64(len(p)))
		}
	}
}

// TestMemoryTypical checks the footer checker's memory on a typical page
// (that of BenchmarkFooterCheck): at most one byte allocated per byte of
// the page, the tokenizer's own allocations included.
func TestMemoryTypical(t *testing.T) {
	if raceDetector {
		t.Skip("the race detector changes what is allocated; run without -race")
	}
	p := realisticPage(200 << 10)
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	const runs = 5
	for range runs {
		footer.Check(p, want)
	}
	runtime.ReadMemStats(&after)
	perRun := (after.TotalAlloc - before.TotalAlloc) / runs
	t.Logf("%d bytes, %d allocated a check (%.2f a byte)", len(p), perRun, float64(perRun)/float64(len(p)))
	if perRun > uint64(len(p)) {
		t.Errorf("%d bytes allocated a check of a page of %d; want at most one a byte", perRun, len(p))
	}
}
