package footer

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"pgregory.net/rapid"
)

// soupTags are the elements of randomSoup: those the insertion modes and
// the rules of foreign content treat specially.
var soupTags = []string{
	"div", "p", "span", "b", "i", "em", "font", "a", "nobr", "u", "s", "big", "code",
	"li", "ul", "ol", "dd", "dt", "dl", "h1", "h2", "h6", "pre", "listing", "address", "center", "section",
	"form", "button", "object", "marquee", "applet", "option", "optgroup",
	"ruby", "rb", "rt", "rp", "rtc", "br", "img", "image", "hr", "input", "wbr", "param", "meta", "link",
	"title", "script", "style", "textarea", "xmp", "iframe", "noembed", "noscript",
	"html", "head", "body", "frame", "custom-el", "x", "select",
	"table", "caption", "colgroup", "col", "tbody", "thead", "tfoot", "tr", "td", "th",
	"table", "td", "tr", "svg", "math", "svg", "g", "path", "foreignobject", "desc", "mi", "mtext",
	"annotation-xml", "mglyph", "template", "frameset", "noframes", "plaintext",
}

// soupAttrs are attribute lists written in ways that are the same to the
// parser or not: the Noah's Ark clause compares them.
var soupAttrs = []string{
	"", "", "", " id=1", ` id="1"`, " ID='1'", "  id=1 ", " id=1/", ` id="1"/`, " class=x id=1",
	" id=1 class=x", " id=2", " id=1 id=2", " id = 1", ` id="&amp;"`, " data-x", " data-x=", " /",
	" color=red", " SIZE=2", " encoding=text/html", ` encoding="Application/XHTML+XML"`, " encoding=x",
	" type=hidden", " TYPE='Hidden'", ` id="&amp"`, ` id="&"`,
}

// randomSoup draws tag soup: start tags with attributes, end tags, text
// and comments, sometimes after a head.
func randomSoup(t *rapid.T) []byte {
	var b strings.Builder
	b.WriteString(rapid.SampledFrom([]string{
		"", "<!DOCTYPE html>", "<!doctype html >", "<!DOCTYPE HTML>",
		`<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN">`,
		"<html><head><title>t</title><meta charset=utf-8></head><body>",
		"<head><script>x</script></head>", "<html> <style>p{}</style>", "</p><p>", "<p>",
		"<head><template>", "<html><head></head><frameset>", "<!DOCTYPE html><p>", "<svg><foreignObject>",
		`<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">`, "<head></head> x",
	}).Draw(t, "preface"))
	n := rapid.IntRange(0, 600).Draw(t, "tokens")
	tag := rapid.SampledFrom(soupTags)
	for range n {
		switch rapid.IntRange(0, 9).Draw(t, "kind") {
		case 0, 1, 2, 3:
			b.WriteString("<" + tag.Draw(t, "start") + rapid.SampledFrom(soupAttrs).Draw(t, "attrs") + ">")
		case 4, 5, 6:
			b.WriteString("</" + tag.Draw(t, "end") + ">")
		case 7:
			b.WriteString(rapid.SampledFrom([]string{"x", " ", "\n", "\r\n", "&amp;", "&#10;", "&#x20", "&Tab;", "&nbsp;"}).Draw(t, "text"))
		case 8:
			b.WriteString(rapid.SampledFrom([]string{"<!--c-->", "<![CDATA[x]]>", "<![CDATA[<p>]]>"}).Draw(t, "comment"))
		case 9:
			b.WriteString(strings.ToUpper("<" + tag.Draw(t, "upper") + ">"))
		}
	}
	return []byte(b.String())
}

// stackOf runs the stack model over doc.
func stackOf(doc []byte) *stackModel { return followStack(doc) }

// parserRejects reports whether html.Parse rejects doc.
func parserRejects(doc []byte) bool {
	_, err := html.Parse(bytes.NewReader(doc))
	return err != nil
}

