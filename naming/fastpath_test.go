package naming

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"golang.org/x/net/idna"
	"golang.org/x/text/unicode/norm"
	"pgregory.net/rapid"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/internal/textnorm"
	"github.com/beian-go/beian/province"
)

// fastParts are pieces of generated website names: Han text and list
// words, ASCII, the punctuation and white space names carry, full-width
// forms, and runes that only the general normalisation path takes
// (combining marks, Hangul jamo, Kangxi radicals, compatibility
// ideographs, parenthesised ideographs, invalid UTF-8).
var fastParts = []string{
	"李", "小明", "的", "个人博客", "个人主页", "赌博", "色情", "中国", "人民", "网站", "论坛", "博客", "社区", "工作室",
	"购", "养殖", "合伙", "杭州", "杭州市", "乌鲁木齐", "郑州", "茶叶", "日记", "example", "Go", "ABC", "123", "x",
	" ", "-", ".", "·", "《", "》", "、", "，", "（", "）", "\u3000", "\u200b", "\u2060", "\ufeff", "😀", "!",
	"Ａ", "Ｂ", "１", "ｅｘａｍｐｌｅ", "网\u0301", "e\u0301", "\u1100\u1161", "⾚", "\uf900", "㈱", "\xff", "ｶﾞ", "İ",
	"—", "“", "”", "…", "。", "【", "】", "「", "」", "・", "Ｗｅｂ", "＃", "\u3000\u0301", "·\u0301", "\u2016",
}

// bigHostList is a host list of 300 two-character words over 600 CJK
// Unified Ideographs, the fast parts' characters among them: its checker's
// table does not fit bytes.
func bigHostList() Option {
	words := []string{"小明", "网站", "茶叶", "读书"}
	for i := rune(0); i < 300; i++ {
		words = append(words, string([]rune{0x5000 + 2*i, 0x5001 + 2*i}))
	}
	return WithSensitiveWords("big", words...)
}

// TestTableWidths: the default checker scans with the byte table, a checker
// with a large host list with the wide one.
func TestTableWidths(t *testing.T) {
	if Default().bytes == nil {
		t.Error("the default checker has no byte table")
	}
	if New(province.Default(), bigHostList()).bytes != nil {
		t.Error("a checker of more than 255 symbols has a byte table")
	}
}

// TestPropertyFastPathSameViolations: on generated names and sites, Check
// (the fast normalisation path where it applies) reports exactly the
// violations of the general path alone, for the default checker (byte
// table) and one with a large host list (wide table).
func TestPropertyFastPathSameViolations(t *testing.T) {
	rows := province.Default().Rows()
	natures := []filing.Nature{filing.Personal, filing.Enterprise, filing.Government}
	checkers := []*Checker{Default(), New(province.Default(), bigHostList())}
	rapid.Check(t, func(t *rapid.T) {
		c := rapid.SampledFrom(checkers).Draw(t, "checker")
		var name string
		if rapid.Bool().Draw(t, "arbitrary") {
			name = rapid.String().Draw(t, "name")
		} else {
			name = strings.Join(rapid.SliceOfN(rapid.SampledFrom(fastParts), 0, 10).Draw(t, "parts"), "")
		}
		ctx := Site{
			Nature:         rapid.SampledFrom(natures).Draw(t, "nature"),
			Province:       rapid.SampledFrom(rows).Draw(t, "province").Code,
			Domain:         rapid.SampledFrom([]string{"", "example.com", "xn--fiq228c.cn", "小明.中国"}).Draw(t, "domain"),
			SponsorName:    rapid.SampledFrom([]string{"", "李小明", "ABC"}).Draw(t, "sponsor"),
			PrincipalNames: rapid.SliceOfN(rapid.SampledFrom([]string{"", "小明", "杭州"}), 0, 2).Draw(t, "principals"),
			HasPreApproval: rapid.Bool().Draw(t, "pre-approval"),
			Remark:         rapid.SampledFrom([]string{"", "读书"}).Draw(t, "remark"),
		}
		fast, slow := c.check(name, &ctx, false), c.check(name, &ctx, true)
		if diff := cmp.Diff(slow, fast); diff != "" {
			t.Fatalf("Check(%q, %+v) (-general +fast):\n%s", name, ctx, diff)
		}
		// AppendCheck appends the same violations after what dst holds,
		// which it leaves alone.
		prev := Violation{Rule: "prev", Word: "x"}
		dst := make([]Violation, 1, rapid.IntRange(1, 6).Draw(t, "dst capacity"))
		dst[0] = prev
		got := c.AppendCheck(dst, name, &ctx)
		if got[0] != prev {
			t.Fatalf("AppendCheck(%q) changed dst[0] to %+v", name, got[0])
		}
		if diff := cmp.Diff(slow, got[1:], cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("AppendCheck(%q, %+v) (-Check +AppendCheck):\n%s", name, ctx, diff)
		}
	})
}

