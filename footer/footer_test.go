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
	subjectOnly := want
	subjectOnly.Number = want.Number.Subject()
	tests := []struct {
		name  string
		page  []byte
		want  footer.Expectations
		rules []string
	}{
		// The good page: nothing.
		{"good", page(goodFooter), want, nil},
		// Nothing at all in a Jiangsu page: number, PSB and copyright missing.
		{"empty", page("<p>hello</p>"), want, []string{"post.footer_copyright_missing", "post.footer_number_missing", "post.footer_psb_missing"}},
		// Another subject's number.
		{"mismatch digits", page(strings.Replace(goodFooter, "苏ICP备12345678号-1", "苏ICP备12345679号-1", 1)), want, []string{"post.footer_number_mismatch"}},
		// Another province's abbreviation.
		{"mismatch abbreviation", page(strings.Replace(goodFooter, "苏ICP备12345678号-1", "浙ICP备12345678号-1", 1)), want, []string{"post.footer_number_mismatch"}},
		// With -1 on record, another site's -2 is a mismatch.
		{"mismatch site", page(strings.Replace(goodFooter, "号-1", "号-2", 1)), want, []string{"post.footer_number_mismatch"}},
		// The bare subject number stands for the site number.
		{"subject for site", page(strings.Replace(goodFooter, "号-1", "号", 1)), want, nil},
		// A right number and a different one.
		{"extra", page(goodFooter + "<p>苏ICP备87654321号</p>"), want, []string{"post.footer_number_extra"}},
		// Shown without a link.
		{"link missing", page(strings.Replace(goodFooter, `<a href="https://beian.miit.gov.cn/">苏ICP备12345678号-1</a>`, "苏ICP备12345678号-1", 1)), want, []string{"post.footer_link_missing"}},
		// Linked to the retired host.
		{"link outdated", page(strings.Replace(goodFooter, "https://beian.miit.gov.cn/", "http://www.miitbeian.gov.cn/", 1)), want, []string{"post.footer_link_outdated"}},
		// www.beian.miit.gov.cn is not the host the guide names.
		{"link www", page(strings.Replace(goodFooter, "https://beian.miit.gov.cn/", "https://www.beian.miit.gov.cn/", 1)), want, []string{"post.footer_link_outdated"}},
		// Scheme-relative, upper-case host, a path and fragment: fine.
		{"link relative scheme", page(strings.Replace(goodFooter, "https://beian.miit.gov.cn/", "//Beian.MIIT.gov.cn/index?x=1#top", 1)), want, nil},
		// Only in an image's alt.
		{"image only", page(strings.Replace(goodFooter, ">苏ICP备12345678号-1<", "><img alt=\"苏ICP备12345678号-1\" src=\"b.png\"><", 1)), want, []string{"post.footer_number_image_only"}},
		// No public-security number.
		{"psb missing", page(strings.Replace(goodFooter, "苏公网安备 32010602000001号", "", 1)), want, []string{"post.footer_psb_missing"}},
		// The public-security number linked to the retired www.beian.gov.cn.
		{"psb link", page(strings.Replace(goodFooter, "https://beian.mps.gov.cn/#/query/webSearch?code=32010602000001", "http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=32010602000001", 1)), want, []string{"post.footer_psb_link"}},
		// A query link for another code.
		{"psb link other code", page(strings.Replace(goodFooter, "code=32010602000001", "code=32010602000002", 1)), want, []string{"post.footer_psb_link"}},
		// No PSB on record: a page without one is fine.
		{"no psb on record", page(strings.Replace(goodFooter, "苏公网安备 32010602000001号", "", 1)), siteOnly, nil},
		// The copyright line names another unit.
		{"copyright other unit", page(strings.Replace(goodFooter, "南京某某科技有限公司", "苏州某某公司", 1)), want, []string{"post.footer_copyright_missing"}},
		// Not UTF-8 and no charset declared.
		{"not html latin1", []byte("<p>caf\xe9</p>"), want, []string{"post.footer_not_html"}},
		// Binary data.
		{"not html binary", []byte("\x00\x01\x02\x03<p>"), want, []string{"post.footer_not_html"}},
		// Deeper than the parser's limit.
		{"not html deep", page(strings.Repeat("<div>", 600) + goodFooter), want, []string{"post.footer_not_html"}},

		// The number on record without 号: malformed, not missing.
		{"malformed no hao", page(strings.Replace(goodFooter, "苏ICP备12345678号-1", "苏ICP备12345678", 1)), want, []string{"post.footer_number_malformed"}},
		// The sequence before 号: malformed.
		{"malformed sequence before hao", page(strings.Replace(goodFooter, "苏ICP备12345678号-1", "苏ICP备12345678-1号", 1)), want, []string{"post.footer_number_malformed"}},
		// Another subject's number without 号: no number of this site, and
		// no other well-formed number: missing.
		{"malformed other subject", page(strings.Replace(goodFooter, "苏ICP备12345678号-1", "苏ICP备87654321", 1)), want, []string{"post.footer_number_missing"}},
		// Malformed, but the right form is shown too: nothing.
		{"malformed beside right", page(goodFooter + "<p>苏ICP备12345678</p>"), want, nil},
		// The public-security number without 号.
		{"psb malformed", page(strings.Replace(goodFooter, "苏公网安备 32010602000001号", "苏公网安备 32010602000001", 1)), want, []string{"post.footer_psb_malformed"}},
		// Another public-security number without 号: missing.
		{"psb malformed other", page(strings.Replace(goodFooter, "苏公网安备 32010602000001号", "苏公网安备 32010602000009", 1)), want, []string{"post.footer_psb_missing"}},
		// An app's number of the same subject in place of the site's.
		{"app number", page(strings.Replace(goodFooter, "苏ICP备12345678号-1", "苏ICP备12345678号-2A", 1)), want, []string{"post.footer_app_number"}},
		// A mini-program's number in place of the site's, subject on record.
		{"mini-program number, subject on record", page(strings.Replace(goodFooter, "苏ICP备12345678号-1", "苏ICP备12345678号-3X", 1)), subjectOnly, []string{"post.footer_app_number"}},
		// An app's number of the same subject beside the site's: fine.
		{"app number beside", page(goodFooter + "<p>App：苏ICP备12345678号-2A</p>"), want, nil},
		// An app's number of another subject beside the site's: extra.
		{"other app number beside", page(goodFooter + "<p>苏ICP备12345679号-2A</p>"), want, []string{"post.footer_number_extra"}},
		// An app's number of another subject in place of the site's.
		{"other app number", page(strings.Replace(goodFooter, "苏ICP备12345678号-1", "苏ICP备12345679号-2A", 1)), want, []string{"post.footer_number_mismatch"}},
		// A traditional-Chinese page.
		{"traditional", page(strings.NewReplacer("苏ICP备12345678号-1", "蘇ICP備12345678號-1", "苏公网安备 32010602000001号", "蘇公網安備 32010602000001號", "版权所有", "版權所有").Replace(goodFooter)), want, nil},
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
		{"<script>document.write('京ICP备12345678号')</script>", []string{"post.footer_number_missing"}, "script"},
		{"<style>/*京ICP备12345678号*/</style>", []string{"post.footer_number_missing"}, "style"},
		{"<!-- 京ICP备12345678号 -->", []string{"post.footer_number_missing"}, "comment"},
		{"<template>" + link("京ICP备12345678号") + "</template>", []string{"post.footer_number_missing"}, "template"},
		{"<noscript>" + link("京ICP备12345678号") + "</noscript>", []string{"post.footer_number_missing"}, "noscript"},
		{"<div hidden><p>" + link("京ICP备12345678号") + "</p></div>", []string{"post.footer_number_missing"}, "hidden attribute"},
		{`<div style="DISPLAY : none">` + link("京ICP备12345678号") + "</div>", []string{"post.footer_number_missing"}, "display:none"},
		{`<span style="visibility:hidden">` + link("京ICP备12345678号") + "</span>", []string{"post.footer_number_missing"}, "visibility:hidden"},
		{`<div aria-hidden="true">` + link("京ICP备12345678号") + "</div>", nil, "aria-hidden does not hide"},
		{`<p style="display:none">x<div>` + link("京ICP备12345678号") + "</div>", nil, "a div closes the hidden p"},
		{`<div hidden></div>` + link("京ICP备12345678号"), nil, "after a closed hidden element"},
		{"<div>京ICP备</div><div>12345678号</div>", []string{"post.footer_number_missing"}, "blocks break a number: no digits follow ICP备 in its block"},
		{link("京ICP备12345678号") + "<a href=x>京ICP备12345678号</a>", nil, "one right link is enough"},
		{"<a href=x>" + link("京ICP备12345678号"), nil, "a new link closes an open one"},
		{"<a href=\"javascript:void(0)\">京ICP备12345678号</a>", []string{"post.footer_link_outdated"}, "a script link is a wrong link"},
		{"<a href=\"https://beian.miit.gov.cn:8443/\">京ICP备12345678号</a>", []string{"post.footer_link_outdated"}, "another port"},
		{"<a href=\"ftp://beian.miit.gov.cn/\">京ICP备12345678号</a>", []string{"post.footer_link_outdated"}, "another scheme"},
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
		"3:7 " + "post.footer_link_outdated",
		"4:1 " + "post.footer_number_extra",
		"5:1 " + "post.footer_number_extra",
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
		got := slices.Contains(rules(r), "post.footer_copyright_missing")
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
		if got := slices.Contains(rules(r), "post.footer_copyright_missing"); got != row.FooterCopyright {
			t.Errorf("%s: copyright missing = %v; want %v", row.Code, got, row.FooterCopyright)
		}
		if row.FooterCopyright {
			n++
		}
	}
	if n == 0 {
		t.Error("no province requires a copyright line; the 2020 guide names Jiangsu")
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
		"post.footer_number_missing": rule.Error, "post.footer_number_mismatch": rule.Error,
		"post.footer_number_extra": rule.Warning, "post.footer_link_missing": rule.Error,
		"post.footer_link_outdated": rule.Error, "post.footer_number_image_only": rule.Warning,
		"post.footer_psb_missing": rule.Error, "post.footer_psb_link": rule.Warning,
		"post.footer_copyright_missing": rule.Error, "post.footer_not_html": rule.Error,
		"post.footer_number_malformed": rule.Error, "post.footer_psb_malformed": rule.Error,
		"post.footer_app_number": rule.Error,
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
		{"https with port 80", `<a href="https://beian.miit.gov.cn:80">京ICP备12345678号-1</a>`, []string{"post.footer_link_outdated"}},
		{"number cut by a block", `<a href="https://beian.miit.gov.cn">京ICP备1234<div>5678</div>号-1</a>`, []string{"post.footer_number_missing"}},
	}
	for _, c := range cases {
		r := footer.Check(page(c.body), w)
		if diff := cmp.Diff(c.want, rules(r)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", c.name, diff)
		}
	}
}