// TestStackModelAgrees: wherever the stack model follows a page to its end,
// its verdict is the parser's, on soup nested up to past the limit.
func TestStackModelAgrees(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		doc := randomSoup(t)
		doc = append(bytes.Repeat([]byte("<div>"), rapid.IntRange(0, 520).Draw(t, "divs")), doc...)
		m := stackOf(doc)
		if m.lost {
			return
		}
		if got, want := m.rejected, parserRejects(doc); got != want {
			t.Fatalf("model rejects: %v, parser rejects: %v, on %q", got, want, doc)
		}
	})
}

// TestStackModelBoundary checks the depth the model computes, not only its
// verdict: soup the model follows is padded with unknown elements (which
// nothing in it closes) until the model's deepest stack is exactly the
// parser's limit of 512 open elements, which the parser must accept, and
// exactly one more, which it must reject.
func TestStackModelBoundary(t *testing.T) {
	followed, atLimit := 0, 0
	rapid.Check(t, func(t *rapid.T) {
		if n := checkAtLimit(t, randomSoup(t)); n > 0 {
			followed++
			atLimit += n
		}
	})
	if followed == 0 || atLimit < followed {
		t.Errorf("of %d pages followed, %d reached the limit when padded", followed, atLimit)
	}
}

// checkAtLimit pads body (after <body>) with unknown elements until the
// model's deepest stack is 512, then 513, and fails t when the parser's
// verdict on a padded page is not the model's. It returns how many padded
// pages reached their target depth.
func checkAtLimit(t interface{ Fatalf(string, ...any) }, body []byte) (reached int) {
	m := stackOf(append([]byte("<body>"), body...))
	if m.lost || m.rejected {
		return 0
	}
	for _, target := range []int{512, 513} {
		pad := target - m.max
		var padded []byte
		var pm *stackModel
		for range 4 {
			padded = append([]byte("<body>"+strings.Repeat("<pad-x>", max(pad, 0))), body...)
			pm = stackOf(padded)
			if pm.lost || pm.max == target || pm.rejected {
				break
			}
			pad += target - pm.max
		}
		if pm.lost {
			continue
		}
		if pm.max == target {
			reached++
		}
		if got, want := pm.rejected, parserRejects(padded); got != want {
			t.Fatalf("deepest stack %d (padded by %d), model rejects: %v, parser rejects: %v, on %q", pm.max, pad, got, want, body)
		}
	}
	return reached
}

