package footer_test

import (
	"github.com/beian-go/beian/rule"

	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/footer"
	"github.com/beian-go/beian/province"
)

// goodFooter is a footer that meets every duty for want.
const goodFooter = `<footer><p>Copyright © 2024 南京某某科技有限公司 版权所有</p>
<p><a href="https://beian.miit.gov.cn/">苏ICP备12345678号-1</a>
<a href="https://beian.mps.gov.cn/#/query/webSearch?code=32010602000001"><img src="p.png">苏公网安备 32010602000001号</a></p></footer>`

// want is the record of the Jiangsu site of goodFooter.
var want = footer.Expectations{
	Number: filing.MustParseICPNumber("苏ICP备12345678号-1"),
	PSB:    filing.MustParsePSBNumber("苏公网安备 32010602000001号"),
	Unit:   "南京某某科技有限公司",
}

// page wraps a body in a document.
func page(body string) []byte {
	return []byte("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>t</title></head>\n<body>\n" + body + "\n</body></html>\n")
}

// rules returns the rule IDs of a report's findings, in order.
func rules(r rule.Report) []string {
	var out []string
	for _, f := range r.Findings {
		out = append(out, f.Rule)
	}
	return out
}

// TestRules gives each rule a page made for it: the rule must fire, and the
// report must hold exactly the rules listed.
func TestRules(t *testing.T) {
	siteOnly := want
	siteOnly.PSB = filing.PSBNumber{}
	tests := []struct {
		name  string
		page  []byte
		want  footer.Expectations
		rules []string
	}{
		// The good page: nothing.
		{"good", page(goodFooter), want, nil},
		// Nothing at all in a Jiangsu page: number, PSB and copyright missing.
		{"empty", page("<p>hello</p>"), want, []string{footer.RuleCopyrightMissing, footer.RuleNumberMissing, footer.RulePSBMissing}},
		// Another subject's number.
		{"mismatch digits", page(strings.Replace(goodFooter, "苏ICP备12345678号-1", "苏ICP备12345679号-1", 1)), want, []string{footer.RuleNumberMismatch}},
		// Another province's abbreviation.
		{"mismatch abbreviation", page(strings.Replace(goodFooter, "苏ICP备12345678号-1", "浙ICP备12345678号-1", 1)), want, []string{footer.RuleNumberMismatch}},
		// With -1 on record, another site's -2 is a mismatch.
		{"mismatch site", page(strings.Replace(goodFooter, "号-1", "号-2", 1)), want, []string{footer.RuleNumberMismatch}},
		// The bare subject number stands for the site number.
		{"subject for site", page(strings.Replace(goodFooter, "号-1", "号", 1)), want, nil},
		// A right number and a different one.
		{"extra", page(goodFooter + "<p>苏ICP备87654321号</p>"), want, []string{footer.RuleNumberExtra}},
		// Shown without a link.
		{"link missing", page(strings.Replace(goodFooter, `<a href="https://beian.miit.gov.cn/">苏ICP备12345678号-1</a>`, "苏ICP备12345678号-1", 1)), want, []string{footer.RuleLinkMissing}},
		// Linked to the retired host.
		{"link outdated", page(strings.Replace(goodFooter, "https://beian.miit.gov.cn/", "http://www.miitbeian.gov.cn/", 1)), want, []string{footer.RuleLinkOutdated}},
		// www.beian.miit.gov.cn is not the host RULES.md names.
		{"link www", page(strings.Replace(goodFooter, "https://beian.miit.gov.cn/", "https://www.beian.miit.gov.cn/", 1)), want, []string{footer.RuleLinkOutdated}},
		// Scheme-relative, upper-case host, a path and fragment: fine.
		{"link relative scheme", page(strings.Replace(goodFooter, "https://beian.miit.gov.cn/", "//Beian.MIIT.gov.cn/index?x=1#top", 1)), want, nil},
		// Only in an image's alt.
		{"image only", page(strings.Replace(goodFooter, ">苏ICP备12345678号-1<", "><img alt=\"苏ICP备12345678号-1\" src=\"b.png\"><", 1)), want, []string{footer.RuleNumberImageOnly}},
		// No public-security number.
		{"psb missing", page(strings.Replace(goodFooter, "苏公网安备 32010602000001号", "", 1)), want, []string{footer.RulePSBMissing}},
		// The public-security number linked to the retired www.beian.gov.cn.
		{"psb link", page(strings.Replace(goodFooter, "https://beian.mps.gov.cn/#/query/webSearch?code=32010602000001", "http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=32010602000001", 1)), want, []string{footer.RulePSBLink}},
		// A query link for another code.
		{"psb link other code", page(strings.Replace(goodFooter, "code=32010602000001", "code=32010602000002", 1)), want, []string{footer.RulePSBLink}},
		// No PSB on record: a page without one is fine.
		{"no psb on record", page(strings.Replace(goodFooter, "苏公网安备 32010602000001号", "", 1)), siteOnly, nil},
		// The copyright line names another unit.
		{"copyright other unit", page(strings.Replace(goodFooter, "南京某某科技有限公司", "苏州某某公司", 1)), want, []string{footer.RuleCopyrightMissing}},
		// Not UTF-8 and no charset declared.
		{"not html latin1", []byte("<p>caf\xe9</p>"), want, []string{footer.RuleNotHTML}},
		// Binary data.
		{"not html binary", []byte("\x00\x01\x02\x03<p>"), want, []string{footer.RuleNotHTML}},
		// Deeper than the parser's limit.
		{"not html deep", page(strings.Repeat("<div>", 600) + goodFooter), want, []string{footer.RuleNotHTML}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := footer.Check(tt.page, tt.want)
			if diff := cmp.Diff(tt.rules, rules(r)); diff != "" {
				t.Errorf("rules mismatch (-want +got):\n%s", diff)
			}
			ok := !slices.ContainsFunc(r.Findings, func(f rule.Finding) bool { return f.Severity == rule.Error })
			if r.OK() != ok {
				t.Errorf("OK = %v with findings %v", r.OK(), r.Findings)
			}
		})
	}
}

