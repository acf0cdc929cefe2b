package footer

import (
	"bytes"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"pgregory.net/rapid"
)

// trickyTags are the elements the HTML tree-construction rules treat
// specially: formatting elements, scope boundaries, tables, lists, foreign
// content and its integration points, raw-text elements, elements the
// parser implies or ignores, and a few plain ones.
var trickyTags = []string{
	"div", "p", "span", "b", "i", "a", "font", "nobr", "u", "em",
	"table", "tbody", "tr", "td", "th", "caption", "col", "colgroup",
	"object", "applet", "marquee", "template", "button", "select", "option", "optgroup",
	"li", "ul", "ol", "dd", "dt", "h1", "h2", "form", "frameset", "frame",
	"svg", "math", "mi", "mtext", "annotation-xml", "foreignobject", "desc", "g", "path",
	"title", "style", "script", "textarea", "noscript", "iframe", "xmp",
	"br", "img", "image", "input", "hr", "html", "head", "body", "custom-el",
}

// randomMarkup draws a sequence of start tags (some with attributes, some
// self-closing), end tags, text and comments.
func randomMarkup(t *rapid.T) []byte {
	var b strings.Builder
	n := rapid.IntRange(0, 900).Draw(t, "tokens")
	tag := rapid.SampledFrom(trickyTags)
	for range n {
		switch rapid.IntRange(0, 9).Draw(t, "kind") {
		case 0, 1, 2, 3:
			b.WriteString("<" + tag.Draw(t, "start"))
			if rapid.IntRange(0, 3).Draw(t, "attr") == 0 {
				b.WriteString(` id="` + strconv.Itoa(rapid.IntRange(0, 9).Draw(t, "id")) + `" color=red`)
			}
			if rapid.IntRange(0, 7).Draw(t, "self-closing") == 0 {
				b.WriteString("/")
			}
			b.WriteString(">")
		case 4, 5, 6:
			b.WriteString("</" + tag.Draw(t, "end") + ">")
		case 7:
			b.WriteString(rapid.SampledFrom([]string{"x", " ", "\n", "&amp;"}).Draw(t, "text"))
		case 8:
			b.WriteString("<!--c-->")
		case 9:
			b.WriteString(rapid.SampledFrom([]string{"<![CDATA[<g>]]>", "<p>x</p>", "<b>x</b>", "<table><td>x</td></table>"}).Draw(t, "chunk"))
		}
	}
	return []byte(b.String())
}

// ceiling returns the raw ceiling of doc (without the safety margin) and
// whether the ceiling gave up.
func ceiling(doc []byte) (int, bool) {
	_, d, _ := tokens(doc)
	return d.max + 4, d.unknown
}

// TestDepthCeilingProperty checks the ceiling without its safety margin
// against the parser itself: random markup is padded with unknown elements
// (which nothing in it closes) until its ceiling is exactly the parser's
// limit of 512, and the parser must then accept it. A ceiling below the
// real depth would let the parser reject some such page.
func TestDepthCeilingProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		doc := randomMarkup(t)
		c, unknown := ceiling(doc)
		if unknown || c > 512 {
			return
		}
		pad := 512 - c
		var padded []byte
		for range 8 {
			padded = append(bytes.Repeat([]byte("<pad-x>"), pad), doc...)
			c, unknown = ceiling(padded)
			if unknown || c == 512 {
				break
			}
			pad += 512 - c
			if pad < 0 {
				return
			}
		}
		if unknown || c != 512 {
			return
		}
		if _, err := html.Parse(bytes.NewReader(padded)); err != nil {
			t.Fatalf("ceiling %d but the parser says %v on %q", c, err, doc)
		}
	})
}

