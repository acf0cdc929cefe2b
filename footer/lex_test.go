package footer

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"
	"pgregory.net/rapid"

	"github.com/beian-go/beian/filing"
)

// fataler is what the comparisons need of *testing.T and *rapid.T.
type fataler interface {
	Helper()
	Fatalf(format string, args ...any)
}

// lexToken is a token as the lexer and the tokenizer are compared on it.
type lexToken struct {
	Type      html.TokenType
	Raw, Text string
}

// tokenizerTokens returns the tokens of doc by golang.org/x/net/html's
// Tokenizer, with the error that ends them.
func tokenizerTokens(doc []byte) ([]lexToken, string) {
	z := html.NewTokenizer(bytes.NewReader(doc))
	var out []lexToken
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return out, z.Err().Error()
		}
		t := lexToken{Type: tt, Raw: string(z.Raw())}
		if tt == html.TextToken {
			t.Text = string(z.Text())
		}
		out = append(out, t)
	}
}

// lexerTokens returns the tokens of doc by the lexer, with the error that
// ends them and whether it handed the page to the tokenizer.
func lexerTokens(t fataler, doc []byte) ([]lexToken, string, bool) {
	t.Helper()
	l := newLexer(doc)
	var out []lexToken
	for {
		tt := l.Next()
		if tt == html.ErrorToken {
			return out, l.Err().Error(), l.z != nil
		}
		if l.start != l.end-len(l.Raw()) || (len(out) == 0) != (l.start == 0) {
			t.Fatalf("token %d of %q at %d:%d", len(out), doc, l.start, l.end)
		}
		tok := lexToken{Type: tt, Raw: string(l.Raw())}
		if tt == html.TextToken {
			tok.Text = string(l.Text())
		}
		out = append(out, tok)
	}
}

// compareLexer fails t when the lexer's tokens of doc are not the
// tokenizer's; it reports whether the lexer handed the page over.
func compareLexer(t fataler, doc []byte) bool {
	t.Helper()
	want, wantErr := tokenizerTokens(doc)
	got, gotErr, fell := lexerTokens(t, doc)
	if diff := cmp.Diff(want, got); diff != "" || wantErr != gotErr {
		t.Fatalf("tokens of %q (-tokenizer +lexer):\n%s\nerrors %q, %q", doc, diff, wantErr, gotErr)
	}
	// The tokens follow one another from the start of the page (a token
	// cut off by its end is an error, not a token).
	var all strings.Builder
	for _, tok := range got {
		all.WriteString(tok.Raw)
	}
	if !strings.HasPrefix(string(doc), all.String()) {
		t.Fatalf("the tokens of %q make %q", doc, all.String())
	}
	return fell
}

// lexPieces are the pieces of the random markup of the lexer's tests: tags
// with every form of attribute, comments of every ending, raw-text
// elements, character references, carriage returns, NUL bytes, stray "<",
// and ends that cut a token off.
var lexPieces = []string{
	"x", " ", "\n", "\r", "\r\n", "\t", "\f", "\x00", "中文", "备", "&", "&amp;", "&nbsp;", "&#x41;", "&copy", "&lt;", "<", ">", "/", "=", "\"", "'", "-", "!", "?",
	"<p>", "</p>", "<P>", "</P >", "<br/>", "<br />", "<img src=a.png/>", "<a href=x/>", "<div\n>", "<div/x>", "</div/>", "</>", "</ x>", "</1>", "<1>",
	`<a href="x">`, `<a href='x' title="y">`, "<a href=x title=y>", `<a =x>`, `<a ==x>`, `<a x = "y" >`, `<a x= >`, `<a x=>`, `<a x/ y>`, `<a x="y"z>`, `<a x='>'>`, "<a x=y/>", "<a x=1 X=y/>", "<a y=1 x=/>", "x=y/", "</a>", "<A HREF=X>",
	"<!-- c -->", "<!---->", "<!-->", "<!--->", "<!-- --!>", "<!-- --!-->", "<!-- -- -->", "<!--", "--", "-->", "--!>", "<!-x->", "<!>", "<!DOCTYPE html>", "<!doctype>", "<!DOC>", "<?xml ?>", "<![CDATA[x]]>",
	"<script>", "</script>", "<SCRIPT type=x>", "<!--<script>x", "-->", "<!-", "--", "<script ", "<sCript/", "</Script >", "</script/>", "</scripts>", "<script/>", "<!--<script>", "<style>", "</style>", "</STYLE>",
	"<title>", "</title>", "<textarea>", "</textarea>", "<xmp>", "</xmp>", "<iframe>", "</iframe>", "<noscript>", "</noscript>", "<noembed>", "</noembed>",
	"<noframes>", "</noframes>", "<plaintext>", "<tit", "<scr", "</scr", "<a href=\"", "<a href='x", "<a x", "<a ", "<a x=", "<!-", "<!",
}