// specialRef is appendSpecial rune by rune with the general decoder, the
// reference for its byte-level fast cases.
func specialRef(name string) []Violation {
	var out []Violation
	runStart, runByte, i := -1, 0, 0
	for b, r := range name {
		if isSpecialAsWritten(r) {
			if runStart < 0 {
				runStart, runByte = i, b
			}
		} else if runStart >= 0 {
			out = append(out, Violation{Rule: RuleSpecialChars, Word: name[runByte:b], List: ListGeneral, Start: runStart, End: i})
			runStart = -1
		}
		i++
	}
	if runStart >= 0 {
		out = append(out, Violation{Rule: RuleSpecialChars, Word: name[runByte:], List: ListGeneral, Start: runStart, End: i})
	}
	return out
}

// TestPropertySpecialRuns: appendSpecial reports the runs the rune-by-rune
// reference reports, on generated names and arbitrary strings.
func TestPropertySpecialRuns(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		var name string
		if rapid.Bool().Draw(t, "arbitrary") {
			name = rapid.String().Draw(t, "name")
		} else {
			name = strings.Join(rapid.SliceOfN(rapid.SampledFrom(fastParts), 0, 10).Draw(t, "parts"), "")
		}
		if diff := cmp.Diff(specialRef(name), appendSpecial(nil, name)); diff != "" {
			t.Fatalf("appendSpecial(%q) (-reference +got):\n%s", name, diff)
		}
	})
}

// TestPlaceTable: the place table finds every place it was built from, with
// its full name, and nothing else.
func TestPlaceTable(t *testing.T) {
	long := strings.Repeat("州", 90) // a key of 270 bytes
	places := map[string]string{"杭州": "杭州市", "杭州市": "杭州市", "乌鲁木齐": "乌鲁木齐市", "a": "A", "": "empty", "abcdefgh": "8", "abcdefghi": "9", long: "long"}
	tb := newPlaceTable(places)
	for k, full := range places {
		if got, ok := tb.lookup([]byte(k)); !ok || got != full {
			t.Errorf("lookup(%q) = %q, %v; want %q", k, got, ok, full)
		}
	}
	for _, k := range []string{"杭", "杭州市区", "b", "乌鲁木齐市", "abcdefgi", "abcdefghj", long + "州", strings.Repeat("杭", 90)} {
		if got, ok := tb.lookup([]byte(k)); ok {
			t.Errorf("lookup(%q) = %q", k, got)
		}
	}
	if _, ok := (&placeTable{}).lookup([]byte("杭州")); ok {
		t.Error("the empty table finds a place")
	}
	if none := newPlaceTable(nil); func() bool { _, ok := none.lookup([]byte("杭州")); return ok }() {
		t.Error("the table of no places finds a place")
	}
	// Every place of the default checker, found under its own key.
	d := &Default().places
	for i := range d.keyEnds {
		k, full := part(d.keys, d.keyEnds, i), part(d.full, d.fullEnd, i)
		if got, ok := d.lookup([]byte(k)); !ok || got != full {
			t.Fatalf("lookup(%q) = %q, %v; want %q", k, got, ok, full)
		}
	}
}

// TestSpecialBMP: the table of the Basic Multilingual Plane answers as
// isSpecialAsWritten on every rune of it.
func TestSpecialBMP(t *testing.T) {
	tb := specialBMP()
	for r := rune(0); r < 1<<16; r++ {
		if got := tb[r/64]&(1<<(r%64)) != 0; got != isSpecialAsWritten(r) {
			t.Fatalf("table %v for %U", got, r)
		}
	}
}

