package footer_test

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"

	"pgregory.net/rapid"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/footer"
)

// writeNumber writes s into HTML the way real footers do: each character
// possibly as a numeric entity, possibly wrapped in an inline element,
// possibly with white space before it.
func writeNumber(t *rapid.T, s string) string {
	var b strings.Builder
	for i, c := range s {
		n := strconv.Itoa(i)
		if rapid.IntRange(0, 5).Draw(t, "space"+n) == 0 {
			b.WriteString(rapid.SampledFrom([]string{" ", "\n  ", "&nbsp;", "\u3000"}).Draw(t, "ws"+n))
		}
		ch := string(c)
		switch rapid.IntRange(0, 3).Draw(t, "enc"+n) {
		case 0:
			ch = "&#" + strconv.Itoa(int(c)) + ";"
		case 1:
			ch = fmt.Sprintf("&#x%X;", c)
		}
		if rapid.IntRange(0, 3).Draw(t, "wrap"+n) == 0 {
			tag := rapid.SampledFrom([]string{"span", "b", "i", "em", "strong", "font"}).Draw(t, "tag"+n)
			ch = "<" + tag + ">" + ch + "</" + tag + ">"
		}
		b.WriteString(ch)
	}
	return b.String()
}

// drawNumber draws a filing number.
func drawNumber(t *rapid.T, label string) filing.ICPNumber {
	a := rapid.SampledFrom([]string{"京", "沪", "粤", "浙", "蜀", "川", "黔"}).Draw(t, label+"abbr")
	s := a + "ICP备" + rapid.StringMatching(`[1-9][0-9]{5,9}`).Draw(t, label+"serial") + "号"
	if site := rapid.IntRange(0, 9).Draw(t, label+"site"); site > 0 {
		s += "-" + strconv.Itoa(site)
	}
	return filing.MustParseICPNumber(s)
}

// drawPage wraps a footer fragment in random surrounding markup.
func drawPage(t *rapid.T, fragment string) []byte {
	filler := rapid.SliceOfN(rapid.SampledFrom([]string{
		"<p>关于我们</p>", "<div class=\"x\"><span>新闻</span></div>", "<ul><li>一<li>二</ul>",
		"<script>var a = '<p>';</script>", "<!-- c -->", "<table><tr><td>a<td>b</table>", "<img src=a.png alt=\"logo\">",
	}), 0, 6)
	before := strings.Join(filler.Draw(t, "before"), "\n")
	after := strings.Join(filler.Draw(t, "after"), "\n")
	wrap := rapid.SampledFrom([]string{"<footer>%s</footer>", "<div id=\"ft\"><p>%s</p></div>", "<p>%s", "%s"}).Draw(t, "wrap")
	return []byte("<!DOCTYPE html><html><head><meta charset=utf-8></head><body>" + before + fmt.Sprintf(wrap, fragment) + after + "</body></html>")
}

// TestFoundAndLinkJudged: a number written with random entities, inline
// splits and white space inside random markup is always found, and its link
// is judged by the host alone.
func TestFoundAndLinkJudged(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		n := drawNumber(t, "")
		shown := writeNumber(t, n.String())
		hosts := map[string]string{
			"https://beian.miit.gov.cn/":      "",
			"//BEIAN.miit.gov.cn#/Integrated": "",
			"http://beian.miit.gov.cn/?a=b":   "",
			"http://www.miitbeian.gov.cn":     "post.footer_link_outdated",
			"https://miitbeian.gov.cn/":       "post.footer_link_outdated",
			"https://www.beian.miit.gov.cn/":  "post.footer_link_outdated",
			"/beian":                          "post.footer_link_outdated",
			"":                                "post.footer_link_missing",
		}
		keys := make([]string, 0, len(hosts))
		for k := range hosts {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		href := rapid.SampledFrom(keys).Draw(t, "href")
		frag := shown
		if href != "" {
			frag = `<a href="` + href + `">` + shown + "</a>"
		}
		r := footer.Check(drawPage(t, frag), footer.Expectations{Number: n})
		var want []string
		if hosts[href] != "" {
			want = []string{hosts[href]}
		}
		if got := rules(r); !slices.Equal(got, want) {
			t.Fatalf("rules %v; want %v (%v)", got, want, r.Findings)
		}
	})
}

// TestOtherSubjectMismatch: a number of another subject is always a
// mismatch.
func TestOtherSubjectMismatch(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		n := drawNumber(t, "record")
		o := drawNumber(t, "shown")
		if o.SameSubject(n) {
			t.Skip("same subject")
		}
		frag := `<a href="https://beian.miit.gov.cn">` + writeNumber(t, o.String()) + "</a>"
		r := footer.Check(drawPage(t, frag), footer.Expectations{Number: n})
		if got := rules(r); !slices.Equal(got, []string{"post.footer_number_mismatch"}) || r.OK() {
			t.Fatalf("rules %v; want mismatch (%v)", got, r.Findings)
		}
		if found := r.Findings[0].Params["found"]; !strings.Contains(fmt.Sprint(found), o.Serial()[:1]) {
			t.Fatalf("found %q does not quote the number shown %v", found, o)
		}
	})
}

// TestDeterministic: the same page gives the same report.
func TestDeterministic(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		n := drawNumber(t, "")
		p := drawPage(t, writeNumber(t, n.String())+"<p>京ICP备1234号</p><p>沪ICP备87654321号</p>")
		a := footer.Check(p, footer.Expectations{Number: n, CopyrightRequired: new(true)})
		b := footer.Check(p, footer.Expectations{Number: n, CopyrightRequired: new(true)})
		if fmt.Sprint(a) != fmt.Sprint(b) {
			t.Fatalf("reports differ:\n%v\n%v", a, b)
		}
	})
}
