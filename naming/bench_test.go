package naming

import (
	"strings"
	"testing"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/province"
)

// benchName is a 10-character personal name that breaks no rule in 河南省.
const benchName = "李小明记录山水花鸟日常"

var benchCtx = Site{
	Nature:      filing.Personal,
	Province:    "410000",
	Domain:      "lixiaoming.cn",
	SponsorName: "李小明",
}

// TestBenchNameIsClean keeps the benchmark honest: its name only draws the
// advice every personal name gets.
func TestBenchNameIsClean(t *testing.T) {
	got := Default().Check(benchName, benchCtx)
	if len(got) != 1 || got[0].Rule != RulePersonalIndustry {
		t.Fatalf("benchmark name has violations: %+v", got)
	}
	if naiveCheck(benchName, benchCtx) {
		t.Fatal("naive baseline finds a word")
	}
	if !naiveCheck("李小明的购物记录山水", benchCtx) {
		t.Fatal("naive baseline misses 购物")
	}
}

func BenchmarkCheck(b *testing.B) {
	c := Default()
	b.ReportAllocs()
	for b.Loop() {
		c.Check(benchName, benchCtx)
	}
}

// naiveLists are the lists that apply to a personal name in 河南省.
var naiveLists = func() [][]string {
	r, _ := province.Default().Lookup("410000")
	return [][]string{sensitiveWords, personalWords, preApprovalWords, r.PersonalWords}
}()

// naiveCheck normalises like Check and then loops strings.Contains over
// every word of every applicable list.
func naiveCheck(name string, _ Site) bool {
	key := Normalize(name)
	found := false
	for _, list := range naiveLists {
		for _, w := range list {
			if strings.Contains(key, w) {
				found = true
			}
		}
	}
	return found
}

func BenchmarkCheckNaive(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		naiveCheck(benchName, benchCtx)
	}
}

// BenchmarkAppendCheck is BenchmarkCheck into a reused buffer: Check
// without the allocation of its result.
func BenchmarkAppendCheck(b *testing.B) {
	c := Default()
	var buf [4]Violation
	b.ReportAllocs()
	for b.Loop() {
		c.AppendCheck(buf[:0], benchName, &benchCtx)
	}
}
