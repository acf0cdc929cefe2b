package footer

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"
	"pgregory.net/rapid"

	"github.com/beian-go/beian/filing"
)

// TestDroppedBlocksProperty: extraction drops the blocks of text that
// cannot matter (no number anchor, no copyright mark); the checks find the
// same on random pages as with every block kept: every form of number
// (traditional characters, licence forms, type letters, malformed ones),
// inside and outside links and blocks.
func TestDroppedBlocksProperty(t *testing.T) {
	pieces := []string{"苏", "京", "ICP备", "ｉｃｐ备", "公网安备", "备", "12345678", "32010602000001", "号", "-1", "－２",
		" ", "\u3000", "x", "的", "ＩＣＰ", "滬", "粵", "ICP備", "公網安備", "號", "ICP证", "030173", "B2-", "b2－", "20110388",
		"A", "X", "About", "©", "版权所有", "Copy", "right", "南京某某", "<p>", "</p>", "<br>", "<div>", "</div>", "<span>", "</span>",
		`<a href="https://beian.miit.gov.cn/">`, `<a href="http://www.miitbeian.gov.cn">`, `<a title="href">`, "</a>",
		`<a href="https://beian.mps.gov.cn/#/query/webSearch?code=32010602000001">`, `<img alt="苏ICP备12345678号-1">`}
	want := Expectations{
		Number: filing.MustParseICPNumber("苏ICP备12345678号-1"),
		PSB:    filing.MustParsePSBNumber("苏公网安备 32010602000001号"),
		Unit:   "南京某某",
	}
	type result struct {
		Rule, Field string
		Params      map[string]any
	}
	run := func(doc []byte, keepAll bool) []result {
		p, _, reason := tokensWith(doc, keepAll)
		if reason != "" {
			return []result{{Rule: reason}}
		}
		var out []result
		for _, h := range p.check(want) {
			out = append(out, result{h.def.ID, h.Field, h.Params})
		}
		return out
	}
	rapid.Check(t, func(t *rapid.T) {
		var b strings.Builder
		for _, p := range rapid.SliceOfN(rapid.SampledFrom(pieces), 0, 50).Draw(t, "pieces") {
			b.WriteString(p)
		}
		doc := []byte(b.String())
		if diff := cmp.Diff(run(doc, true), run(doc, false)); diff != "" {
			t.Fatalf("checks of %q (-all blocks +blocks kept):\n%s", doc, diff)
		}
	})
	// Blocks of many elements, whose segments extraction prunes while they
	// hold no anchor (keepAll keeps them all): long runs of short pieces
	// in links and other elements, then numbers among them.
	filler := []string{`<a href="https://beian.miit.gov.cn/">y</a>`, `<a href=x>y`, "<span>z</span>", "<i>w", " ", "\n", "q", "苏", "ICP", "<a>", "</a>"}
	rapid.Check(t, func(t *rapid.T) {
		var b strings.Builder
		fill := rapid.SampledFrom(filler)
		for range rapid.IntRange(0, 1500).Draw(t, "filler") {
			b.WriteString(fill.Draw(t, "fill"))
		}
		for _, p := range rapid.SliceOfN(rapid.SampledFrom(pieces), 0, 30).Draw(t, "pieces") {
			b.WriteString(p)
			if rapid.IntRange(0, 3).Draw(t, "more filler") == 0 {
				for range rapid.IntRange(0, 600).Draw(t, "filler") {
					b.WriteString(fill.Draw(t, "fill"))
				}
			}
		}
		doc := []byte(b.String())
		if diff := cmp.Diff(run(doc, true), run(doc, false)); diff != "" {
			t.Fatalf("checks of %q (-all segments +segments pruned):\n%s", doc, diff)
		}
	})
}

