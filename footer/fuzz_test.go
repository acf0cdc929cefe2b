package footer_test

import (
	"bytes"
	"encoding/json"
	"testing"
	"time"

	"github.com/beian-go/beian/rule"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/footer"
)

// FuzzCheck: Check never panics, gives a sorted report whose OK agrees with
// its findings, and finishes in bounded time.
func FuzzCheck(f *testing.F) {
	f.Add([]byte(goodFooter))
	f.Add([]byte(`<a href="//beian.miit.gov.cn">京ICP备<span>1234</span>5678号-1</a>`))
	f.Add([]byte("<meta charset=gbk><p>\xbe\xa9ICP\xb1\xb812345678\xba\xc5</p>"))
	f.Add([]byte("<div hidden><a href=x>苏ICP备12345678号</a></div><img alt=苏ICP备12345678号>"))
	f.Add([]byte("\x00\xff"))
	w := footer.Expectations{
		Number: filing.MustParseICPNumber("苏ICP备12345678号-1"),
		PSB:    filing.MustParsePSBNumber("苏公网安备 32010602000001号"),
		Unit:   "某某公司",
	}
	f.Fuzz(func(t *testing.T, p []byte) {
		start := time.Now()
		r := footer.Check(p, w)
		if d := time.Since(start); d > 2*time.Second {
			t.Fatalf("Check took %v on %d bytes", d, len(p))
		}
		ok := true
		for _, f := range r.Findings {
			if f.Severity == rule.Error {
				ok = false
			}
			if f.Rule == "" || f.Message == "" {
				t.Fatalf("incomplete finding %+v", f)
			}
		}
		if ok != r.OK() || r.Findings == nil {
			t.Fatalf("OK %v with findings %v", r.OK(), r.Findings)
		}
		// The report keeps no view of the page: writing over the page
		// changes nothing in it.
		before, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		for i := range p {
			p[i] = 'x'
		}
		if after, _ := json.Marshal(r); !bytes.Equal(before, after) {
			t.Fatalf("the report changed with the page:\n%s\n%s", before, after)
		}
	})
}
