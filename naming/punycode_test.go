package naming

import (
	"testing"

	"github.com/beian-go/beian/filing"
)

// TestIsDomainAnyCase: a name equal to an IDN's label is reported whatever
// the case of its punycode (rule naming.is_domain).
func TestIsDomainAnyCase(t *testing.T) {
	for _, d := range []string{"例子网.中国", "xn--fsqu00ab82a.xn--fiqs8s", "XN--FSQU00AB82A.XN--FIQS8S", "Xn--fsqu00ab82a.xn--fiqs8s"} {
		found := false
		for _, v := range Check("例子网", Site{Nature: filing.Enterprise, Domain: d}) {
			found = found || v.Rule == RuleIsDomain
		}
		if !found {
			t.Errorf("domain %s: naming.is_domain not reported", d)
		}
	}
}

// TestSpecialAfterNormalisation: characters that NFKC turns into Han
// characters (Kangxi radicals) are not special; full-width punctuation,
// which stays punctuation, is (naming.special_chars: names are checked
// after normalisation).
func TestSpecialAfterNormalisation(t *testing.T) {
	cases := []struct {
		name    string
		special bool
	}{
		{"\u2f9a\u2f8a天地网", false}, // ⾚⾊ are 赤色 after NFKC
		{"赤色天地网！", true},           // a full-width exclamation mark
		{"赤色天地网", false},
	}
	for _, c := range cases {
		got := false
		for _, v := range Check(c.name, Site{Nature: filing.Enterprise}) {
			got = got || v.Rule == RuleSpecialChars
		}
		if got != c.special {
			t.Errorf("%q: special_chars %v, want %v", c.name, got, c.special)
		}
	}
}
