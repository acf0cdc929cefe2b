package filing

import (
	"errors"
	"math"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"
)

// This file keeps the first finder, which folds the whole text before it
// looks for candidates, as a model of the streaming finder: simple, slow
// and memory-hungry, but easy to check by eye. TestFinderModel compares
// them on random texts made of the pieces numbers are made of.

// modelICPExtent is the candidate scan of FindICPNumbers at folded rune i: it
// returns the start and end of the candidate, and the runes of the number
// meant when "号" is missing or misplaced; ok is false when no candidate
// starts at i.
func modelICPExtent(f *modelFolded, i, prevEnd int) (start, end int, intended []rune, ok bool) {
	r := f.r
	var m int
	b2 := false
	switch r[i] {
	case 'I':
		if !hasPrefixRunes(r[i:], "ICP备") && !hasPrefixRunes(r[i:], "ICP证") {
			return 0, 0, nil, false
		}
		m = i + 4
	case 'B':
		// B2- alone is common in model names: a licence number needs its
		// province abbreviation.
		if i == 0 || i-1 < prevEnd || !hasPrefixRunes(r[i:], "B2-") {
			return 0, 0, nil, false
		}
		if _, ok := ProvinceOfAbbreviation(string(r[i-1])); !ok {
			return 0, 0, nil, false
		}
		m, b2 = i+3, true
	default:
		return 0, 0, nil, false
	}
	j := digitsEnd(r, m)
	if j == m {
		return 0, 0, nil, false
	}
	start = i
	if i > prevEnd && unicode.IsLetter(r[i-1]) {
		start = i - 1
	}
	if b2 {
		return start, f.sequence(j), nil, true
	}
	if j < len(r) && r[j] == '号' {
		return start, f.sequence(j + 1), nil, true
	}
	// No "号" after the digits: maybe none at all, maybe after the sequence.
	intended = append(append([]rune(nil), r[start:j]...), '号')
	end = f.sequence(j)
	intended = append(intended, r[j:end]...)
	if end > j && end < len(r) && r[end] == '号' {
		end++
	}
	return start, end, intended, true
}

// sequence returns the end of the sequence "-<digits>[<letter>]" starting at
// folded rune j, or j when there is none.
func (f *modelFolded) sequence(j int) int {
	r := f.r
	if j+1 >= len(r) || r[j] != '-' || !isDigit(r[j+1]) {
		return j
	}
	k := digitsEnd(r, j+1)
	if k < len(r) && f.letterAt(k) && !(k+1 < len(r) && f.letterAt(k+1)) {
		k++
	}
	return k
}

// letterAt reports whether folded rune k is a Latin letter that directly
// follows the rune before it in the original text.
func (f *modelFolded) letterAt(k int) bool {
	if c := f.r[k]; c < 'A' || c > 'Z' {
		return false
	}
	prev := int(f.pos[k-1])
	_, size := utf8.DecodeRuneInString(f.s[prev:])
	return int(f.pos[k]) == prev+size
}

// modelFindNumbers is the scan of FindICPNumbers and FindPSBNumbers: extent
// finds the candidates in the folded text, parse reads their runes.
func modelFindNumbers[N any](text, typ string, extent func(f *modelFolded, i, prevEnd int) (int, int, []rune, bool), parse func([]rune) (N, string, error)) []NumberMatch[N] {
	f := modelFoldString(text)
	var out []NumberMatch[N]
	var rc runeCounter
	prevEnd := 0
	for i := 0; i < len(f.r); i++ {
		start, end, intended, ok := extent(&f, i, prevEnd)
		if !ok {
			continue
		}
		var m NumberMatch[N]
		m.Start, m.End, m.Text = f.span(start, end, &rc)
		if n, reason, err := parse(f.r[start:end]); err != nil {
			m.Err = &ParseError{Type: typ, Input: maskDigitRuns(m.Text), Err: err, Reason: reason}
			if intended != nil {
				if n, _, err := parse(intended); err == nil {
					m.Intended = n
				}
			}
		} else {
			m.Number = n
		}
		out = append(out, m)
		prevEnd = end
		i = end - 1
	}
	return out
}

// modelFolded is text in the form numbers are matched in: white space and
// zero-width characters dropped, every other rune folded by [foldRune].
type modelFolded struct {
	s   string  // the original text
	r   []rune  // folded runes
	pos []int32 // pos[i] is the byte offset in the original text of r[i]
}

