package rules

import (
	"strings"
	"testing"

	"golang.org/x/text/language"

	"pgregory.net/rapid"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/province"
	"github.com/beian-go/beian/rule"
)

// domainParts are pieces of generated domain values: labels, IDN labels,
// public suffixes (ICANN and private), separators, white space, case and
// full-width forms, punycode, ports and schemes.
var domainParts = []string{
	"example", "www", "a", "xn--fiqs8s", "XN--FIQS8S", "中文", "网络", "com", "cn", "com.cn", "中国", "github.io",
	"blogspot.com", "co.uk", "unknowntld", ".", "。", "．", "-", " ", "EXAMPLE", "ｅｘａｍｐｌｅ", ":8080", "http://",
	"1", "192.168.0.1", "*", "_", "",
}

// TestDomainRefMatchesParsers: what newDomainRef records once is what
// the parsers the checks called before give, for any value: hostOK is
// ParseHost's verdict, registrable ParseDomain's, key registrableKey.
func TestDomainRefMatchesParsers(t *testing.T) {
	t.Parallel()
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.IntRange(1, 6).Draw(t, "parts")
		v := ""
		for range n {
			v += rapid.SampledFrom(domainParts).Draw(t, "part")
		}
		d := newDomainRef("websites[0].domains[0]", 0, v)
		h, herr := filing.ParseHost(v)
		if d.hostOK != (herr == nil) || d.hostOK && d.host != h {
			t.Fatalf("%q: hostOK %v host %v, ParseHost %v, %v", v, d.hostOK, d.host, h, herr)
		}
		_, derr := filing.ParseDomain(v)
		if d.registrable() != (derr == nil) {
			t.Fatalf("%q: registrable %v, ParseDomain error %v", v, d.registrable(), derr)
		}
		if d.hostOK {
			r, rerr := h.Registrable()
			if d.regOK != (rerr == nil) || d.regOK && d.reg != r {
				t.Fatalf("%q: reg %v %v, Registrable %v %v", v, d.reg, d.regOK, r, rerr)
			}
		}
		if got, want := d.key(), registrableKey(v); got != want {
			t.Fatalf("%q: key %q, registrableKey %q", v, got, want)
		}
	})
}

// TestMaterialTexts: every row of the material names built once is the
// name the materials list spells out for that certificate type or sector,
// and every known type and sector has its row.
func TestMaterialTexts(t *testing.T) {
	tb := materialTexts()
	for _, ct := range filing.CertTypes() {
		zh, s := ct.Chinese(), string(ct)
		for _, c := range []struct {
			got      rule.Text
			zh, en   string
			ruleName string
		}{
			{tb.sponsor[ct], zh, "sponsor's certificate (" + s + ")", "sponsor"},
			{tb.subject[ct], "主体负责人证件（" + zh + "）", "subject principal's certificate (" + s + ")", "subject"},
			{tb.website[ct], "网站负责人证件（" + zh + "）", "website principal's certificate (" + s + ")", "website"},
			{tb.app[ct], "APP负责人证件（" + zh + "）", "app principal's certificate (" + s + ")", "app"},
		} {
			if zh == "" || c.got.ZH != c.zh || c.got.EN != c.en {
				t.Errorf("%s %s: %+v, want %q %q", c.ruleName, ct, c.got, c.zh, c.en)
			}
		}
	}
	for _, sec := range filing.Sectors() {
		got := tb.preApproval[sec]
		if got.id != "pre_approval_"+string(sec) || got.ZH != "前置审批文件（"+sec.Chinese()+"）" || got.EN != "pre-approval document ("+string(sec)+")" || sec.Chinese() == "" {
			t.Errorf("pre-approval %s: %+v", sec, got)
		}
	}
	if len(tb.sponsor) != len(filing.CertTypes()) || len(tb.preApproval) != len(filing.Sectors()) {
		t.Errorf("%d certificate rows for %d types, %d sector rows for %d sectors", len(tb.sponsor), len(filing.CertTypes()), len(tb.preApproval), len(filing.Sectors()))
	}
}

// phoneParts are pieces of generated contact numbers: digits (ASCII and
// full-width), country and area codes, mobiles, separators and other
// characters.
var phoneParts = []string{
	"1", "3", "8", "0", "9", "13800138000", "138", "0013", "8000", "+86", "86", "0086", "010", "0571", "086-022-", "78954321",
	"８", "１３８", "０", "＋", "－", "-", " ", "\u3000", "(", ")", "（", "）", "–", "转", "ext", "x", "\xef\xbc", "\xef\xbc\x99",
}

// TestPropertyContact2Kind: the digit-count pre-check never changes the
// kind contact2Kind gives: it answers as the parsers tried in turn.
func TestPropertyContact2Kind(t *testing.T) {
	t.Parallel()
	rapid.Check(t, func(t *rapid.T) {
		var s string
		if rapid.Bool().Draw(t, "arbitrary") {
			s = rapid.String().Draw(t, "text")
		} else {
			for range rapid.IntRange(0, 8).Draw(t, "parts") {
				s += rapid.SampledFrom(phoneParts).Draw(t, "part")
			}
		}
		k, ok := contact2Kind(s)
		wk, wok := contact2KindRef(s)
		if k != wk || ok != wok {
			t.Fatalf("contact2Kind(%q) = %v, %v; want %v, %v", s, k, ok, wk, wok)
		}
	})
}

// contact2KindRef is contact2Kind without the pre-check: the reference
// it is tested against.
func contact2KindRef(s string) (province.Contact2Kind, bool) {
	if _, err := filing.ParseMobile(s); err == nil {
		return province.Contact2Mobile, true
	}
	if _, err := filing.ParseLandline(s); err == nil {
		return province.Contact2Landline, true
	}
	return 0, false
}

// TestCommonLanguageTags: every tag answered without parsing parses, has no
// white space, and is in the list; a tag outside it takes the parser.
func TestCommonLanguageTags(t *testing.T) {
	for _, l := range commonLanguageTags {
		if _, err := language.Parse(l); err != nil || strings.TrimSpace(l) != l || !isCommonLanguageTag(l) {
			t.Errorf("%q: %v", l, err)
		}
	}
	for _, l := range []string{"", " zh", "zh ", "zh-", "x", "zh-Hans-CN-", "ZH-cn", "en-us"} {
		_, err := language.Parse(l)
		want := err == nil && strings.TrimSpace(l) == l && l != ""
		if isCommonLanguageTag(l) || languageOK(l) != want {
			t.Errorf("%q: common %v, ok %v, parser %v", l, isCommonLanguageTag(l), languageOK(l), err)
		}
	}
}