// randomLexDoc draws a page of lexPieces.
func randomLexDoc(t *rapid.T) []byte {
	var b strings.Builder
	for _, p := range rapid.SliceOfN(rapid.SampledFrom(lexPieces), 0, 40).Draw(t, "pieces") {
		b.WriteString(p)
	}
	return []byte(b.String())
}

// TestLexerProperty: the lexer's tokens of random markup are the
// tokenizer's: their types, raw bytes and texts, and the error that ends
// them.
func TestLexerProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		compareLexer(t, randomLexDoc(t))
	})
}

// TestLexerCases: tokens where the lexer and the tokenizer could part, each
// compared; fast says whether the lexer reads the page itself.
func TestLexerCases(t *testing.T) {
	cases := []struct {
		doc  string
		fast bool
	}{
		{"", true},
		{"text only", true},
		{"a < b <= c", true},   // a "<" that starts no token is text
		{"x<", true},           // … also at the end
		{"x</", false},         // an end tag cut off
		{"<p>a<p", false},      // a start tag cut off
		{`<a href="x>`, false}, // a quoted value cut off
		{"<!", false},          // a declaration cut off
		{"<!-- x", false},      // a comment cut off
		{"<!-->", true},        // the shortest comments
		{"<!--->", true},
		{"<!-- a --!> b", true},           // a comment ended by "--!>"
		{"<!-- a --!- b -->", true},       // "--!-" goes on
		{"</>x", true},                    // the empty comment
		{"</ x>", true},                   // a bogus comment
		{"<?php x ?>y", true},             // a processing instruction
		{"<!DOCTYPE html><p>", true},      // a doctype
		{"<!doctypex>", true},             // … in any case
		{"<!DOCTYP>", true},               // no doctype: a bogus comment
		{"<br/><br /><img src=a/>", true}, // self-closing tags
		{"<a x=1/>", true},                // an unquoted value ending in "/"
		{"<a = x>", true},                 // an "=" starts a name
		{"<a x = 'y'z=w>", true},          // values without space between
		{"<script>if (a<b) x='</p>'</script>", true},
		{"<script>a</scripts>b</SCRIPT >", true},
		{"<script><!-- x --></script>", true}, // the escaped states of scripts
		{"<script><!--<script>a</script>b--></script>c</script>", true},
		{"<script><!--<SCRIPT/>a</script>b</script>c-->d</script>", true},
		{"<script><!--<scripts>x</script>y", true},
		{"<script><!--x--!></script>", true},
		{"<script><!- -></script>", true},
		{"<script><!--<script>x", false},
		{"<script>x", false}, // a script to the end
		{"<style>p{}</style><p>", true},
		{"<title>a &amp; b</title>", true}, // titles are unescaped
		{"<xmp>a &amp; b</xmp>", true},     // … xmp is not
		{"<textarea>a\r\nb</textarea>", true},
		{"<plaintext>a</plaintext>", false},
		{"<script></script>", true}, // no text token for empty content
		{"<script/>x</script>", true},
		{"<p>a\rb\r\nc&nbsp;d&copy;e&#x41;</p>", true},
		{"<noscript>\x00</noscript>", true},
	}
	for _, c := range cases {
		if fell := compareLexer(t, []byte(c.doc)); fell == c.fast {
			t.Errorf("%q: handed to the tokenizer %v, want %v", c.doc, fell, !c.fast)
		}
	}
}

// TestLexerTypical: a typical page, with a doctype, a head of metadata,
// styles and scripts, comments, and a body of nested markup, is read by
// the lexer alone.
func TestLexerTypical(t *testing.T) {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>某某 &amp; 某某</title>\n")
	b.WriteString("<link rel=stylesheet href=/a.css><style>.a>b{color:red}</style><script src=/a.js></script>\n")
	b.WriteString("<script>var s = '<div>' + x; if (a < b && c > d) {}</script></head>\n<body class=home>\n")
	for i := range 50 {
		fmt.Fprintf(&b, "<div class=\"item\" data-id='%d'><a href=\"/n/%d.html\" title=新闻>新闻&nbsp;%d</a><br/><img src=/i/%d.png alt=\"\"></div>\n", i, i, i, i)
		b.WriteString("<!-- 广告 --><p>段落<span>1 < 2</span></p>\r\n")
	}
	b.WriteString(`<footer><a href="https://beian.miit.gov.cn/" target="_blank">苏ICP备12345678号-1</a> ©2024 南京某某</footer></body></html>`)
	if compareLexer(t, []byte(b.String())) {
		t.Error("the lexer handed a typical page to the tokenizer")
	}
}

