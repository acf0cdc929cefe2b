package filing

import (
	"errors"
	"strconv"
	"time"
)

// Date is a civil date (year, month, day) without a time of day or a zone,
// as used on the wire (`YYYY-MM-DD`) for as_of and certificate expiry.
// The zero value is the absence of a date (IsZero).
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// ErrDate reports a malformed or impossible date.
var ErrDate = errors.New("filing: date must be a real date written YYYY-MM-DD")

// DateOf returns the civil date of t in t's own location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{y, m, d}
}

// ParseDate parses a date written YYYY-MM-DD. It rejects dates that do not
// exist (2026-02-30) with ErrDate.
func ParseDate(s string) (Date, error) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return Date{}, ErrDate
	}
	y, err1 := strconv.Atoi(s[0:4])
	m, err2 := strconv.Atoi(s[5:7])
	d, err3 := strconv.Atoi(s[8:10])
	if err1 != nil || err2 != nil || err3 != nil || s[0] == '+' || s[0] == '-' || s[5] == '+' || s[8] == '+' {
		return Date{}, ErrDate
	}
	dt := Date{y, time.Month(m), d}
	if !dt.IsValid() {
		return Date{}, ErrDate
	}
	return dt, nil
}

// IsZero reports whether d is the zero Date (no date).
func (d Date) IsZero() bool { return d == Date{} }

// IsValid reports whether d is a real calendar date in years 1–9999.
func (d Date) IsValid() bool {
	if d.Year < 1 || d.Year > 9999 || d.Month < 1 || d.Month > 12 || d.Day < 1 {
		return false
	}
	return d.Day <= daysIn(d.Year, d.Month)
}

// String formats d as YYYY-MM-DD; the zero Date formats as "".
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	b := make([]byte, 0, 10)
	b = appendPadded(b, d.Year, 4)
	b = append(b, '-')
	b = appendPadded(b, int(d.Month), 2)
	b = append(b, '-')
	b = appendPadded(b, d.Day, 2)
	return string(b)
}

func appendPadded(b []byte, v, width int) []byte {
	s := strconv.Itoa(v)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

// MarshalText implements encoding.TextMarshaler. A non-zero Date that is not
// a real date (2024-02-30) is an error: it could not be read back.
func (d Date) MarshalText() ([]byte, error) {
	if !d.IsZero() && !d.IsValid() {
		return nil, ErrDate
	}
	return []byte(d.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler. Empty text is the zero Date.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// In returns the time at midnight of d in loc.
func (d Date) In(loc *time.Location) time.Time {
	return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, loc)
}

// Compare returns -1, 0 or +1 as d is before, equal to or after e.
func (d Date) Compare(e Date) int {
	switch {
	case d.Year != e.Year:
		return cmpInt(d.Year, e.Year)
	case d.Month != e.Month:
		return cmpInt(int(d.Month), int(e.Month))
	default:
		return cmpInt(d.Day, e.Day)
	}
}

// Before reports whether d is before e.
func (d Date) Before(e Date) bool { return d.Compare(e) < 0 }

// After reports whether d is after e.
func (d Date) After(e Date) bool { return d.Compare(e) > 0 }

// AddMonths returns d plus n calendar months, the day clamped to the end of
// the target month: 2026-11-30 plus 3 months is 2027-02-28 (rule
// principal.id_expiring).
func (d Date) AddMonths(n int) Date {
	m := int(d.Month) - 1 + n
	y := d.Year + m/12
	m %= 12
	if m < 0 {
		m += 12
		y--
	}
	out := Date{y, time.Month(m + 1), d.Day}
	if dim := daysIn(y, out.Month); out.Day > dim {
		out.Day = dim
	}
	return out
}

// AddDays returns d plus n days (n may be negative).
func (d Date) AddDays(n int) Date {
	return DateOf(d.In(time.UTC).AddDate(0, 0, n))
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// daysIn returns the number of days of month m of year y in the proleptic
// Gregorian calendar: the one month-length table of the package (dates of
// the wire format, birth dates of resident IDs).
func daysIn(y int, m time.Month) int {
	switch m {
	case time.February:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	}
	return 31
}

// Expiry is a certificate's expiry: a date, or long-term (长期) for
// certificates valid for life. On the wire it is `YYYY-MM-DD` or `long_term`;
// the zero value means the expiry was not given.
type Expiry struct {
	// Date is the last day of validity; zero when LongTerm or not given.
	Date Date
	// LongTerm is true for a certificate that never expires.
	LongTerm bool
}

// LongTermText is the wire value of a long-term expiry.
const LongTermText = "long_term"

// IsZero reports whether no expiry was given.
func (e Expiry) IsZero() bool { return !e.LongTerm && e.Date.IsZero() }

// String returns the wire form: a date, "long_term", or "" when not given.
func (e Expiry) String() string {
	if e.LongTerm {
		return LongTermText
	}
	return e.Date.String()
}

// MarshalText implements encoding.TextMarshaler.
func (e Expiry) MarshalText() ([]byte, error) { return []byte(e.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler. It accepts a date,
// "long_term" or empty text.
func (e *Expiry) UnmarshalText(b []byte) error {
	if string(b) == LongTermText {
		*e = Expiry{LongTerm: true}
		return nil
	}
	var d Date
	if err := d.UnmarshalText(b); err != nil {
		return errors.New("filing: cert_expiry must be YYYY-MM-DD or long_term")
	}
	*e = Expiry{Date: d}
	return nil
}
