package naming

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/province"
	"pgregory.net/rapid"
)

// cleanNames are personal names that break no word rule in any province.
var cleanNames = []string{"李小明记录山水花鸟日常", "晨光读书笔记", "山水花鸟日记", "阿明的旅行札记"}

// evasions are what may sit between the characters of a word.
var evasions = []string{"", " ", "\u3000", "\u200b", "\u200d", "\ufeff", "·", "，", "-", "\u2060"}

// evade writes word with a drawn evasion between its characters.
func evade(t *rapid.T, word string) string {
	var b strings.Builder
	for i, r := range []rune(word) {
		if i > 0 {
			b.WriteString(rapid.SampledFrom(evasions).Draw(t, "evasion"))
		}
		b.WriteRune(r)
	}
	return b.String()
}

// runeSlice returns the runes [start, end) of s, an invalid byte counting
// as one rune.
func runeSlice(s string, start, end int) string {
	i, from, to := 0, len(s), len(s)
	for b := range s {
		if i == start {
			from = b
		}
		if i == end {
			to = b
			break
		}
		i++
	}
	if start == end {
		return ""
	}
	return s[from:to]
}

// TestPropertyProvinceWordInserted: a word of province P's list inserted
// anywhere in a clean personal name, with evasions, is reported for P with
// its offsets; a province whose list lacks the word does not report it.
func TestPropertyProvinceWordInserted(t *testing.T) {
	set := province.Default()
	var withWords []province.Row
	for _, r := range set.Rows() {
		if len(r.PersonalWords) > 0 {
			withWords = append(withWords, r)
		}
	}
	rows := set.Rows()
	rapid.Check(t, func(t *rapid.T) {
		p := rapid.SampledFrom(withWords).Draw(t, "province")
		w := rapid.SampledFrom(p.PersonalWords).Draw(t, "word")
		base := []rune(rapid.SampledFrom(cleanNames).Draw(t, "base"))
		at := rapid.IntRange(0, len(base)).Draw(t, "position")
		name := string(base[:at]) + evade(t, w) + string(base[at:])
		ctx := Site{Nature: filing.Personal, Province: p.Code, HasPreApproval: rapid.Bool().Draw(t, "pre-approval")}

		got := Check(name, ctx)
		i := slices.IndexFunc(got, func(v Violation) bool {
			return v.Rule == RulePersonalProvinceWord && v.List == ListProvince && v.Word == w && v.Province == p.Name
		})
		if i < 0 {
			t.Fatalf("Check(%q) in %s = %+v: %q not reported", name, p.Name, got, w)
		}
		v := got[i]
		if sub := runeSlice(name, v.Start, v.End); Normalize(sub) != w {
			t.Fatalf("offsets [%d,%d) of %q hold %q, not %q", v.Start, v.End, name, sub, w)
		}
		q := rapid.SampledFrom(rows).Draw(t, "other province")
		if q.HasPersonalWord(w) {
			return
		}
		ctx.Province = q.Code
		for _, v := range Check(name, ctx) {
			if v.List == ListProvince && v.Word == w {
				t.Fatalf("%s reports %q it does not list: %+v", q.Name, w, v)
			}
		}
	})
}

// TestPropertyNormalizeIdempotent: normalising twice changes nothing.
func TestPropertyNormalizeIdempotent(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := rapid.String().Draw(t, "s")
		if n := Normalize(s); Normalize(n) != n {
			t.Fatalf("Normalize(%q) = %q, again %q", s, n, Normalize(n))
		}
	})
}

// TestPropertyOffsets: on any name every violation lies inside it, and
// every word violation's original text normalises to its word.
func TestPropertyOffsets(t *testing.T) {
	part := rapid.SampledFrom([]string{"赌", "博", "网", "购", "物", "论", "坛", " ", "\u3000", "\u200b", "·", "Ａ", "中国", "😀", "x", "的个人博客"})
	natures := []filing.Nature{filing.Personal, filing.Enterprise, filing.Government}
	rows := province.Default().Rows()
	rapid.Check(t, func(t *rapid.T) {
		name := strings.Join(rapid.SliceOfN(part, 0, 12).Draw(t, "parts"), "")
		ctx := Site{
			Nature:   rapid.SampledFrom(natures).Draw(t, "nature"),
			Province: rapid.SampledFrom(rows).Draw(t, "province").Code,
		}
		n := utf8.RuneCountInString(name)
		for _, v := range Check(name, ctx) {
			if v.Start < 0 || v.Start > v.End || v.End > n {
				t.Fatalf("%+v outside %q", v, name)
			}
			switch v.List {
			case ListSensitive, ListPersonal, ListPreApproval, ListProvince, ListStatePrefix:
				if got := Normalize(runeSlice(name, v.Start, v.End)); got != v.Word {
					t.Fatalf("%+v: %q normalises to %q", v, runeSlice(name, v.Start, v.End), got)
				}
			}
		}
	})
}

func FuzzCheck(f *testing.F) {
	for _, s := range []string{"赌 博之家", "中国茶叶", "小明的个人博客", "ＡＢＣ", "\xff\xfe", "a\u0308", "A¨", "㈱会社", "杭州市", ""} {
		f.Add(s, uint8(0), "江苏")
	}
	natures := []filing.Nature{filing.Personal, filing.Enterprise, filing.Government, ""}
	f.Fuzz(func(t *testing.T, name string, nature uint8, prov string) {
		ctx := Site{Nature: natures[int(nature)%len(natures)], Province: prov, Domain: name, SponsorName: name}
		n := utf8.RuneCountInString(name)
		for _, v := range Check(name, ctx) {
			if v.Start < 0 || v.Start > v.End || v.End > n {
				t.Fatalf("%+v outside %q (%d runes)", v, name, n)
			}
		}
		if k := Normalize(name); Normalize(k) != k {
			t.Fatalf("Normalize not idempotent on %q", name)
		}
		// The fast paths report what the general path reports.
		if fast, slow := Default().check(name, &ctx, false), Default().check(name, &ctx, true); !slices.Equal(fast, slow) {
			t.Fatalf("Check(%q, %+v): fast %+v, general %+v", name, ctx, fast, slow)
		}
	})
}
