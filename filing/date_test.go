package filing_test

import (
	"errors"
	"testing"
	"time"

	"github.com/beian-go/beian/filing"
	"pgregory.net/rapid"
)

// dateOf is a short constructor for test tables.
func dateOf(y int, m time.Month, d int) filing.Date { return filing.Date{Year: y, Month: m, Day: d} }

// TestParseDate checks valid, impossible and malformed dates.
func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want filing.Date // zero: ErrDate expected
	}{
		{"2026-11-28", dateOf(2026, time.November, 28)}, // the as_of of testdata/wire_example.json
		{"2024-02-29", dateOf(2024, time.February, 29)}, // leap year
		{"2000-02-29", dateOf(2000, time.February, 29)}, // divisible by 400: leap
		{"0001-01-01", dateOf(1, time.January, 1)},      // the first valid year
		{"9999-12-31", dateOf(9999, time.December, 31)}, // the last
		{"2026-02-29", filing.Date{}},                   // not a leap year
		{"1900-02-29", filing.Date{}},                   // divisible by 100, not 400
		{"2026-04-31", filing.Date{}},                   // April has 30 days
		{"2026-13-01", filing.Date{}},                   // month 13
		{"2026-00-10", filing.Date{}},                   // month 0
		{"2026-01-00", filing.Date{}},                   // day 0
		{"0000-01-01", filing.Date{}},                   // year 0
		{"2026-1-01", filing.Date{}},                    // unpadded month
		{"2026/01/01", filing.Date{}},                   // wrong separator
		{"20260101", filing.Date{}},                     // no separators
		{"+026-01-01", filing.Date{}},                   // sign in the year
		{"2026-+1-01", filing.Date{}},                   // sign in the month
		{"2026-01-+1", filing.Date{}},                   // sign in the day
		{"2026-01-01 ", filing.Date{}},                  // trailing space
		{"", filing.Date{}},                             // empty
		{"long_term", filing.Date{}},                    // an expiry, not a date
	}
	for _, tt := range tests {
		got, err := filing.ParseDate(tt.in)
		if tt.want.IsZero() {
			if !errors.Is(err, filing.ErrDate) {
				t.Errorf("ParseDate(%q) = %v, %v; want ErrDate", tt.in, got, err)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("ParseDate(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
		if s := got.String(); s != tt.in {
			t.Errorf("ParseDate(%q).String() = %q", tt.in, s)
		}
	}
}

// TestDateAddMonths checks month arithmetic with month-end clamping
// (rule principal.id_expiring).
func TestDateAddMonths(t *testing.T) {
	tests := []struct {
		from filing.Date
		n    int
		want filing.Date
	}{
		{dateOf(2026, time.November, 30), 3, dateOf(2027, time.February, 28)},  // principal.id_expiring: clamped to 02-28
		{dateOf(2027, time.November, 30), 3, dateOf(2028, time.February, 29)},  // leap year: 02-29
		{dateOf(2026, time.November, 28), 3, dateOf(2027, time.February, 28)},  // no clamping needed
		{dateOf(2026, time.January, 31), 1, dateOf(2026, time.February, 28)},   // January 31 + 1
		{dateOf(2026, time.March, 31), 1, dateOf(2026, time.April, 30)},        // 30-day month
		{dateOf(2026, time.December, 15), 1, dateOf(2027, time.January, 15)},   // year boundary
		{dateOf(2026, time.January, 15), -1, dateOf(2025, time.December, 15)},  // backwards over the year
		{dateOf(2026, time.March, 31), -1, dateOf(2026, time.February, 28)},    // backwards, clamped
		{dateOf(2026, time.May, 5), 0, dateOf(2026, time.May, 5)},              // zero months
		{dateOf(2026, time.May, 5), 24, dateOf(2028, time.May, 5)},             // whole years
		{dateOf(2026, time.May, 5), -25, dateOf(2024, time.April, 5)},          // more than a year back
		{dateOf(2024, time.February, 29), 12, dateOf(2025, time.February, 28)}, // leap day + 1 year
	}
	for _, tt := range tests {
		if got := tt.from.AddMonths(tt.n); got != tt.want {
			t.Errorf("%v.AddMonths(%d) = %v, want %v", tt.from, tt.n, got, tt.want)
		}
	}
}

// TestDateCompare checks Compare, Before and After on neighbours.
func TestDateCompare(t *testing.T) {
	tests := []struct {
		a, b filing.Date
		want int
	}{
		{dateOf(2026, 1, 1), dateOf(2026, 1, 1), 0},    // equal
		{dateOf(2026, 1, 1), dateOf(2026, 1, 2), -1},   // day decides
		{dateOf(2026, 2, 1), dateOf(2026, 1, 31), 1},   // month decides over day
		{dateOf(2025, 12, 31), dateOf(2026, 1, 1), -1}, // year decides over month
	}
	for _, tt := range tests {
		if got := tt.a.Compare(tt.b); got != tt.want {
			t.Errorf("%v.Compare(%v) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
		if tt.a.Before(tt.b) != (tt.want < 0) || tt.a.After(tt.b) != (tt.want > 0) {
			t.Errorf("Before/After of %v and %v disagree with Compare", tt.a, tt.b)
		}
	}
}

// TestDateZeroAndText checks the zero Date and the text forms of Date and
// Expiry.
func TestDateZeroAndText(t *testing.T) {
	var z filing.Date
	if !z.IsZero() || z.IsValid() || z.String() != "" {
		t.Errorf("zero Date: IsZero %t IsValid %t String %q", z.IsZero(), z.IsValid(), z.String())
	}
	var d filing.Date
	if err := d.UnmarshalText(nil); err != nil || !d.IsZero() {
		t.Errorf("UnmarshalText(empty) = %v, %v", d, err)
	}
	if err := d.UnmarshalText([]byte("2026-02-30")); !errors.Is(err, filing.ErrDate) {
		t.Errorf("UnmarshalText(2026-02-30) = %v", err)
	}
	tests := []struct {
		in   string
		want filing.Expiry
		bad  bool
	}{
		{"long_term", filing.Expiry{LongTerm: true}, false},                       // 长期
		{"2035-01-01", filing.Expiry{Date: dateOf(2035, time.January, 1)}, false}, // a date
		{"", filing.Expiry{}, false},                                              // not given
		{"LONG_TERM", filing.Expiry{}, true},                                      // case matters
		{"长期", filing.Expiry{}, true},                                             // the Chinese word is not the wire value
		{"2035-02-30", filing.Expiry{}, true},                                     // impossible date
	}
	for _, tt := range tests {
		var e filing.Expiry
		err := e.UnmarshalText([]byte(tt.in))
		if (err != nil) != tt.bad {
			t.Errorf("Expiry.UnmarshalText(%q) error %v, want error %t", tt.in, err, tt.bad)
			continue
		}
		if tt.bad {
			continue
		}
		if e != tt.want {
			t.Errorf("Expiry.UnmarshalText(%q) = %+v, want %+v", tt.in, e, tt.want)
		}
		if b, _ := e.MarshalText(); string(b) != tt.in {
			t.Errorf("Expiry %+v marshals to %q, want %q", e, b, tt.in)
		}
	}
	if !(filing.Expiry{}).IsZero() || (filing.Expiry{LongTerm: true}).IsZero() {
		t.Error("Expiry.IsZero is wrong")
	}
}

// drawDate draws a valid date of years 1–9999.
func drawDate(t *rapid.T, label string) filing.Date {
	y := rapid.IntRange(1, 9999).Draw(t, label+"_year")
	m := time.Month(rapid.IntRange(1, 12).Draw(t, label+"_month"))
	last := time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
	return filing.Date{Year: y, Month: m, Day: rapid.IntRange(1, last).Draw(t, label+"_day")}
}

// TestDateProperties: text round trip, AddMonths against a month count,
// AddDays against the time package.
func TestDateProperties(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		d := drawDate(t, "d")
		if !d.IsValid() {
			t.Fatalf("%v not valid", d)
		}
		back, err := filing.ParseDate(d.String())
		if err != nil || back != d {
			t.Fatalf("ParseDate(%q) = %v, %v", d.String(), back, err)
		}
		var u filing.Date
		b, _ := d.MarshalText()
		if err := u.UnmarshalText(b); err != nil || u != d {
			t.Fatalf("text round trip of %v: %v, %v", d, u, err)
		}
		if got := filing.DateOf(d.In(time.UTC)); got != d {
			t.Fatalf("DateOf(%v.In(UTC)) = %v", d, got)
		}

		n := rapid.IntRange(-1200, 1200).Draw(t, "months")
		e := d.AddMonths(n)
		if e.Year < 1 || e.Year > 9999 {
			t.Skip("outside the calendar")
		}
		if !e.IsValid() {
			t.Fatalf("%v.AddMonths(%d) = %v, not a date", d, n, e)
		}
		if months := (e.Year*12 + int(e.Month)) - (d.Year*12 + int(d.Month)); months != n {
			t.Fatalf("%v.AddMonths(%d) = %v: %d months apart", d, n, e, months)
		}
		// The day is kept, or clamped to the last day of the month.
		lastOfMonth := time.Date(e.Year, e.Month+1, 0, 0, 0, 0, 0, time.UTC).Day()
		if e.Day != min(d.Day, lastOfMonth) {
			t.Fatalf("%v.AddMonths(%d) = %v: day %d, want %d", d, n, e, e.Day, min(d.Day, lastOfMonth))
		}
		if c := e.Compare(d); (n > 0 && c <= 0) || (n < 0 && c >= 0) || (n == 0 && c != 0) {
			t.Fatalf("%v.AddMonths(%d) = %v compares %d", d, n, e, c)
		}

		k := rapid.IntRange(-3000, 3000).Draw(t, "days")
		f := d.AddDays(k)
		if want := filing.DateOf(d.In(time.UTC).AddDate(0, 0, k)); f != want {
			t.Fatalf("%v.AddDays(%d) = %v, want %v", d, k, f, want)
		}
		if f.Year >= 1 && f.Year <= 9999 && f.AddDays(-k) != d {
			t.Fatalf("%v.AddDays(%d).AddDays(%d) = %v", d, k, -k, f.AddDays(-k))
		}
	})
}

// TestParseDateNeverAcceptsGarbage: any accepted string is the canonical
// form of its date.
func TestParseDateNeverAcceptsGarbage(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := rapid.OneOf(rapid.String(), rapid.StringMatching(`[0-9+\- ]{10}`)).Draw(t, "s")
		d, err := filing.ParseDate(s)
		if err != nil {
			if !errors.Is(err, filing.ErrDate) {
				t.Fatalf("ParseDate(%q): %v", s, err)
			}
			return
		}
		if d.String() != s {
			t.Fatalf("ParseDate(%q) accepted a non-canonical form of %v", s, d)
		}
	})
}

// TestDateMarshalInvalid: an impossible date does not marshal, so what is
// written can always be read back.
func TestDateMarshalInvalid(t *testing.T) {
	if _, err := (filing.Date{Year: 2024, Month: 2, Day: 30}).MarshalText(); err == nil {
		t.Error("2024-02-30 marshals")
	}
	if b, err := (filing.Date{}).MarshalText(); err != nil || len(b) != 0 {
		t.Errorf("zero date marshals to %q, %v", b, err)
	}
}