// TestLexerChecksProperty: the checks find the same on random pages read
// by the lexer as on those read by the tokenizer alone: the same findings,
// with the same fields and details.
func TestLexerChecksProperty(t *testing.T) {
	pieces := append([]string{"苏ICP备12345678号-1", "苏ICP备87654321号", "苏公网安备 32010602000001号", "公网安备", "版权所有", "©", "南京某某",
		`<a href="https://beian.miit.gov.cn/">`, `<a href="http://www.miitbeian.gov.cn">`, `<a href="https://beian.mps.gov.cn/#/query/webSearch?code=32010602000001">`,
		`<img alt="苏ICP备12345678号-1">`, `<div hidden>`, `<span style="display:none">`, "</div>", "</span>", "<footer>", "</footer>"}, lexPieces...)
	want := Expectations{
		Number: filing.MustParseICPNumber("苏ICP备12345678号-1"),
		PSB:    filing.MustParsePSBNumber("苏公网安备 32010602000001号"),
		Unit:   "南京某某",
	}
	type result struct {
		Rule, Field string
		Params      map[string]any
	}
	run := func(z *lexer) []result {
		p, depth, reason := tokensOf(z, false)
		if reason != "" {
			return []result{{Rule: reason}}
		}
		out := []result{{Rule: "depth", Params: map[string]any{"exceed": depth.mayExceed()}}}
		for _, h := range p.check(want) {
			out = append(out, result{h.def.ID, h.Field, h.Params})
		}
		return out
	}
	rapid.Check(t, func(t *rapid.T) {
		var b strings.Builder
		for _, p := range rapid.SliceOfN(rapid.SampledFrom(pieces), 0, 60).Draw(t, "pieces") {
			b.WriteString(p)
		}
		doc := []byte(b.String())
		if diff := cmp.Diff(run(newTokenizerLexer(doc)), run(newLexer(doc))); diff != "" {
			t.Fatalf("checks of %q (-tokenizer +lexer):\n%s", doc, diff)
		}
	})
}

// FuzzLexer: the lexer's tokens of any input are the tokenizer's.
func FuzzLexer(f *testing.F) {
	f.Add([]byte(`<!DOCTYPE html><p class="a">x&amp;y</p><!-- c --><script>a<b</script>`))
	f.Add([]byte("<a href='x' =y z/>\r\n<title>t</title><textarea>&lt;</textarea>"))
	f.Add([]byte("<script><!--<script>x</script>--></script><plaintext>"))
	f.Add([]byte("</><? x ?><!x><!--->--!>"))
	f.Fuzz(func(t *testing.T, doc []byte) {
		compareLexer(t, doc)
	})
}

// TestLexerSwitches: told, token by token, to read CDATA sections or not
// and to read the content of a raw-text element as markup, as the parser
// tells the tokenizer in foreign content, the lexer gives the tokenizer's
// tokens. (The texts of CDATA sections are not compared: the stack model,
// which alone reads them, reads their raw bytes.)
func TestLexerSwitches(t *testing.T) {
	pieces := append([]string{"<![CDATA[", "]]>", "<![CDATA[x]]>", "<![CDATA[<p>]]", "<svg>", "<title>", "<math>"}, lexPieces...)
	rapid.Check(t, func(t *rapid.T) {
		var b strings.Builder
		for _, p := range rapid.SliceOfN(rapid.SampledFrom(pieces), 0, 40).Draw(t, "pieces") {
			b.WriteString(p)
		}
		doc := []byte(b.String())
		// The switches, one pair a token, drawn up front so that both
		// readers get the same.
		cdata := rapid.SliceOfN(rapid.Bool(), 64, 64).Draw(t, "cdata")
		markup := rapid.SliceOfN(rapid.Bool(), 64, 64).Draw(t, "markup")
		read := func(next func() html.TokenType, raw func() []byte, allow func(bool), notRaw func()) []lexToken {
			var out []lexToken
			for i := 0; ; i++ {
				allow(cdata[i%64])
				tt := next()
				if tt == html.ErrorToken {
					return out
				}
				out = append(out, lexToken{Type: tt, Raw: string(raw())})
				if (tt == html.StartTagToken || tt == html.SelfClosingTagToken) && markup[i%64] {
					notRaw()
				}
			}
		}
		z := html.NewTokenizer(bytes.NewReader(doc))
		want := read(z.Next, z.Raw, z.AllowCDATA, z.NextIsNotRawText)
		l := newLexer(doc)
		got := read(l.Next, l.Raw, l.AllowCDATA, l.NextIsNotRawText)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("tokens of %q (-tokenizer +lexer):\n%s", doc, diff)
		}
	})
}