// modelFoldString folds s for matching. Offsets are kept as int32: texts longer
// than 2 GiB are cut there.
func modelFoldString(s string) modelFolded {
	if len(s) > math.MaxInt32 {
		s = s[:math.MaxInt32]
	}
	n := utf8.RuneCountInString(s)
	f := modelFolded{s: s, r: make([]rune, 0, n), pos: make([]int32, 0, n)}
	for i, c := range s {
		if c, ok := foldRune(c); ok {
			f.r = append(f.r, c)
			f.pos = append(f.pos, int32(i))
		}
	}
	return f
}

// span returns the rune offsets and the original text of the folded runes
// [start, end). rc counts runes incrementally: spans must be taken in
// increasing order.
func (f *modelFolded) span(start, end int, rc *runeCounter) (rs, re int, s string) {
	b0 := int(f.pos[start])
	b1 := int(f.pos[end-1])
	_, size := utf8.DecodeRuneInString(f.s[b1:])
	b1 += size
	return rc.at(f.s, b0), rc.at(f.s, b1), f.s[b0:b1]
}

// modelPSBExtent is the candidate scan of FindPSBNumbers at folded rune i (see
// icpExtent).
func modelPSBExtent(f *modelFolded, i, prevEnd int) (start, end int, intended []rune, ok bool) {
	r := f.r
	if r[i] != '公' || !hasPrefixRunes(r[i:], "公网安备") {
		return 0, 0, nil, false
	}
	j := digitsEnd(r, i+4)
	if j == i+4 {
		return 0, 0, nil, false
	}
	start = i
	if i > prevEnd && unicode.IsLetter(r[i-1]) {
		start = i - 1
	}
	if j < len(r) && r[j] == '号' {
		return start, j + 1, nil, true
	}
	return start, j, append(append([]rune(nil), r[start:j]...), '号'), true
}

// TestFinderModel: the streaming finders find what the model finds, offsets,
// texts, numbers, errors and numbers meant included.
func TestFinderModel(t *testing.T) {
	pieces := []string{"苏", "京", "粤", "滬", "港", "ICP备", "ＩＣＰ備", "icp证", "ICP證", "公网安备", "公網安備", "备", "證",
		"B2-", "b２－", "Ｂ2", "B", "2", "-", "－", "12345678", "2021045566", "030173", "32059002001003", "123", "12345678901234567890123456789012345678901234567890",
		"号", "號", "-1", "-2", "A", "X", "k", "About", " ", "\u3000", "\u200b", "\n", "x", "的", "©", "|", "\x1e", "\xff"}
	rapid.Check(t, func(t *rapid.T) {
		var b strings.Builder
		for _, p := range rapid.SliceOfN(rapid.SampledFrom(pieces), 0, 30).Draw(t, "pieces") {
			b.WriteString(p)
		}
		text := b.String()
		opts := cmp.Options{cmp.Comparer(func(a, b error) bool {
			if a == nil || b == nil {
				return a == b
			}
			return a.Error() == b.Error()
		}), cmp.AllowUnexported(ICPNumber{}, PSBNumber{})}
		model, got := longErrors(modelFindNumbers(text, icpNumberType, modelICPExtent, func(r []rune) (ICPNumber, string, error) { return parseICPRunes(r, false) }), FindICPNumbers(text))
		if diff := cmp.Diff(model, got, opts); diff != "" {
			t.Fatalf("FindICPNumbers(%q) (-model +got):\n%s", text, diff)
		}
		pmodel, pgot := longErrors(modelFindNumbers(text, psbNumberType, modelPSBExtent, func(r []rune) (PSBNumber, string, error) { return parsePSBRunes(r, false) }), FindPSBNumbers(text))
		if diff := cmp.Diff(pmodel, pgot, opts); diff != "" {
			t.Fatalf("FindPSBNumbers(%q) (-model +got):\n%s", text, diff)
		}
	})
}

// longErrors returns model and got with the error of every candidate too
// long to keep (more than maxCandidate runes) replaced by the same error in
// both: the model explains what is wrong, the finder only that it is far
// too long; both are malformed.
func longErrors[N any](model, got []NumberMatch[N]) ([]NumberMatch[N], []NumberMatch[N]) {
	for i := range got {
		var pe *ParseError
		if i < len(model) && errors.As(got[i].Err, &pe) && pe.Reason == "far too long for a number" && model[i].Err != nil {
			model[i].Err = got[i].Err
		}
	}
	return model, got
}