// TestRealForms: the forms real footers show. Licence-form numbers stand
// for each other as ICP备 numbers do; development-zone public-security
// numbers are read; app numbers keep their letter.
func TestRealForms(t *testing.T) {
	link := func(s string) string { return `<a href="https://beian.miit.gov.cn/">` + s + `</a>` }
	psbLink := func(s string) string { return `<a href="https://beian.mps.gov.cn/">` + s + `</a>` }
	tests := []struct {
		number, psb string // on record
		body        string
		rules       []string
		comment     string
	}{
		{"粤B2-20110388-5", "", link("粤B2-20110388"), nil, "the licence holder's number stands for its site"},
		{"粤B2-20110388", "", link("粤B2-20110388-5"), nil, "a site of the licence holder stands for the holder"},
		{"粤B2-20110388-5", "", link("粤B2-20110388-5"), nil, "the same site"},
		{"粤B2-20110388-5", "", link("粤B2-20110388-6"), []string{"post.footer_number_mismatch"}, "another site of the holder"},
		{"粤B2-20110388-5", "", link("粤ICP备20110388号-5"), []string{"post.footer_number_mismatch"}, "same digits, another form"},
		{"粤B2-20110388-5", "", link("粤B2-20110388-7A"), []string{"post.footer_app_number"}, "the holder's app"},
		{"京ICP证040822号-1", "", link("京ICP證040822號"), nil, "ICP证 form, traditional characters"},
		{"京ICP证040822号-1", "", link("京ICP证040822-1"), []string{"post.footer_number_malformed"}, "ICP证 form without 号"},
		{"浙ICP备2026031826号-1", "", link("浙ICP备2026031826号-1A"), []string{"post.footer_app_number"}, "the letter is not dropped"},
		{"浙ICP备2026031826号-1", "", link("浙ICP备2026031826号-1 About"), nil, "a word after a space is no letter"},
		{"京ICP备12345678号", "苏公网安备32059002001003号", link("京ICP备12345678号") + psbLink("苏公网安备32059002001003号"), nil, "a development-zone bureau"},
		{"京ICP备12345678号", "滬公網安備 31010602001234號", link("京ICP备12345678号") + psbLink("滬公網安備31010602001234號"), nil, "traditional public-security number"},
	}
	for _, tt := range tests {
		w := footer.Expectations{Number: filing.MustParseICPNumber(tt.number)}
		if tt.psb != "" {
			w.PSB = filing.MustParsePSBNumber(tt.psb)
		}
		r := footer.Check(page(tt.body), w)
		if diff := cmp.Diff(tt.rules, rules(r)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.comment, diff)
		}
	}
}

