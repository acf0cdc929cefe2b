package footer

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/beian-go/beian/filing"
)

// TestFindInBlocksProperty: running a finder block by block finds exactly
// what it finds in the whole text, offsets included (as byte offsets), for
// every form of number: traditional characters, licence forms (with B and 2
// written together, as the anchors need), type letters, malformed numbers.
func TestFindInBlocksProperty(t *testing.T) {
	pieces := []string{"苏", "京", "ICP备", "ｉｃｐ备", "公网安备", "备", "12345678", "32010602000001", "号", "-1", "－２",
		string(separator), " ", "\u3000", "x", "的", "ＩＣＰ",
		"滬", "粵", "ICP備", "公網安備", "號", "ICP证", "ICP證", "030173", "B2-", "b2－", "ｂ２-", "20110388", "A", "X", "k", "About"}
	rapid.Check(t, func(t *rapid.T) {
		var b strings.Builder
		for _, p := range rapid.SliceOfN(rapid.SampledFrom(pieces), 0, 40).Draw(t, "pieces") {
			b.WriteString(p)
		}
		text := b.String()
		icp := findInBlocks(text, filing.FindICPNumbers, icpOffsets, icpAnchors)
		wantICP := filing.FindICPNumbers(text)
		for i := range wantICP {
			wantICP[i].Start, wantICP[i].End = byteOffsetOf(text, wantICP[i].Start), byteOffsetOf(text, wantICP[i].End)
		}
		if diff := cmp.Diff(wantICP, icp, cmp.Comparer(sameErr), byString); diff != "" {
			t.Fatalf("ICP matches of %q (-want +got):\n%s", text, diff)
		}
		psb := findInBlocks(text, filing.FindPSBNumbers, psbOffsets, psbAnchors)
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

// TestCopyrightMarkProperty: hasCopyrightMark, with its one-pass filter,
// accepts exactly the lines the plain look (for lines without a rune to
// fold) or the folded look (for the others) accept.
func TestCopyrightMarkProperty(t *testing.T) {
	pieces := []string{"c", "C", "o", "py", "right", "(", ")", "(c)", "( C )", "Copy right", "ＣＯＰＹ", "版", "权所有", "©", "Ｃ", "（", "ⓒ", "🄫", "ⅽ", "科", " ", "\t", "x", "有", "，", "O", "p"}
	rapid.Check(t, func(t *rapid.T) {
		var b strings.Builder
		for _, p := range rapid.SliceOfN(rapid.SampledFrom(pieces), 0, 20).Draw(t, "pieces") {
			b.WriteString(p)
		}
		line := b.String()
		slow := strings.Contains(line, "版权所有") || containsFold(line, "copyright") || containsFold(line, "(c)")
		if !plainLine(line) {
			s := fold(line)
			slow = strings.Contains(s, "©") || strings.Contains(s, "(c)") || strings.Contains(s, "版权所有") || strings.Contains(s, "copyright") || strings.Contains(s, "ⓒ")
		}
		if got := hasCopyrightMark(line); got != slow {
			t.Fatalf("hasCopyrightMark(%q) = %v; want %v", line, got, slow)
		}
	})
}

// plainLine is the test of hasCopyrightMark for lines that need no folding.
func plainLine(line string) bool {
	for _, c := range line {
		if c == '©' || c == '（' || 0xFF21 <= c && c <= 0xFF3A || 0xFF41 <= c && c <= 0xFF5A || 0x2460 <= c && c <= 0x24FF || 0x1F100 <= c && c <= 0x1F1FF {
			return false
		}
	}
	return true
}

// TestCountControlsProperty: the word-at-a-time count is the byte-by-byte
// count.
func TestCountControlsProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		page := rapid.SliceOfN(rapid.SampledFrom([]byte{0, 1, '\t', '\n', 0x1b, 0x1f, ' ', 'a', 0x7f, 0x80, 0x9f, 0xe4, 0xff}), 0, 70).Draw(t, "page")
		want := 0
		for _, c := range page {
			if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b {
				want++
			}
		}
		if got := countControls(page); got != want {
			t.Fatalf("countControls(%q) = %d; want %d", page, got, want)
		}
	})
}