// TestShown covers what counts as shown text.
func TestShown(t *testing.T) {
	w := footer.Expectations{Number: filing.MustParseICPNumber("京ICP备12345678号")}
	link := func(s string) string { return `<a href="https://beian.miit.gov.cn">` + s + `</a>` }
	tests := []struct {
		body    string
		rules   []string
		comment string
	}{
		{link("京ICP备<span>1234</span><b>5678</b>号"), nil, "split over inline elements"},
		{link("&#20140;ICP&#x5907;12345678&#21495;"), nil, "numeric entities"},
		{link("京ICP备 1234\n 5678 号 -\u3000 1"), nil, "white space inside"},
		{link("京ＩＣＰ备１２３４５６７８号"), nil, "full-width"},
		{"<script>document.write('京ICP备12345678号')</script>", []string{footer.RuleNumberMissing}, "script"},
		{"<style>/*京ICP备12345678号*/</style>", []string{footer.RuleNumberMissing}, "style"},
		{"<!-- 京ICP备12345678号 -->", []string{footer.RuleNumberMissing}, "comment"},
		{"<template>" + link("京ICP备12345678号") + "</template>", []string{footer.RuleNumberMissing}, "template"},
		{"<noscript>" + link("京ICP备12345678号") + "</noscript>", []string{footer.RuleNumberMissing}, "noscript"},
		{"<div hidden><p>" + link("京ICP备12345678号") + "</p></div>", []string{footer.RuleNumberMissing}, "hidden attribute"},
		{`<div style="DISPLAY : none">` + link("京ICP备12345678号") + "</div>", []string{footer.RuleNumberMissing}, "display:none"},
		{`<span style="visibility:hidden">` + link("京ICP备12345678号") + "</span>", []string{footer.RuleNumberMissing}, "visibility:hidden"},
		{`<div aria-hidden="true">` + link("京ICP备12345678号") + "</div>", nil, "aria-hidden does not hide"},
		{`<p style="display:none">x<div>` + link("京ICP备12345678号") + "</div>", nil, "a div closes the hidden p"},
		{`<div hidden></div>` + link("京ICP备12345678号"), nil, "after a closed hidden element"},
		{"<div>京ICP备</div><div>12345678号</div>", []string{footer.RuleNumberMissing}, "blocks break a number: no digits follow ICP备 in its block"},
		{link("京ICP备12345678号") + "<a href=x>京ICP备12345678号</a>", nil, "one right link is enough"},
		{"<a href=x>" + link("京ICP备12345678号"), nil, "a new link closes an open one"},
		{"<a href=\"javascript:void(0)\">京ICP备12345678号</a>", []string{footer.RuleLinkOutdated}, "a script link is a wrong link"},
		{"<a href=\"https://beian.miit.gov.cn:8443/\">京ICP备12345678号</a>", []string{footer.RuleLinkOutdated}, "another port"},
		{"<a href=\"ftp://beian.miit.gov.cn/\">京ICP备12345678号</a>", []string{footer.RuleLinkOutdated}, "another scheme"},
	}
	for _, tt := range tests {
		r := footer.Check(page(tt.body), w)
		if diff := cmp.Diff(tt.rules, rules(r)); diff != "" {
			t.Errorf("%s: rules mismatch (-want +got):\n%s", tt.comment, diff)
		}
	}
}