// TestMalformedMessages: the malformed findings quote what was found and the
// correct form, in both languages.
func TestMalformedMessages(t *testing.T) {
	w := footer.Expectations{
		Number: filing.MustParseICPNumber("陕ICP备12004437号"),
		PSB:    filing.MustParsePSBNumber("陕公网安备 61010302000123号"),
	}
	body := `<a href="https://beian.miit.gov.cn/">陕ICP备12004437-2号</a> <a href="https://beian.mps.gov.cn/">陕公网安备 61010302000123</a>`
	tests := []struct {
		lang language.Tag
		want []string
	}{
		{language.Chinese, []string{
			"页面显示的备案号“陕ICP备12004437-2号”格式不正确，应为“陕ICP备12004437号-2”",
			"页面显示的公安备案号“陕公网安备 61010302000123”格式不正确，应为“陕公网安备 61010302000123号”",
		}},
		{language.English, []string{
			"The page shows the filing number as “陕ICP备12004437-2号”; the correct form is “陕ICP备12004437号-2”.",
			"The page shows the public-security filing number as “陕公网安备 61010302000123”; the correct form is “陕公网安备 61010302000123号”.",
		}},
	}
	for _, tt := range tests {
		r := footer.Check(page(body), w, footer.WithLanguage(tt.lang))
		var got []string
		for _, f := range r.Findings {
			got = append(got, f.Message)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%v (-want +got):\n%s", tt.lang, diff)
		}
	}
}