// TestPropertyIsDomainASCII: for an ASCII domain without punycode,
// isDomain answers as the comparison of keys it makes for any other
// domain, whatever the name.
func TestPropertyIsDomainASCII(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		name := strings.Join(rapid.SliceOfN(rapid.SampledFrom(fastParts), 0, 6).Draw(t, "parts"), "")
		domain := rapid.SampledFrom([]string{"example.com", "EXAMPLE.com.", " go.cn ", "abc", "123.com", "x.org", "xiaoming.cn"}).Draw(t, "domain")
		key := []byte(Normalize(name))
		d := strings.TrimSuffix(strings.TrimSpace(domain), ".")
		label, _, _ := strings.Cut(d, ".")
		if got, want := isDomain(key, domain), sameKey(key, d) || sameKey(key, label); got != want {
			t.Fatalf("isDomain(%q, %q) = %v, want %v", name, domain, got, want)
		}
	})
}

// TestPropertySameKey: sameKey answers as textnorm.EqualKey, whose loop
// it writes out, on keys of generated names against generated names (a
// name against its own key included).
func TestPropertySameKey(t *testing.T) {
	gen := func(t *rapid.T, label string) string {
		if rapid.Bool().Draw(t, label+" arbitrary") {
			return rapid.String().Draw(t, label)
		}
		return strings.Join(rapid.SliceOfN(rapid.SampledFrom(fastParts), 0, 4).Draw(t, label+" parts"), "")
	}
	rapid.Check(t, func(t *rapid.T) {
		s := gen(t, "name")
		key := []byte(Normalize(s))
		own := !rapid.Bool().Draw(t, "other key")
		if !own {
			key = []byte(Normalize(gen(t, "other")))
		}
		if got, want := sameKey(key, s), textnorm.EqualKey(key, s); got != want {
			t.Fatalf("sameKey(%q, %q) = %v, EqualKey %v", key, s, got, want)
		}
		// A name is the same as its own key (e and U+0301 as é too).
		if own && !sameKey(key, s) {
			t.Fatalf("sameKey(%q, %q) = false for the name's own key", key, s)
		}
	})
}

// TestOtherRunes: every rune otherRune reads alone (those of inertDropped
// and the full-width forms of ASCII) has the key otherRune gives it, is a
// boundary of NFKC before it and after it or after its one ASCII rune, and
// keys as nothing but itself between letters, digits, ideographs and the
// others; every other rune of the Basic Multilingual Plane is left to the
// general path.
func TestOtherRunes(t *testing.T) {
	around := []string{"", "a", "Z", "7", "李", "Ａ", "·", "\u3000", "—"}
	for r := rune(0x80); r < 1<<16; r++ {
		if r >= 0xD800 && r <= 0xDFFF || r >= 0x4E00 && r <= 0x9FFF {
			continue
		}
		s := string(r)
		a, n := otherRune(s)
		if n == 0 {
			continue
		}
		if n != len(s) {
			t.Fatalf("otherRune(%U) reads %d bytes of %d", r, n, len(s))
		}
		want := ""
		if a != 0 {
			want = string(rune(a))
		}
		if got := Normalize(s); got != want {
			t.Errorf("key of %U is %q, otherRune says %q", r, got, want)
		}
		p := norm.NFKC.PropertiesString(s)
		if d := p.Decomposition(); !p.BoundaryBefore() || !p.BoundaryAfter() && (len(d) != 1 || d[0] >= utf8.RuneSelf) {
			t.Errorf("%U is not a boundary of NFKC", r)
		}
		for _, x := range around {
			for _, y := range around {
				if got, want := Normalize(x+s+y), Normalize(x)+want+Normalize(y); got != want {
					t.Errorf("key of %q is %q, want %q", x+s+y, got, want)
				}
			}
		}
	}
	for _, s := range []string{"", "\xc2", "\xe3\x80", "é", "\u3003", "\U0001F600", "\xff\xff\xff"} {
		if _, n := otherRune(s); n != 0 {
			t.Errorf("otherRune(%q) reads %d bytes", s, n)
		}
	}
}