// TestCopyrightMarkProperty: hasCopyrightMark, with its one-pass filter,
// accepts exactly the lines the plain look (for lines without a rune to
// fold) or the folded look (for the others) accept.
func TestCopyrightMarkProperty(t *testing.T) {
	pieces := []string{"c", "C", "o", "py", "right", "(", ")", "(c)", "( C )", "Copy right", "ＣＯＰＹ", "版", "权所有", "權所有", "©", "Ｃ", "（", "ⓒ", "🄫", "ⅽ", "科", " ", "\t", "x", "有", "，", "O", "p"}
	rapid.Check(t, func(t *rapid.T) {
		var b strings.Builder
		for _, p := range rapid.SliceOfN(rapid.SampledFrom(pieces), 0, 20).Draw(t, "pieces") {
			b.WriteString(p)
		}
		line := b.String()
		slow := strings.Contains(line, "版权所有") || strings.Contains(line, "版權所有") || containsFold([]byte(line), "copyright") || containsFold([]byte(line), "(c)")
		if !plainLine(line) {
			s := fold(line)
			slow = strings.Contains(s, "©") || strings.Contains(s, "(c)") || strings.Contains(s, "版权所有") || strings.Contains(s, "版權所有") || strings.Contains(s, "copyright") || strings.Contains(s, "ⓒ")
		}
		if got := hasCopyrightMark([]byte(line)); got != slow {
			t.Fatalf("hasCopyrightMark(%q) = %v; want %v", line, got, slow)
		}
	})
}

// plainLine is the test of hasCopyrightMark for lines that need no folding.
func plainLine(line string) bool {
	for _, c := range line {
		if c == '©' || c == '（' || 0xFF21 <= c && c <= 0xFF3A || 0xFF41 <= c && c <= 0xFF5A || 0x2460 <= c && c <= 0x24FF || 0x1F100 <= c && c <= 0x1F1FF {
			return false
		}
	}
	return true
}

// TestCheckTextProperty: the one pass of checkText, word at a time, finds
// what utf8.Valid, a search for NUL and a byte-by-byte count of the
// control bytes find.
func TestCheckTextProperty(t *testing.T) {
	pieces := []string{"\x00", "\x01", "\t", "\n", "\r", "\f", "\x1b", "\x1f", " ", "a", "abcdefgh", "\x7f", "\x80", "\x9f", "\xe4", "\xff",
		"中", "备", "©", "（", "\U0001F100", "\xe0\xa0\x80", "\xed\x9f\xbf", "\xed\xa0\x80", "\xe0\x80\x80", "\xef\xbc", "\xf4\x90\x80\x80"}
	rapid.Check(t, func(t *rapid.T) {
		var b strings.Builder
		for _, p := range rapid.SliceOfN(rapid.SampledFrom(pieces), 0, 40).Draw(t, "pieces") {
			b.WriteString(p)
		}
		page := []byte(b.String())
		valid, nul, controls := checkText(page)
		if valid != utf8.Valid(page) {
			t.Fatalf("checkText(%q) says valid %v", page, valid)
		}
		if !valid {
			return
		}
		want := 0
		for _, c := range page {
			if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b {
				want++
			}
		}
		if wantNUL := bytes.IndexByte(page, 0) >= 0; nul != wantNUL || controls != want {
			t.Fatalf("checkText(%q) = %v, %d; want %v, %d", page, nul, controls, wantNUL, want)
		}
	})
}

// TestHasAnchorProperty: the one-pass byte scan finds exactly the anchors
// a search for each of them finds.
func TestHasAnchorProperty(t *testing.T) {
	pieces := []string{"备", "備", "证", "證", "B", "b", "Ｂ", "ｂ", "2", "２", "号", "ICP", "x", " ", "的", "Ｃ", "\xe5", "\xe8\xaf", "\xef\xbc"}
	anchors := []string{"备", "備", "证", "證", "B2", "b2", "Ｂ2", "ｂ2", "B２", "b２", "Ｂ２", "ｂ２"}
	rapid.Check(t, func(t *rapid.T) {
		var b strings.Builder
		for _, p := range rapid.SliceOfN(rapid.SampledFrom(pieces), 0, 12).Draw(t, "pieces") {
			b.WriteString(p)
		}
		s := b.String()
		want := false
		for _, a := range anchors {
			want = want || strings.Contains(s, a)
		}
		if got := hasAnchor(s); got != want {
			t.Fatalf("hasAnchor(%q) = %v; want %v", s, got, want)
		}
		if got := hasAnchor([]byte(s)); got != want {
			t.Fatalf("hasAnchor([]byte(%q)) = %v; want %v", s, got, want)
		}
	})
}

