package footer

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/beian-go/beian/filing"
)

// TestFindInBlocksProperty: running a finder block by block finds exactly
// what it finds in the whole text, offsets included (as byte offsets).
func TestFindInBlocksProperty(t *testing.T) {
	pieces := []string{"苏", "京", "ICP备", "ｉｃｐ备", "公网安备", "备", "12345678", "32010602000001", "号", "-1", "－２",
		string(separator), " ", "\u3000", "x", "的", "ＩＣＰ"}
	rapid.Check(t, func(t *rapid.T) {
		var b strings.Builder
		for _, p := range rapid.SliceOfN(rapid.SampledFrom(pieces), 0, 40).Draw(t, "pieces") {
			b.WriteString(p)
		}
		text := b.String()
		icp := findInBlocks(text, filing.FindICPNumbers, icpOffsets)
		wantICP := filing.FindICPNumbers(text)
		for i := range wantICP {
			wantICP[i].Start, wantICP[i].End = byteOffsetOf(text, wantICP[i].Start), byteOffsetOf(text, wantICP[i].End)
		}
		if diff := cmp.Diff(wantICP, icp, cmp.Comparer(sameErr), byString); diff != "" {
			t.Fatalf("ICP matches of %q (-want +got):\n%s", text, diff)
		}
		psb := findInBlocks(text, filing.FindPSBNumbers, psbOffsets)
		wantPSB := filing.FindPSBNumbers(text)
		for i := range wantPSB {
			wantPSB[i].Start, wantPSB[i].End = byteOffsetOf(text, wantPSB[i].Start), byteOffsetOf(text, wantPSB[i].End)
		}
		if diff := cmp.Diff(wantPSB, psb, cmp.Comparer(sameErr), byString); diff != "" {
			t.Fatalf("PSB matches of %q (-want +got):\n%s", text, diff)
		}
	})
}

// sameErr compares errors by message.
func sameErr(a, b error) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.Error() == b.Error()
}

// byString compares numbers by their canonical form.
var byString = cmp.Options{
	cmp.Comparer(func(a, b filing.ICPNumber) bool { return a.String() == b.String() }),
	cmp.Comparer(func(a, b filing.PSBNumber) bool { return a.String() == b.String() }),
}

// byteOffsetOf converts a rune offset of s into a byte offset, the slow way.
func byteOffsetOf(s string, r int) int {
	runes := []rune(s)
	return len(string(runes[:min(r, len(runes))]))
}
