package rules

import (
	"testing"

	"pgregory.net/rapid"

	"github.com/beian-go/beian/filing"
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