// TestStackModelFollowsSoup: the tag soup that once made the parser build
// its tree is followed to the end, accepted as the parser accepts it, at a
// shallow depth; real nesting past the limit is rejected without the
// parser; what the model does not follow is handed to the ceiling.
func TestStackModelFollowsSoup(t *testing.T) {
	cases := []struct {
		name    string
		doc     string
		follows bool // the model follows the page to its end
		reject  bool // the parser rejects the page
	}{
		// Formatting elements left open in paragraphs: the parser closes
		// them with the paragraph and reopens clones, at most three of a
		// kind (the Noah's Ark clause).
		{"p b", strings.Repeat("<p><b>x", 3000), true, false},
		{"em p", strings.Repeat("<em>x<p>", 3000), true, false},
		{"div b", strings.Repeat("<div><b>x</div>", 3000), true, false},
		// The adoption agency, with a furthest block.
		{"b p", strings.Repeat("<b><p>x</b>", 3000), true, false},
		{"option", strings.Repeat("<option>x", 3000), true, false},
		// Attributes the same in other words are identical elements.
		{"font", strings.Repeat(`<p><font size=2 color=red>x<p><FONT color="red"  size='2'>y`, 3000), true, false},
		// Attributes that differ are not: each paragraph reopens one more
		// b, until the parser's limit.
		{"distinct b", distinctB(600), true, true},
		{"nested", strings.Repeat("<div>", 600), true, true},
		{"nested 510", strings.Repeat("<div>", 510), true, false},
		{"li", "<ul>" + strings.Repeat("<li><b><i>x", 3000), true, false},
		{"headings", strings.Repeat("<h1>x<h2>y", 3000), true, false},
		// A link open in a heading keeps the next heading from closing
		// it: the parser nests them past its limit.
		{"headings with links", strings.Repeat("<h1><a href=x>y<h2>z", 3000), true, true},
		{"pre newline", "<pre>\n" + strings.Repeat("<b>", 509), true, false},
		// Tables: cells close what they hold, and clear the list of active
		// formatting elements up to their marker.
		{"table", "<table><td>" + strings.Repeat("<p><b>x", 3000), true, false},
		{"table rows", "<table>" + strings.Repeat("<tr><td><font size=2>x<td><p><b>y", 3000), true, false},
		{"nested tables", strings.Repeat("<table><tr><td>", 200), true, true},
		// Each b is reopened after the table that closes it, one more
		// each time: past the limit.
		{"formatting around tables", strings.Repeat("<b><table><tr><td>x</table>", 3000), true, true},
		{"foster parented", strings.Repeat("<table><b>x<tr>y<td>", 200), true, true},
		{"stray text in tables", strings.Repeat("<table><tr>x&nbsp;<td>y</table>", 3000), true, false},
		{"selects", strings.Repeat("<select><option>x<option>y</select>", 3000), true, false},
		// Foreign content: SVG and MathML elements, the tags that break
		// out of them, the integration points.
		{"svg", "<svg><g>" + strings.Repeat("<p><b>x", 3000), true, false},
		{"svg icons", strings.Repeat(`<p><b><svg viewBox="0 0 1 1"><path d=x /><title>t</title></svg>x`, 3000), true, false},
		{"math", strings.Repeat("<math><mi>x</mi><mtext><b>y</b></mtext></math>", 3000), true, false},
		// A b left open in mi keeps </mi> from closing it.
		{"math misnested", strings.Repeat("<math><mi><b>x</mi><mtext>y</math>", 3000), true, true},
		{"foreign nesting", strings.Repeat("<svg><g>", 300), true, true},
		// Templates, framesets, doctypes.
		{"template", strings.Repeat("<template><p><b>x</template>", 3000), true, false},
		{"templates in head", "<head>" + strings.Repeat("<template><p><b>x", 300), true, true},
		{"closed templates in head", "<head>" + strings.Repeat("<template><p><b>x</template>", 3000), true, false},
		{"frameset", "<frameset>" + strings.Repeat("<frameset><frame>", 600), true, true},
		// A table closes an open paragraph but in quirks mode, which a
		// missing or an old doctype sets.
		{"tables in paragraphs, quirks", strings.Repeat("<p><table><td>", 120), true, true},
		{"tables in paragraphs, no quirks", "<!DOCTYPE html>" + strings.Repeat("<p><table><td>", 120), true, false},
		{"tables in paragraphs, old doctype", `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">` + strings.Repeat("<p><table><td>", 120), true, true},
		{"attributes with references", strings.Repeat(`<p><b id="&amp;">x<p><b id="&#38;">`, 3000), true, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			m := stackOf([]byte(tc.doc))
			if follows := !m.lost; follows != tc.follows {
				t.Fatalf("follows: %v, want %v", follows, tc.follows)
			}
			if got := parserRejects([]byte(tc.doc)); got != tc.reject {
				t.Fatalf("the parser rejects: %v, want %v (fix the case)", got, tc.reject)
			}
			if tc.follows && m.rejected != tc.reject {
				t.Errorf("model rejects: %v, want %v", m.rejected, tc.reject)
			}
			if tc.follows && !tc.reject && m.max > 16 && !deepByDesign[tc.name] {
				t.Errorf("deepest stack %d: the soup should stay shallow", m.max)
			}
		})
	}
}