// TestPositions checks fields: the line and column of the element's start
// tag, in characters.
func TestPositions(t *testing.T) {
	w := footer.Expectations{Number: filing.MustParseICPNumber("京ICP备12345678号")}
	doc := "<html>\r\n<body>\n<p>中文 <a href=\"http://miitbeian.gov.cn\">京ICP备12345678号</a>\n<p>京ICP备87654321号</p><p>\n<span>京ICP备11111111号</span></body></html>"
	r := footer.Check([]byte(doc), w)
	var got []string
	for _, f := range r.Findings {
		got = append(got, f.Field+" "+f.Rule)
	}
	wantFields := []string{
		"3:7 " + footer.RuleLinkOutdated,
		"4:1 " + footer.RuleNumberExtra,
		"5:1 " + footer.RuleNumberExtra,
	}
	if diff := cmp.Diff(wantFields, got); diff != "" {
		t.Errorf("fields mismatch (-want +got):\n%s", diff)
	}
}

// TestCopyright covers the copyright requirement: by province, by
// override, with and without a unit.
func TestCopyright(t *testing.T) {
	yes, no := true, false
	num := filing.MustParseICPNumber("京ICP备12345678号")
	body := `<a href="https://beian.miit.gov.cn">京ICP备12345678号</a>`
	tests := []struct {
		want    footer.Expectations
		extra   string
		missing bool
		comment string
	}{
		{footer.Expectations{Number: num}, "", false, "Beijing needs no copyright line"},
		{footer.Expectations{Number: num, Province: "江苏省"}, "", true, "the province given decides"},
		{footer.Expectations{Number: num, Province: "320000"}, "<p>(C) 2024</p>", false, "any copyright line when no unit is given"},
		{footer.Expectations{Number: num, Province: "江苏", Unit: "某某 公司"}, "<p>ＣＯＰＹＲＩＧＨＴ 2024 某某公司</p>", false, "width, case and spaces do not matter"},
		{footer.Expectations{Number: num, Province: "江苏", Unit: "某某公司"}, "<p>© 2024</p><p>某某公司</p>", true, "the unit must be on the copyright line"},
		{footer.Expectations{Number: num, CopyrightRequired: &yes}, "", true, "override: required"},
		{footer.Expectations{Number: filing.MustParseICPNumber("苏ICP备12345678号"), CopyrightRequired: &no}, "", false, "override: not required"},
	}
	for _, tt := range tests {
		body := body
		if tt.want.Number.Abbr() == "苏" {
			body = strings.Replace(body, "京", "苏", 1)
		}
		r := footer.Check(page(body+tt.extra), tt.want)
		got := slices.Contains(rules(r), footer.RuleCopyrightMissing)
		if got != tt.missing {
			t.Errorf("%s: copyright missing = %v; want %v (%v)", tt.comment, got, tt.missing, r.Findings)
		}
	}
	if !footer.CopyrightRequired("苏") || footer.CopyrightRequired("110000") || footer.CopyrightRequired("火星省") {
		t.Error("CopyrightRequired default table wrong")
	}
}

// TestCopyrightRequiredRows walks every province row: the default follows
// the row's FooterCopyright whichever way the province is named, and a page
// without a copyright line fires post.footer_copyright_missing exactly in
// those provinces.
func TestCopyrightRequiredRows(t *testing.T) {
	n := 0
	for row := range province.Default().All {
		for _, key := range []string{row.Code, row.Name, row.Short} {
			if got := footer.CopyrightRequired(key); got != row.FooterCopyright {
				t.Errorf("CopyrightRequired(%q) = %v; want %v", key, got, row.FooterCopyright)
			}
		}
		r := footer.Check(page("<p>hello</p>"), footer.Expectations{Number: want.Number, Province: row.Code})
		if got := slices.Contains(rules(r), footer.RuleCopyrightMissing); got != row.FooterCopyright {
			t.Errorf("%s: copyright missing = %v; want %v", row.Code, got, row.FooterCopyright)
		}
		if row.FooterCopyright {
			n++
		}
	}
	if n == 0 {
		t.Error("no province requires a copyright line; RULES.md §9 names Jiangsu")
	}
}

