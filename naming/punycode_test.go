package naming

import (
	"testing"

	"github.com/beian-go/beian/filing"
)

// TestIsDomainAnyCase: a name equal to an IDN's label is reported whatever
// the case of its punycode (RULES.md §3 naming.is_domain).
func TestIsDomainAnyCase(t *testing.T) {
	for _, d := range []string{"例子网.中国", "xn--fsqu00ab82a.xn--fiqs8s", "XN--FSQU00AB82A.XN--FIQS8S", "Xn--fsqu00ab82a.xn--fiqs8s"} {
		found := false
		for _, v := range Check("例子网", Context{Nature: filing.Enterprise, Domain: d}) {
			found = found || v.Rule == RuleIsDomain
		}
		if !found {
			t.Errorf("domain %s: naming.is_domain not reported", d)
		}
	}
}
