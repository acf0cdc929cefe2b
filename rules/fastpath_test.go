package rules

import (
	"testing"

	"pgregory.net/rapid"

	"github.com/beian-go/beian/filing"
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