// deepByDesign are the cases of TestStackModelFollowsSoup that nest deep
// but under the limit.
var deepByDesign = map[string]bool{"nested 510": true, "pre newline": true, "tables in paragraphs, no quirks": true}

// distinctB is n paragraphs, each with a b of its own id.
func distinctB(n int) string {
	var b strings.Builder
	for i := range n {
		b.WriteString("<p><b id=" + strings.Repeat("1", 1+i%7) + string(rune('a'+i/7%26)) + string(rune('a'+i/182)) + ">x")
	}
	return b.String()
}

// TestSameAttributes: the Noah's Ark clause compares attribute lists as the
// tokenizer reads them: names in any case and order, the first of two of a
// name, values decoded the way of attribute values.
func TestSameAttributes(t *testing.T) {
	cases := []struct {
		s, t string
		same bool
	}{
		{"<b>", "<B>", true},
		{"<b id=1>", `<b id="1">`, true},
		{"<b id=1 class=x>", "<b CLASS='x' id=1 >", true},
		{"<b id=1>", "<b id=2>", false},
		{"<b id=1>", "<b id=1 x>", false},
		{"<b x>", "<b x=''>", true}, // no value is the empty value
		{"<b/>", "<b>", true},
		{"<b id=1/>", "<b id=1>", false}, // the value is "1/"
		{`<b id="1"/>`, "<b id=1>", true},
		{"<a href=/x/y>", `<a href="/x/y">`, true},
		{"<b id = 1>", "<b id=1>", true},
		{"<b id=1 id=2>", "<b id=1>", true}, // the first of a name
		{"<b =x>", "<b>", false},
		{"<b/x>", "<b x>", true},
		// References: decoded in values, but a name without its
		// semicolon only when it is whole and not before "=".
		{`<b id="&amp;">`, `<b id="&">`, true},
		{`<b id="&#38;">`, `<b id="&">`, true},
		{`<b id="&amp">`, `<b id="&">`, true},
		{`<b id="&amp=">`, `<b id="&=">`, false},
		{`<b id="&ampx">`, `<b id="&x">`, false},
		{`<b id="&notit;">`, `<b id="¬it;">`, false},
		{"<b title='a&#10;b'>", "<b title='a\nb'>", true},
		{"<b title='a\r\nb'>", "<b title='a\nb'>", true},
	}
	var buf []attrSpan
	for _, tc := range cases {
		var same bool
		same, buf = sameAttributes([]byte(tc.s), []byte(tc.t), buf)
		if same != tc.same {
			t.Errorf("sameAttributes(%q, %q) = %v; want %v", tc.s, tc.t, same, tc.same)
		}
		if want := tokenizerSame(tc.s, tc.t); same != want {
			t.Errorf("sameAttributes(%q, %q) = %v; the tokenizer says %v", tc.s, tc.t, same, want)
		}
	}
}

// tokenizerSame compares the attributes of two start tags as the parser's
// Noah's Ark clause does, with the tokenizer's reading of them.
func tokenizerSame(s, t string) bool {
	attrs := func(tag string) []html.Attribute {
		z := html.NewTokenizer(strings.NewReader(tag))
		z.Next()
		a := z.Token().Attr
		slices.SortFunc(a, func(x, y html.Attribute) int { return strings.Compare(x.Key+"\x00"+x.Val, y.Key+"\x00"+y.Val) })
		return a
	}
	return slices.Equal(attrs(s), attrs(t))
}