// TestPropertySimpleKey: where the one-pass scan accepts a name, it gives
// the key, the description and (made later, for matches) the spans that
// textnorm gives, for the byte table and the wide one; it accepts the
// names of ASCII, ideographs and the runes of otherRune.
func TestPropertySimpleKey(t *testing.T) {
	checkers := []*Checker{Default(), New(province.Default(), bigHostList())}
	for _, name := range []string{"小明·读书笔记", "ＸＹＺ教育培训", "《山海经》研究会", "反\u200b腐倡廉宣传", "Go语言中文网", "杭州市"} {
		var hits [8]hit
		if _, _, _, _, ok := Default().scanSimple(make([]byte, 128), name, 0, &hits); !ok {
			t.Errorf("scanSimple does not accept %q", name)
		}
	}
	rapid.Check(t, func(t *rapid.T) {
		c := rapid.SampledFrom(checkers).Draw(t, "checker")
		name := strings.Join(rapid.SliceOfN(rapid.SampledFrom(fastParts), 0, 10).Draw(t, "parts"), "")
		var hits [8]hit
		kb := make([]byte, 128)
		nk, keyRunes, _, info, ok := c.scanSimple(kb, name, 0, &hits)
		if !ok {
			return
		}
		key, spans, want := textnorm.AppendKeyInfo(nil, nil, name)
		if string(kb[:nk]) != string(key) || keyRunes != len(spans) {
			t.Fatalf("scanSimple(%q): key %q of %d runes, textnorm %q of %d", name, kb[:nk], keyRunes, key, len(spans))
		}
		if info != want {
			t.Fatalf("scanSimple(%q): %+v, textnorm %+v", name, info, want)
		}
		if diff := cmp.Diff(spans, simpleSpans(nil, name), cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("simpleSpans(%q) (-textnorm +got):\n%s", name, diff)
		}
	})
}

// isDomainRef is isDomain without its early answers: the domain trimmed,
// its punycode decoded and its first label cut, then the keys compared.
func isDomainRef(key []byte, domain string) bool {
	d := strings.TrimSuffix(strings.TrimSpace(domain), ".")
	if u, err := idna.ToUnicode(strings.ToLower(d)); err == nil && hasPunycode(d) {
		d = u
	}
	label, _, _ := strings.Cut(d, ".")
	for _, sep := range []string{"。", "．", "｡"} {
		if l, _, ok := strings.Cut(label, sep); ok {
			label = l
		}
	}
	return Normalize(d) == string(key) || Normalize(label) == string(key)
}

// TestPropertyIsDomain: isDomain answers as the comparison of keys on
// generated names and on domains in ASCII, in Unicode and in punycode (in
// the first label or a later one, any case).
func TestPropertyIsDomain(t *testing.T) {
	parts := append([]string{"中文", "xiaoming", "小明", "xn", "--"}, fastParts...)
	domains := []string{"example.com", "xiaoming.cn", "xiaoming.xn--fiqs8s", "XN--FIQ228C.cn", "xn--fiq228c.cn", "x.org", "xn--fiq228c", "中文.cn", "小明.中国", " xiaoming.cn. ", "1.cn", "xn--.cn", "x"}
	rapid.Check(t, func(t *rapid.T) {
		name := strings.Join(rapid.SliceOfN(rapid.SampledFrom(parts), 1, 4).Draw(t, "parts"), "")
		domain := rapid.SampledFrom(domains).Draw(t, "domain")
		key := []byte(Normalize(name))
		if got, want := isDomain(key, domain), isDomainRef(key, domain); got != want {
			t.Fatalf("isDomain(%q, %q) = %v, want %v", name, domain, got, want)
		}
	})
	for _, c := range []struct{ name, domain string }{{"中文", "xn--fiq228c.cn"}, {"中文", "XN--FIQ228C.cn"}, {"xiaoming", "xiaoming.xn--fiqs8s"}, {"小明", "小明.中国"}} {
		if !isDomain([]byte(Normalize(c.name)), c.domain) {
			t.Errorf("isDomain(%q, %q) = false", c.name, c.domain)
		}
	}
}
