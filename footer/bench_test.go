package footer_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/footer"
)

// realisticPage builds a page of about size bytes: a head with scripts and
// styles, a body of news items in nested markup, and goodFooter.
func realisticPage(size int) []byte {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>某某科技</title>\n")
	b.WriteString("<style>body{margin:0}.nav a{color:#333}.footer{font-size:12px}</style>\n")
	b.WriteString("<script>window.dataLayer=[];function gtag(){dataLayer.push(arguments)}</script></head>\n<body>\n")
	for i := 0; b.Len() < size-2000; i++ {
		fmt.Fprintf(&b, `<div class="item" id="n%d"><h3><a href="/news/%d.html" title="新闻 %d">南京某某科技发布第%d期产品更新</a></h3>`+"\n", i, i, i, i)
		fmt.Fprintf(&b, `<p class="summary">本期更新包括云主机、对象存储与&nbsp;CDN&nbsp;的多项改进，<span class="date">2024-06-%02d</span>。<img src="/img/%d.png" alt="配图"></p></div>`+"\n", i%28+1, i)
		if i%20 == 0 {
			b.WriteString("<!-- 广告位 --><script>var ad = {slot: 'x', size: [300, 250]};</script>\n")
		}
	}
	b.WriteString(goodFooter)
	b.WriteString("\n</body></html>\n")
	return []byte(b.String())
}

func BenchmarkFooterCheck(b *testing.B) {
	p := realisticPage(200 << 10)
	if r := footer.Check(p, want); !r.OK() || len(r.Findings) != 0 {
		b.Fatalf("the benchmark page is not good: %v", r.Findings)
	}
	b.SetBytes(int64(len(p)))
	b.ReportAllocs()
	for b.Loop() {
		footer.Check(p, want)
	}
}

// BenchmarkFooterManyNumbers checks a page of 20,000 filing numbers in one
// link (440 KB): the cost stays linear in the page, however many numbers
// it holds.
func BenchmarkFooterManyNumbers(b *testing.B) {
	body := `<html><body><a href="https://beian.miit.gov.cn">` + strings.Repeat("京ICP备1234567号-1 ", 20000) + `</a></body></html>`
	want := footer.Expectations{Number: filing.MustParseICPNumber("京ICP备12345678号")}
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for b.Loop() {
		footer.Check([]byte(body), want)
	}
}

// BenchmarkTokenizerOnly runs the bare x/net/html tokenizer over the page of
// BenchmarkFooterCheck: the reference the checker is measured against. It
// reads every token and nothing more; the checker reads the same tokens
// (its lexer's, the tokenizer's own on pages the lexer hands over) and
// checks them, and should keep at least 0.6 times its throughput.
func BenchmarkTokenizerOnly(b *testing.B) {
	p := realisticPage(200 << 10)
	b.SetBytes(int64(len(p)))
	b.ReportAllocs()
	for b.Loop() {
		z := html.NewTokenizer(bytes.NewReader(p))
		for z.Next() != html.ErrorToken {
		}
	}
}

// BenchmarkFooterTagSoup checks a page of 1 MiB of formatting elements left
// open in paragraphs (<p><b>x repeated), whose depth the stack model decides
// without building the parser's tree: memory stays within the page.
func BenchmarkFooterTagSoup(b *testing.B) {
	p := []byte("<html><body>" + strings.Repeat("<p><b>x", (1<<20)/7) + "</body></html>")
	b.SetBytes(int64(len(p)))
	b.ReportAllocs()
	for b.Loop() {
		footer.Check(p, want)
	}
}
