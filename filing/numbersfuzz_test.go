package filing_test

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/beian-go/beian/filing"
)

// FuzzParseICPNumber: parsing never panics; an accepted input round-trips
// through its canonical form, which is simplified and normalises to itself;
// a rejected one gives a *ParseError; the finder never panics, its offsets
// cut its texts out of the input, and it drops no type letter. The
// committed corpus holds every form: letters, licence forms, traditional
// characters, malformed numbers.
func FuzzParseICPNumber(f *testing.F) {
	for _, s := range []string{"京ICP备12345678号", "京ICP备12345678号-1", " 蜀ＩＣＰ备 2021012345 号 － 3", "京ICP备12345号", "京icp备123456号-01", "京ICP备12345678号京ICP备87654321号", "", "京ICP备13800138000号"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := filing.ParseICPNumber(s)
		if err != nil {
			var pe *filing.ParseError
			if !errors.As(err, &pe) || n.IsValid() {
				t.Fatalf("ParseICPNumber(%q) = %v, %v", s, n, err)
			}
		} else {
			n2, err := filing.ParseICPNumber(n.String())
			if err != nil || n2 != n || n2.String() != n.String() {
				t.Fatalf("round trip of %q: %v, %v", n, n2, err)
			}
			if strings.ContainsAny(n.String(), "備號證網") {
				t.Fatalf("String %q is not simplified", n)
			}
		}
		checkMatches(t, s, filing.FindICPNumbers(s))
		compareBrief(t, s, filing.FindICPNumbers(s), slices.Collect(filing.FindICPNumbersBrief(s)))
	})
}

// FuzzParseICPLicence: parsing never panics and accepted inputs round-trip.
func FuzzParseICPLicence(f *testing.F) {
	for _, s := range []string{"浙B2-20080101", "京ICP证000001号", "浙 b2 － 20080101", "浙B2-2008010", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		l, err := filing.ParseICPLicence(s)
		if err != nil {
			var pe *filing.ParseError
			if !errors.As(err, &pe) || l.IsValid() {
				t.Fatalf("ParseICPLicence(%q) = %v, %v", s, l, err)
			}
			return
		}
		l2, err := filing.ParseICPLicence(l.String())
		if err != nil || l2 != l {
			t.Fatalf("round trip of %q: %v, %v", l, l2, err)
		}
	})
}

// FuzzParsePSBNumber: parsing never panics, accepted inputs round-trip, and
// the finder's offsets are consistent.
func FuzzParsePSBNumber(f *testing.F) {
	for _, s := range []string{"京公网安备 11010502030143号", "京公网安备11010502030143号", "京公网安备 31010502030143号", "沪公网安备 1234号", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := filing.ParsePSBNumber(s)
		if err != nil {
			var pe *filing.ParseError
			if !errors.As(err, &pe) || p.IsValid() {
				t.Fatalf("ParsePSBNumber(%q) = %v, %v", s, p, err)
			}
		} else {
			p2, err := filing.ParsePSBNumber(p.String())
			if err != nil || p2 != p {
				t.Fatalf("round trip of %q: %v, %v", p, p2, err)
			}
		}
		var ms []span
		for _, m := range filing.FindPSBNumbers(s) {
			if m.Intended.IsValid() && m.Err == nil || (m.Err == nil) != m.Number.IsValid() {
				t.Fatalf("match %+v: Err, Number and Intended disagree", m)
			}
			ms = append(ms, span{m.Start, m.End, m.Text})
		}
		checkSpans(t, s, ms)
		compareBrief(t, s, filing.FindPSBNumbers(s), slices.Collect(filing.FindPSBNumbersBrief(s)))
	})
}

// span is the common part of a match.
type span struct {
	start, end int
	text       string
}

// checkMatches checks the spans of ICP matches, that the number meant is
// given only for malformed ones, and that no letter is dropped: a website's
// number found ends in a digit of its sequence, its text in that digit.
func checkMatches(t *testing.T, s string, ms []filing.ICPMatch) {
	t.Helper()
	var sp []span
	for _, m := range ms {
		if (m.Err == nil) != m.Number.IsValid() {
			t.Fatalf("match %+v: Err and Number disagree", m)
		}
		if m.Intended.IsValid() && m.Err == nil {
			t.Fatalf("match %+v: a number meant for a well-formed number", m)
		}
		if m.Err != nil && strings.Contains(m.Err.Error(), "13800138000") {
			t.Fatalf("match %+v: the error shows a phone-like run in full", m)
		}
		if m.Number.Kind() == filing.NumberWebsite {
			last, _ := utf8.DecodeLastRuneInString(m.Text)
			if !unicode.IsDigit(last) {
				t.Fatalf("match %+v: a website's number whose text ends in %q", m, last)
			}
		}
		sp = append(sp, span{m.Start, m.End, m.Text})
	}
	checkSpans(t, s, sp)
}

// checkSpans checks that spans are increasing, disjoint and cut their text
// out of s (for valid UTF-8 input).
func checkSpans(t *testing.T, s string, ms []span) {
	t.Helper()
	if !utf8.ValidString(s) {
		return
	}
	r := []rune(s)
	prev := 0
	for _, m := range ms {
		if m.start < prev || m.end <= m.start || m.end > len(r) || string(r[m.start:m.end]) != m.text {
			t.Fatalf("bad span %+v in %q", m, s)
		}
		prev = m.end
	}
}