// TestCharset reads pages in declared charsets and byte-order marks.
func TestCharset(t *testing.T) {
	w := footer.Expectations{Number: filing.MustParseICPNumber("京ICP备12345678号")}
	// 京ICP备12345678号 in GB18030: 京 = BE A9, 备 = B1 B8, 号 = BA C5.
	gb := "<meta charset=\"gb18030\"><a href=\"https://beian.miit.gov.cn\">\xbe\xa9ICP\xb1\xb812345678\xba\xc5</a>"
	utf16 := []byte{0xff, 0xfe}
	for _, c := range `<a href="https://beian.miit.gov.cn">京ICP备12345678号</a>` {
		utf16 = append(utf16, byte(c), byte(c>>8))
	}
	for name, p := range map[string][]byte{"gb18030": []byte(gb), "utf-16le": utf16, "utf-8 bom": append([]byte("\xef\xbb\xbf"), page(`<a href="https://beian.miit.gov.cn">京ICP备12345678号</a>`)...)} {
		if r := footer.Check(p, w); len(r.Findings) != 0 {
			t.Errorf("%s: %v", name, r.Findings)
		}
	}
}

// TestReportJSON checks the wire names of the report.
func TestReportJSON(t *testing.T) {
	r := footer.Check(page("<p>x</p>"), footer.Expectations{Number: filing.MustParseICPNumber("京ICP备12345678号")}, footer.WithLanguage(language.English))
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	const w = `{"ok":false,"findings":[{"rule":"post.footer_number_missing","severity":"error","field":"","message":"The page does not show the filing number 京ICP备12345678号.","params":{"number":"京ICP备12345678号"},"source":"ICP备案流程(PC端) 20200921 §10"}]}`
	if diff := cmp.Diff(w, string(b)); diff != "" {
		t.Errorf("JSON mismatch (-want +got):\n%s", diff)
	}
	empty, _ := json.Marshal(footer.Check(page(""), footer.Expectations{}))
	if string(empty) != `{"ok":true,"findings":[]}` {
		t.Errorf("empty report JSON = %s", empty)
	}
}

// TestCatalog walks every rule: each footer check of the 2020 guide's
// after-approval duties, with its severity, both texts and a source.
func TestCatalog(t *testing.T) {
	severities := map[string]rule.Severity{
		footer.RuleNumberMissing: rule.Error, footer.RuleNumberMismatch: rule.Error,
		footer.RuleNumberExtra: rule.Warning, footer.RuleLinkMissing: rule.Error,
		footer.RuleLinkOutdated: rule.Error, footer.RuleNumberImageOnly: rule.Warning,
		footer.RulePSBMissing: rule.Error, footer.RulePSBLink: rule.Warning,
		footer.RuleCopyrightMissing: rule.Error, footer.RuleNotHTML: rule.Error,
	}
	for _, d := range footer.Rules() {
		if got, want := d.Severity, severities[d.ID]; got != want || !got.IsValid() {
			t.Errorf("rule %q: severity %v; want %v", d.ID, got, want)
		}
		if d.Text.ZH == "" || d.Text.EN == "" || d.Source.IsZero() {
			t.Errorf("rule %q: incomplete definition %+v", d.ID, d)
		}
	}
	if len(footer.Rules()) != len(severities) {
		t.Errorf("%d rules; want %d", len(footer.Rules()), len(severities))
	}
}

// TestReviewEdgeCases: a link with its scheme's default port is the right
// host, and a fragment of a number cut by a block element is no number.
func TestReviewEdgeCases(t *testing.T) {
	w := footer.Expectations{Number: filing.MustParseICPNumber("京ICP备12345678号-1")}
	cases := []struct {
		name, body string
		want       []string
	}{
		{"https with port 443", `<a href="https://beian.miit.gov.cn:443/">京ICP备12345678号-1</a>`, nil},
		{"http with port 80", `<a href="http://beian.miit.gov.cn:80">京ICP备12345678号-1</a>`, nil},
		{"https with port 80", `<a href="https://beian.miit.gov.cn:80">京ICP备12345678号-1</a>`, []string{footer.RuleLinkOutdated}},
		{"number cut by a block", `<a href="https://beian.miit.gov.cn">京ICP备1234<div>5678</div>号-1</a>`, []string{footer.RuleNumberMissing}},
	}
	for _, c := range cases {
		r := footer.Check(page(c.body), w)
		if diff := cmp.Diff(c.want, rules(r)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", c.name, diff)
		}
	}
}