// TestDepthCeilingAgrees checks that the shortcut never changes the
// verdict: on random markup nested up to twice the limit, extract rejects
// exactly the pages html.Parse rejects.
func TestDepthCeilingAgrees(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		doc := randomMarkup(t)
		doc = append(bytes.Repeat([]byte("<div>"), rapid.IntRange(0, 600).Draw(t, "divs")), doc...)
		_, reason := extract(doc)
		_, err := html.Parse(bytes.NewReader(doc))
		if (reason != "") != (err != nil) {
			t.Fatalf("extract says %q, html.Parse says %v", reason, err)
		}
	})
}

// TestDepthCeilingRealistic: an ordinary page is accepted on its ceiling
// alone (far below the margin); tag soup and pages nested past the limit
// are decided by the stack model; the parser runs only where that gives up.
func TestDepthCeilingRealistic(t *testing.T) {
	cases := []struct {
		name    string
		doc     string
		ceiling bool // the ceiling alone decides
		parser  bool // the parser runs
	}{
		// The benchmark page: thousands of tags, shallow nesting.
		{"realistic", string(pageOfSize(200 << 10)), true, false},
		// Unclosed paragraphs, list items and links: the parser closes
		// each when the next starts, and so does the ceiling.
		{"unclosed", strings.Repeat("<p>x", 300), true, false},
		{"unclosed items", "<ul>" + strings.Repeat("<li>x<li><p>y", 300), true, false},
		{"unclosed links", strings.Repeat("<a href=x>y", 300), true, false},
		// Unclosed paragraphs with an unclosed span in each: the parser
		// closes the span with the paragraph, and so does the ceiling.
		{"unclosed spans", strings.Repeat("<p><span>x", 300), true, false},
		// With a b in each instead, the parser reopens clones of the b
		// elements it closes: the ceiling keeps them, but the stack model
		// follows the parser.
		{"unclosed formatting", strings.Repeat("<p><b>x", 300), false, false},
		// Nesting of 400 elements, closed: under the limit.
		{"deep 400", strings.Repeat("<div>", 400) + strings.Repeat("</div>", 400), true, false},
		// Nesting of 600: the stack model rejects the page.
		{"deep 600", strings.Repeat("<div>", 600) + strings.Repeat("</div>", 600), false, false},
		// Raw text in SVG is markup for the parser: the ceiling gives up,
		// and the stack model decides.
		{"svg style", "<svg><style><g><g></style></svg>", false, false},
		// Inline SVG that closes its elements is fine.
		{"svg closed", "<svg><g><path d=x></path></g></svg>", true, false},
	}
	for _, tc := range cases {
		_, d, _ := tokens([]byte(tc.doc))
		if got := !d.mayExceed(); got != tc.ceiling {
			t.Errorf("%s: the ceiling decides: %v, want %v (ceiling %d, unknown %v)", tc.name, got, tc.ceiling, d.max+4, d.unknown)
		}
		if got := d.mayExceed() && followStack([]byte(tc.doc)).lost; got != tc.parser {
			t.Errorf("%s: the parser runs: %v, want %v", tc.name, got, tc.parser)
		}
	}
}

// pageOfSize builds a page like the benchmark's: news items in nested
// markup.
func pageOfSize(size int) []byte {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html><html><head><meta charset=utf-8><title>t</title><script>var a = 1 < 2;</script></head><body>")
	for i := 0; b.Len() < size; i++ {
		b.WriteString(`<div class="item"><h3><a href="/n.html">标题</a></h3><p>摘要<span>2024</span><img src=a.png alt=x></p></div>` + "\n")
	}
	b.WriteString("</body></html>")
	return []byte(b.String())
}

