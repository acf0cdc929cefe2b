package filing_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"pgregory.net/rapid"

	"github.com/beian-go/beian/filing"
)

// briefPieces are the pieces of text the brief finders are drawn on: well-
// formed and malformed numbers of both kinds, and what lies between them.
var briefPieces = []string{
	"京ICP备12345678号", "京ICP备12345678号-1", "京ICP备12345678", "陕ICP备12004437-2号", "京ICP备1234号",
	"粤B2-20080101", "京ICP证000001号", "京icp备123456号-01", "京ICP备12345678号-1B", "京ICP备12345678号-2A",
	"京公网安备 11010502030143号", "京公网安备 11010502030143", "京公网安备11010502号", "沪公网安备 31010402001234号",
	"备", "号", "-", " ", "x", "1", "ICP", "公网安备", "，", "\u200b",
}

// TestFindNumbersBrief: the brief finders yield exactly the candidates of
// the full ones, with the sentinel error of each malformed candidate in
// place of its *ParseError.
func TestFindNumbersBrief(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		var b strings.Builder
		for _, p := range rapid.SliceOfN(rapid.SampledFrom(briefPieces), 0, 12).Draw(t, "pieces") {
			b.WriteString(p)
		}
		s := b.String()
		var full, brief []filing.ICPMatch
		for m := range filing.FindICPNumbersSeq(s) {
			full = append(full, m)
		}
		for m := range filing.FindICPNumbersBrief(s) {
			brief = append(brief, m)
		}
		compareBrief(t, s, full, brief)
		var pfull, pbrief []filing.PSBMatch
		for m := range filing.FindPSBNumbersSeq(s) {
			pfull = append(pfull, m)
		}
		for m := range filing.FindPSBNumbersBrief(s) {
			pbrief = append(pbrief, m)
		}
		compareBrief(t, s, pfull, pbrief)
	})
}

// compareBrief fails t unless brief is full with every *ParseError replaced
// by its sentinel error.
func compareBrief[N comparable](t interface{ Fatalf(string, ...any) }, s string, full, brief []filing.NumberMatch[N]) {
	if len(full) != len(brief) {
		t.Fatalf("%q: %d candidates, %d brief", s, len(full), len(brief))
	}
	for i, f := range full {
		b := brief[i]
		if f.Start != b.Start || f.End != b.End || f.Text != b.Text || f.Number != b.Number || f.Intended != b.Intended {
			t.Fatalf("%q: candidate %d is %+v, brief %+v", s, i, f, b)
		}
		var pe *filing.ParseError
		switch {
		case f.Err == nil && b.Err == nil:
		case f.Err == nil || b.Err == nil:
			t.Fatalf("%q: candidate %d errs %v, brief %v", s, i, f.Err, b.Err)
		case !errors.As(f.Err, &pe) || pe.Err != b.Err || errors.As(b.Err, &pe):
			t.Fatalf("%q: candidate %d errs %v, brief %v: want its sentinel", s, i, f.Err, b.Err)
		}
	}
}

// TestFindNumbersBriefAllocs: distinct malformed candidates cost the brief
// finders no allocation, where each costs the full ones an error.
func TestFindNumbersBriefAllocs(t *testing.T) {
	var b strings.Builder
	for i := range 200 {
		fmt.Fprintf(&b, "京ICP备%08d 京公网安备 %014d ", i, i)
	}
	s := b.String()
	count := func(icp, psb func(string) int) float64 {
		return testing.AllocsPerRun(5, func() { icp(s); psb(s) })
	}
	malformed := func(n *int, err error) {
		if err != nil {
			*n++
		}
	}
	icpBrief := func(s string) (n int) {
		for m := range filing.FindICPNumbersBrief(s) {
			malformed(&n, m.Err)
		}
		return n
	}
	psbBrief := func(s string) (n int) {
		for m := range filing.FindPSBNumbersBrief(s) {
			malformed(&n, m.Err)
		}
		return n
	}
	icpFull := func(s string) (n int) {
		for m := range filing.FindICPNumbersSeq(s) {
			malformed(&n, m.Err)
		}
		return n
	}
	if n := icpBrief(s) + psbBrief(s); n != 400 {
		t.Fatalf("%d malformed candidates; want 400", n)
	}
	if got := count(icpBrief, psbBrief); got != 0 {
		t.Errorf("the brief finders allocate %.0f times on 400 malformed candidates; want 0", got)
	}
	if got := count(icpFull, func(string) int { return 0 }); got < 200 {
		t.Errorf("FindICPNumbersSeq allocates %.0f times on 200 distinct malformed candidates; the comparison above is void", got)
	}
}