// TestSameAttributesWritten: the same attributes written in other ways
// (order, quotes, spaces, case of names, references) are the same, for
// sameAttributes and the tokenizer alike.
func TestSameAttributesWritten(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		type attr struct{ key, val string }
		n := rapid.IntRange(0, 5).Draw(t, "attributes")
		var attrs []attr
		for i := range n {
			attrs = append(attrs, attr{
				key: rapid.SampledFrom([]string{"id", "class", "href", "data-x", "color"}).Draw(t, "key") + strings.Repeat("x", i),
				val: rapid.SampledFrom([]string{"", "1", "a b", "&", "a&b", "<", "é", "x=y"}).Draw(t, "value"),
			})
		}
		write := func(label string, attrs []attr) string {
			var b strings.Builder
			b.WriteString("<b")
			for _, i := range rapid.Permutation(attrs).Draw(t, label+" order") {
				key := i.key
				if rapid.Bool().Draw(t, label+" upper") {
					key = strings.ToUpper(key)
				}
				b.WriteString(rapid.SampledFrom([]string{" ", "  ", "\n"}).Draw(t, label+" space") + key)
				val := i.val
				for _, r := range []struct{ from, to string }{{"&", rapid.SampledFrom([]string{"&", "&amp;", "&#38;", "&#x26;"}).Draw(t, label+" amp")}, {"<", rapid.SampledFrom([]string{"<", "&lt;", "&#60;"}).Draw(t, label+" lt")}} {
					val = strings.ReplaceAll(val, r.from, r.to)
				}
				switch {
				case i.val == "" && rapid.Bool().Draw(t, label+" bare"):
				case strings.ContainsAny(val, " =<&") || val == "":
					b.WriteString(`="` + val + `"`)
				default:
					b.WriteString(rapid.SampledFrom([]string{"=", " = "}).Draw(t, label+" eq") + rapid.SampledFrom([]string{val, "'" + val + "'", `"` + val + `"`}).Draw(t, label+" quote"))
				}
			}
			b.WriteString(">")
			return b.String()
		}
		s, u := write("s", attrs), write("u", attrs)
		if !tokenizerSame(s, u) {
			t.Fatalf("the tokenizer reads %q and %q differently", s, u)
		}
		if same, _ := sameAttributes([]byte(s), []byte(u), nil); !same {
			t.Fatalf("sameAttributes(%q, %q) = false", s, u)
		}
	})
}

// TestSameAttributesProperty: on random attribute text, sameAttributes is
// the tokenizer's comparison.
func TestSameAttributesProperty(t *testing.T) {
	piece := rapid.SampledFrom([]string{
		" ", "\t", "\n", "\r\n", "=", "/", "'", `"`, "a", "A", "id", "ID", "x", "1", "&", "&amp;", "&amp", "&#38;",
		"&#x26", "&notit;", "&lt=", "&copy", "&semi;", "&fjlig;", "<", "`", "é",
	})
	rapid.Check(t, func(t *rapid.T) {
		gen := func(label string) string {
			var b strings.Builder
			b.WriteString("<b")
			for range rapid.IntRange(0, 12).Draw(t, label+" pieces") {
				b.WriteString(piece.Draw(t, label))
			}
			b.WriteString(">")
			return b.String()
		}
		s, u := gen("s"), gen("u")
		for _, tag := range []string{s, u} {
			z := html.NewTokenizer(strings.NewReader(tag + "<i>"))
			if tt := z.Next(); tt != html.StartTagToken && tt != html.SelfClosingTagToken || len(z.Raw()) != len(tag) {
				t.Skip("the pieces make no tag, or more than one")
			}
		}
		got, _ := sameAttributes([]byte(s), []byte(u), nil)
		if want := tokenizerSame(s, u); got != want {
			t.Fatalf("sameAttributes(%q, %q) = %v; the tokenizer says %v", s, u, got, want)
		}
	})
}