// TestTagAttrProperty: reading an attribute from the raw start tag gives
// what the tokenizer gives, on random tags made of the pieces the
// tokenizer's attribute states tell apart.
func TestTagAttrProperty(t *testing.T) {
	pieces := []string{" ", "\t", "\n", "/", "=", "'", `"`, "href", "HREF", "hRef", "x", "title", "a", "b", "&amp;", "&", "\r", "https://beian.miit.gov.cn/", ">"}
	rapid.Check(t, func(t *rapid.T) {
		var b strings.Builder
		b.WriteString(rapid.SampledFrom([]string{"<a", "<A", "<a ", "<a/"}).Draw(t, "start"))
		for _, p := range rapid.SliceOfN(rapid.SampledFrom(pieces), 0, 16).Draw(t, "pieces") {
			b.WriteString(p)
		}
		b.WriteString(">")
		tag := []byte(b.String())
		// The raw start tag as the tokenizer cuts it out.
		z := html.NewTokenizer(bytes.NewReader(tag))
		if tt := z.Next(); tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			t.Skip("not a start tag")
		}
		raw := z.Raw()
		got, gotOK := tagAttr(raw, "href")
		want, wantOK := tokenizerAttr(raw, "href")
		if !bytes.Equal(got, want) || gotOK != wantOK {
			t.Fatalf("tagAttr(%q) = %q, %v; the tokenizer reads %q, %v", raw, got, gotOK, want, wantOK)
		}
		// Links are read again from the page, from their start tag on.
		page := append(bytes.Clone(raw), `x<a href="y">z</a> href=w>`...)
		if got, gotOK := tagAttr(page, "href"); !bytes.Equal(got, want) || gotOK != wantOK {
			t.Fatalf("tagAttr(%q) = %q, %v; the tokenizer reads %q, %v from the tag alone", page, got, gotOK, want, wantOK)
		}
	})
}

// TestMayMatterProperty: the one-pass test of a block is the two tests it
// stands for.
func TestMayMatterProperty(t *testing.T) {
	pieces := []string{"备", "備", "证", "證", "B", "b", "Ｂ", "ｂ", "2", "２", "c", "C", "o", "py", "right", "(", ")", "版", "权所有", "權所有", "©", "Ｃ", "（", "ⓒ", "科", " ", "x", "\xe5", "\xef\xbc"}
	rapid.Check(t, func(t *rapid.T) {
		var b strings.Builder
		for _, p := range rapid.SliceOfN(rapid.SampledFrom(pieces), 0, 16).Draw(t, "pieces") {
			b.WriteString(p)
		}
		line := []byte(b.String())
		if got, want := mayMatter(line), hasAnchor(line) || hasCopyrightMark(line); got != want {
			t.Fatalf("mayMatter(%q) = %v; want %v", line, got, want)
		}
	})
}

// TestUnescapeCommonProperty: where the fast decoding of the common
// character references applies, it gives what the tokenizer's Text gives
// (html.UnescapeString is its decoding); and the text a page's blocks hold
// is the tokenizer's Text of each piece, raw-text elements included (the
// tokenizer leaves their references alone).
func TestUnescapeCommonProperty(t *testing.T) {
	pieces := []string{"&nbsp;", "&amp;", "&lt;", "&gt;", "&quot;", "&nbsp", "&amp", "&copy;", "&#22791;", "&#x5907;", "&", ";", "x", " ", "备", "京ICP备12345678号"}
	rapid.Check(t, func(t *rapid.T) {
		var b strings.Builder
		for _, p := range rapid.SliceOfN(rapid.SampledFrom(pieces), 1, 12).Draw(t, "pieces") {
			b.WriteString(p)
		}
		text := b.String()
		if amp := strings.IndexByte(text, '&'); amp >= 0 {
			if got, ok := unescapeCommon(nil, []byte(text), amp); ok && string(got) != html.UnescapeString(text) {
				t.Fatalf("unescapeCommon(%q) = %q; want %q", text, got, html.UnescapeString(text))
			}
		}
		elem := rapid.SampledFrom([]string{"p", "xmp", "textarea", "title", "span"}).Draw(t, "element")
		doc := []byte("<body><" + elem + ">" + text + "</" + elem + "></body>")
		var want []byte
		z := html.NewTokenizer(bytes.NewReader(doc))
		for tt := z.Next(); tt != html.ErrorToken; tt = z.Next() {
			if tt == html.TextToken {
				want = append(want, z.Text()...)
			}
		}
		p, _, _ := tokensWith(doc, true)
		var got []byte
		for _, bl := range p.blocks {
			got = append(got, p.text(bl)...)
		}
		if elem == "title" {
			want = nil // hidden: no block
		}
		if !bytes.Equal(got, want) {
			t.Fatalf("blocks of %q hold %q; want %q", doc, got, want)
		}
	})
}