// TestTagNameProperty: tagName reads from the raw text of a tag the name
// Tokenizer.TagName returns, and interestingAttrs never misses an attribute
// startTag reads.
func TestTagNameProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		doc := randomMarkup(t)
		doc = append(doc, rapid.SampledFrom([]string{"<DiV\tx>", "</SPAN >", "<a/b>", "<x-Y\fz>", "</p/>", "<B",
			"<img ALT=x>", "<a\nhref=x>", "<p title=t>", "<div data-href=x>", "<i style=display:none>", `<b x="1"hidden>`, "<img/alt=1>", "<p\tHiDDeN>", "<a xhref=1 hreff=2>", "<img alt='x'title=y>", "<a b=1 /href=x>", "<p x='1'/style=a>", "<i\fhidden>", "<b\rStyle=x>"}).Draw(t, "tail")...)
		var x extractor
		z := html.NewTokenizer(bytes.NewReader(doc))
		for {
			tt := z.Next()
			var got []byte
			switch tt {
			case html.ErrorToken:
				return
			case html.StartTagToken, html.SelfClosingTagToken:
				got = bytes.Clone(x.tagName(z.Raw()[1:]))
				interesting := interestingAttrs(z.Raw()[1+len(got):])
				for more := true; more; {
					var k []byte
					k, _, more = z.TagAttr()
					switch string(k) {
					case "hidden", "style":
						if interesting&attrHide == 0 {
							t.Fatalf("interestingAttrs misses %q in %q", k, z.Raw())
						}
					case "alt":
						if interesting&attrAlt == 0 {
							t.Fatalf("interestingAttrs misses %q in %q", k, z.Raw())
						}
					case "title":
						if interesting&attrTitle == 0 {
							t.Fatalf("interestingAttrs misses %q in %q", k, z.Raw())
						}
					case "href":
						if interesting&attrHref == 0 {
							t.Fatalf("interestingAttrs misses %q in %q", k, z.Raw())
						}
					}
				}
			case html.EndTagToken:
				got = bytes.Clone(x.tagName(z.Raw()[2:]))
			default:
				continue
			}
			if want, _ := z.TagName(); !bytes.Equal(got, want) {
				t.Fatalf("tagName %q, TagName %q", got, want)
			}
		}
	})
}

// FuzzDepthCeiling: on any input, padded with unknown elements until its
// ceiling is the parser's limit, the parser accepts the page; and extract
// rejects exactly what html.Parse rejects.
func FuzzDepthCeiling(f *testing.F) {
	f.Add([]byte("<table><td><b><p><i></p>x<svg><g></svg></td></table>"), uint16(0))
	f.Add([]byte("<div><object></div><b><table><tr><td><a></a>"), uint16(500))
	f.Add([]byte("<math><mi><style><p></style></mi></math><template><tr><td>"), uint16(100))
	f.Fuzz(func(t *testing.T, doc []byte, divs uint16) {
		if len(doc) > 1<<16 || bytes.IndexByte(doc, 0) >= 0 {
			return // decode turns pages with NUL away before extract
		}
		c, unknown := ceiling(doc)
		if !unknown && c <= 512 {
			padded := append(bytes.Repeat([]byte("<pad-x>"), 512-c), doc...)
			if c2, u2 := ceiling(padded); !u2 && c2 <= 512 {
				if _, err := html.Parse(bytes.NewReader(padded)); err != nil {
					t.Fatalf("ceiling %d but the parser says %v", c2, err)
				}
			}
		}
		doc = append(bytes.Repeat([]byte("<div>"), int(divs%700)), doc...)
		_, reason := extract(doc)
		_, err := html.Parse(bytes.NewReader(doc))
		if (reason != "") != (err != nil) {
			t.Fatalf("extract says %q, html.Parse says %v", reason, err)
		}
	})
}