// FuzzStackModel: on any page the stack model follows, its verdict is the
// parser's, also when padded to the parser's limit; it never panics.
func FuzzStackModel(f *testing.F) {
	for _, s := range []string{
		"<p><b>x<p><b>x", "<b><p>x</b><b><p>x</b>", "<div><b>x</div>", "<a href=x><p>y<a>z",
		"<nobr>a<nobr>b", "<ul><li><b>x<li>y", "<pre>\n<b>", "<object><b>x</object><b>",
		"<h1><h2><p>x</h1>", "<form><form></form>", "<button><p><button>", "<ruby><rb><rt>x",
		"<head><template><p><b>x</template>", "<frameset><frameset><frame>", "<svg><g><p>x</svg>",
		"<math><mi><b>x</mi>", "<table><b>x<tr><td>y", `<p><b id="&amp;">x<p><b id="&#38;">`, "<svg><![CDATA[x]]><title>t",
		"<!DOCTYPE html><p><table>", "<select><option><select>",
	} {
		f.Add([]byte(s))
	}
	for _, s := range modeSnippets {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, doc []byte) {
		if len(doc) > 1<<16 || bytes.IndexByte(doc, 0) >= 0 {
			return
		}
		if m := stackOf(doc); !m.lost {
			if got, want := m.rejected, parserRejects(doc); got != want {
				t.Fatalf("model rejects: %v, parser rejects: %v", got, want)
			}
		}
		checkAtLimit(t, doc)
	})
}

// TestRejectionWhereTheModelGivesUp: where the stack model gives up (a list
// of active formatting elements longer than maxActive, which no page is
// known to reach under the parser's limit), the parser itself decides.
func TestRejectionWhereTheModelGivesUp(t *testing.T) {
	deep := []byte(strings.Repeat("<div>", 600))
	shallow := []byte(strings.Repeat("<p><b>x", 600))
	lost := &stackModel{lost: true}
	if got := rejection(deep, lost); !strings.Contains(got, "exceeds 512") {
		t.Errorf("deep page, model lost: %q; want the parser's rejection", got)
	}
	if got := rejection(shallow, lost); got != "" {
		t.Errorf("shallow page, model lost: %q; want none", got)
	}
	// Where the model follows, its verdict stands and is worded as the
	// parser words it.
	_, parserErr := html.Parse(bytes.NewReader(deep))
	if got := rejection(deep, followStack(deep)); got != "rejected by the HTML parser: "+strings.TrimPrefix(parserErr.Error(), "html: ") {
		t.Errorf("deep page, model followed: %q; parser: %v", got, parserErr)
	}
	if got := rejection(shallow, followStack(shallow)); got != "" {
		t.Errorf("shallow page, model followed: %q; want none", got)
	}
}