// TestDepthCeilingSoup checks the elements the model closes by itself on
// long tag soup: thousands of unclosed p, li, dd, dt and a elements mixed
// with the elements that may stand between them (formatting elements the
// parser reconstructs, blocks, lists, tables, svg). extract must reject
// exactly the pages html.Parse rejects, whether or not it runs the parser.
func TestDepthCeilingSoup(t *testing.T) {
	soup := []string{"<p>", "<li>", "<dd>", "<dt>", "<a href=x>", "<span>", "<q>", "<x-y>", "<div>", "<hr>", "<h1>", "<pre>", "<ul>", "<dl>",
		"<span>", "<b>", "<i>", "<nobr>", "<table>", "<td>", "<svg>", "<button>", "<object>", "<template>", "<select>", "<form>",
		"</p>", "</li>", "</a>", "</b>", "</div>", "</span>", "</table>", "</svg>", "</object>", "</template>", "x", " "}
	rapid.Check(t, func(t *rapid.T) {
		var b strings.Builder
		// Unknown elements first, which nothing closes, bring the page
		// near the limit.
		b.WriteString(strings.Repeat("<x-pad>", rapid.IntRange(0, 510).Draw(t, "padding")))
		n := rapid.IntRange(0, 3000).Draw(t, "tokens")
		common := rapid.SampledFrom(soup[:8])
		any := rapid.SampledFrom(soup)
		for range n {
			if rapid.IntRange(0, 9).Draw(t, "common") < 7 {
				b.WriteString(common.Draw(t, "closing"))
			} else {
				b.WriteString(any.Draw(t, "other"))
			}
		}
		doc := []byte(b.String())
		_, reason := extract(doc)
		_, err := html.Parse(bytes.NewReader(doc))
		if (reason != "") != (err != nil) {
			t.Fatalf("extract says %q, html.Parse says %v on %q", reason, err, doc)
		}
	})
}

// TestDepthCeilingRegular checks the weights of regular pages (see
// depth.go): well-nested markup of the tags that keep a page regular,
// nested up to past the parser's limit, sometimes broken by one tag that
// is not regular. extract must reject exactly the pages html.Parse rejects;
// and when the ceiling of such a page is exactly the limit, the parser must
// accept it.
func TestDepthCeilingRegular(t *testing.T) {
	regular := []string{"b", "i", "u", "font", "em", "strong", "s", "span", "div", "section", "ul", "x-y"}
	breakers := []string{"<p>", "</i>", "</b>", "<a>", "<nobr>", "<table>", "</div>", "</x-y>", "<li>", "<svg>", "<p><b></p>x", "<b><p></b>x"}
	rapid.Check(t, func(t *rapid.T) {
		var b strings.Builder
		var open []string
		tag := rapid.SampledFrom(regular)
		deep := rapid.IntRange(0, 520).Draw(t, "deep")
		for range deep {
			name := tag.Draw(t, "open")
			b.WriteString("<" + name + ">")
			open = append(open, name)
		}
		breakAt := rapid.IntRange(-1, 300).Draw(t, "break at")
		for i := range rapid.IntRange(0, 300).Draw(t, "steps") {
			if i == breakAt {
				b.WriteString(rapid.SampledFrom(breakers).Draw(t, "breaker"))
			}
			switch rapid.IntRange(0, 4).Draw(t, "step") {
			case 0, 1:
				name := tag.Draw(t, "open")
				b.WriteString("<" + name + ">")
				open = append(open, name)
			case 2:
				if len(open) > 0 {
					b.WriteString("</" + open[len(open)-1] + ">")
					open = open[:len(open)-1]
				}
			case 3:
				b.WriteString("x")
			case 4:
				b.WriteString(rapid.SampledFrom([]string{"<br>", "<img src=a>", "<hr>", "<wbr>"}).Draw(t, "void"))
			}
		}
		doc := []byte(b.String())
		_, reason := extract(doc)
		_, err := html.Parse(bytes.NewReader(doc))
		if (reason != "") != (err != nil) {
			t.Fatalf("extract says %q, html.Parse says %v on %q", reason, err, doc)
		}
		if c, unknown := ceiling(doc); !unknown && c <= 512 {
			padded := append(bytes.Repeat([]byte("<pad-x>"), 512-c), doc...)
			if c2, u2 := ceiling(padded); !u2 && c2 == 512 {
				if _, err := html.Parse(bytes.NewReader(padded)); err != nil {
					t.Fatalf("ceiling %d but the parser says %v on %q", c2, err, doc)
				}
			}
		}
	})
}