// modeSnippets are small pages that take the parser through each of its
// insertion modes and the rules of foreign content, for
// TestStackModelModes.
var modeSnippets = []string{
	// Before body: comments, doctypes, white space, head elements, the
	// head element opened again after head, end tags that imply.
	"<!-- c --> <!DOCTYPE html> <html> <!-- c --> <head> <!-- c --> <title>t</title> <meta charset=utf-8></head> <!-- c --> <link rel=x> <body>",
	"</br><p>", "</head></body>x", "<head></head><script>x</script><template><p>", "<html><head></head> <base href=x> x",
	"<head><noscript><p></noscript><style>p</style>", "</p></html><p>", "<!DOCTYPE html><!DOCTYPE html><p><table>",
	// Templates: each first start tag of their content.
	"<template><caption><p>", "<template><col><p>", "<template><tr><td><b>", "<template><td><b>", "<template><b><i>",
	"<template><template><p></template><p>", "<body><template><form><form></template><form>", "<template></p><meta>x</template>",
	// Framesets.
	"<frameset><frameset><frame><noframes><p></noframes></frameset></frameset></html> <!-- c --> <html>",
	"<b><frameset></frameset></html>   x", "<html><frameset><p></frameset><p>", "x<frameset>", "<body><b><frameset>",
	// Tables: captions, column groups, bodies, rows, cells, and what
	// they do with what does not belong in them.
	"<table><caption><b>x<td>y</caption><tr>", "<table><caption><p></table><p>", "<table><caption></caption></caption><b>",
	"<table><colgroup><col> <col>x<p>", "<table><col></colgroup><!--c--><html></col><tbody>", "<table><colgroup></colgroup></colgroup>",
	"<table><thead><tr><td>x</thead><tfoot><tr><th>y</table>", "<table><tbody><caption><col><tr></tbody></tr><td>",
	"<table><tr></tr></tr></tbody><td></table>", "<table><tr><td></td></td></tr><tr><td><table></table></table>",
	"<table><td><tbody></td></tr></table><b>", "<table><td></caption></body><col><p>", "<table><tr><td></tbody></thead><p>",
	"<table><input type=hidden><input TYPE=Hidden><input type=text>", "<table><form><form></form><p>",
	"<table> x <b>y</b> <!--c--> <style>s</style><script>s</script></table>", "<table><table><p>", "<table><template><td>",
	"<table><tr><td><select><option><optgroup><hr><input></select>", "<p><table>", "<!DOCTYPE html><p><table>",
	// Body: the elements with rules of their own.
	"<h1><h2>x</h1><h3>", "<button><p><button>x</button>", "<nobr>a<nobr>b</nobr>", "<applet><b>x</applet><marquee><i></marquee><object><u>",
	"<ruby><rb>a<rtc>b<rp>c<rt>d</ruby>", "<image><img><br/><wbr><area><embed><keygen><param><source><track>",
	"<pre>\n<b>", "<listing>\r\n<i>", "<pre>&#10;<b>", "<pre><!--c-->\n<b>", "<textarea>\nx</textarea><xmp>x</xmp><iframe>x</iframe><noembed>x</noembed>",
	"<plaintext><p>", "<body><body><p></body><!--c-->x</html><!--c--> <p>", "</body>\n<b>x", "<dl><dt>a<dd>b<dt>c</dl><li>",
	"<ul><li><div><li></ul></li><ol><li>", "<form><form></form></form>", "<a><p><a>x</a>", "<b><p><i>x</b>y</i>",
	"<b><div><i><p>x</b>", "<x-y><p></x-y></X-Y><span></p>", "<select><select><option>", "<option><optgroup>x",
	// Foreign content: breakout, integration points, CDATA, raw text as
	// markup, self-closing elements, end tags that close or fall through.
	"<svg><title><p>x</title><g/><foreignObject><b>x</foreignObject></svg>", "<svg><desc><![CDATA[ ]]><i></desc>",
	"<math><mi><b>x</mi><mglyph/><annotation-xml encoding=text/html><p></annotation-xml></math>",
	"<math><annotation-xml encoding=x><svg><p></math>", "<math><annotation-xml ENCODING='Application/XHTML+XML'><b>",
	"<svg><font color=red>x</font><font x>y</font></svg>", "<svg><style><p></style><script>x</script></svg>",
	"<svg><![CDATA[<p>]]><p>", "<svg></p></br></svg>", "<math/><svg/><p>", "<svg><g></G></svg></SVG>",
}

// TestStackModelModes: on pages that go through every insertion mode, the
// stack model's depth at the end of the page is the parser's: more
// elements opened there, up to the limit and one past it, give the
// parser's verdict.
func TestStackModelModes(t *testing.T) {
	for _, s := range modeSnippets {
		doc := []byte(s)
		m := followStack(doc)
		if m.lost || m.rejected {
			t.Errorf("%q: lost %v, rejected %v", s, m.lost, m.rejected)
			continue
		}
		if got, want := m.rejected, parserRejects(doc); got != want {
			t.Errorf("%q: model rejects %v, parser %v", s, got, want)
		}
		d := len(m.oe)
		for _, extra := range []int{512 - d, 513 - d} {
			padded := append(doc[:len(doc):len(doc)], strings.Repeat("<pad-x>", max(extra, 0))...)
			if got, want := followStack(padded).rejected, parserRejects(padded); got != want {
				t.Errorf("%q with %d more elements: model rejects %v, parser %v", s, extra, got, want)
			}
		}
	}
}
