package workday

import (
	"fmt"
	"slices"
	"time"
)

// spanWords is the number of 64-bit words of a span: 1 December of the year
// before a notice through 31 December of the notice's year is at most
// 31 + 366 = 397 days.
const spanWords = 7

// decDays is the number of days of December, the part of the previous year a
// notice may move.
const decDays = 31

// span is a set of days of one notice: bit i stands for the i-th day counted
// from 1 December of the year before the notice's year.
type span [spanWords]uint64

func (s *span) has(i int) bool { return s[i>>6]&(1<<(uint(i)&63)) != 0 }

func (s *span) set(i int) { s[i>>6] |= 1 << (uint(i) & 63) }

// notice is one year's holiday notice: the days it declares off and the
// make-up working days (调休) it declares.
type notice struct {
	off, work span
}

// Calendar is an immutable working-day calendar covering a contiguous range
// of known years. The zero value is not usable (it knows no year and every
// query returns an error wrapping [ErrUnknownYear]); use [Default].
type Calendar struct {
	first int
	// notices[i] is the notice of year first+i; the slice is shared between
	// calendars and never written after it is built.
	notices []notice
}

// Default returns the calendar of the holiday notices shipped with the
// library (see tables.go for the years and their sources).
func Default() Calendar {
	return Calendar{first: FirstYear, notices: noticeTable[:]}
}

// Years returns the first and last known years. A calendar that knows no year
// reports last < first.
func (c Calendar) Years() (first, last int) {
	return c.first, c.first + len(c.notices) - 1
}

// Known reports whether the calendar holds the notice of year.
func (c Calendar) Known(year int) bool {
	return len(c.notices) > 0 && year >= c.first && year-c.first < len(c.notices)
}

// With returns a new calendar with the notice of year added, or replaced if
// the calendar already holds one; the receiver is not changed. offDays are the
// days the notice declares off, workDays the make-up working days (调休); of
// each [time.Time] only the date in its own location is used.
//
// Every date must lie in year or in the December before it (a notice may move
// the last days of the previous year); no date may be both off and a working
// day; the notice must hold at least one date; and year must be known already
// or adjacent to the known range, so that the known years stay contiguous. A
// zero Calendar accepts any year. Errors are [*NoticeError] values wrapping
// [ErrInvalidNotice].
func (c Calendar) With(year int, offDays, workDays []time.Time) (Calendar, error) {
	if len(c.notices) > 0 && (year < c.first-1 || year > c.first+len(c.notices)) {
		first, last := c.Years()
		return Calendar{}, &NoticeError{Year: year, Reason: fmt.Sprintf("year not adjacent to the known years %d–%d", first, last)}
	}
	if len(offDays) == 0 && len(workDays) == 0 {
		return Calendar{}, &NoticeError{Year: year, Reason: "no dates"}
	}
	var n notice
	for _, t := range offDays {
		i, err := spanIndex(year, t)
		if err != nil {
			return Calendar{}, err
		}
		n.off.set(i)
	}
	for _, t := range workDays {
		i, err := spanIndex(year, t)
		if err != nil {
			return Calendar{}, err
		}
		if n.off.has(i) {
			return Calendar{}, &NoticeError{Year: year, Date: t.Format(time.DateOnly), Reason: "date both off and a working day"}
		}
		n.work.set(i)
	}

	switch {
	case len(c.notices) == 0:
		return Calendar{first: year, notices: []notice{n}}, nil
	case year == c.first-1:
		return Calendar{first: year, notices: append([]notice{n}, c.notices...)}, nil
	default:
		ns := slices.Clone(c.notices)
		if i := year - c.first; i < len(ns) {
			ns[i] = n
		} else {
			ns = append(ns, n)
		}
		return Calendar{first: c.first, notices: ns}, nil
	}
}

// spanIndex returns the bit index of t's date in the span of the notice of
// year.
func spanIndex(year int, t time.Time) (int, error) {
	y, m, d := t.Date()
	switch {
	case y == year:
		return decDays + t.YearDay() - 1, nil
	case y == year-1 && m == time.December:
		return d - 1, nil
	}
	return 0, &NoticeError{Year: year, Date: t.Format(time.DateOnly), Reason: "date outside the notice's year and the December before it"}
}

// IsWorkday reports whether t's date (in t's location) is a working day. The
// error wraps [ErrUnknownYear] when the calendar does not know t's year.
func (c Calendar) IsWorkday(t time.Time) (bool, error) {
	y := t.Year()
	if !c.Known(y) {
		return false, &YearError{Year: y}
	}
	return c.isWork(y, t.YearDay()-1, t.Weekday()), nil
}

// isWork reports whether day doy (counted from 0 on 1 January) of the known
// year y, a weekday wd, is a working day. The notice of the following year,
// when known, takes precedence for December days.
func (c Calendar) isWork(y, doy int, wd time.Weekday) bool {
	i := y - c.first
	if i+1 < len(c.notices) {
		if b := doy - (yearLen(y) - decDays); b >= 0 {
			next := &c.notices[i+1]
			if next.off.has(b) {
				return false
			}
			if next.work.has(b) {
				return true
			}
		}
	}
	n := &c.notices[i]
	if n.off.has(decDays + doy) {
		return false
	}
	if n.work.has(decDays + doy) {
		return true
	}
	return wd != time.Saturday && wd != time.Sunday
}

// cursor walks the days of a calendar one at a time.
type cursor struct {
	y, doy, yearLen int
	wd              time.Weekday
	// estimate lets the cursor walk into the years after the last known
	// one, where only weekends are off.
	estimate bool
}

// after reports whether year y lies after the calendar's last known year.
func (c Calendar) after(y int) bool {
	return len(c.notices) > 0 && y >= c.first+len(c.notices)
}

// enter reports whether the cursor k may stand in year y.
func (c Calendar) enter(k *cursor, y int) bool {
	return c.Known(y) || k.estimate && c.after(y)
}

func (c Calendar) cursorAt(t time.Time, estimate bool) (cursor, error) {
	y := t.Year()
	k := cursor{y: y, doy: t.YearDay() - 1, yearLen: yearLen(y), wd: t.Weekday(), estimate: estimate}
	if !c.enter(&k, y) {
		return cursor{}, &YearError{Year: y}
	}
	return k, nil
}

// work reports whether the cursor's day is a working day: from the notices
// in a known year, from the weekday alone in an estimated one.
func (c Calendar) work(k *cursor) bool {
	if !c.Known(k.y) {
		return k.wd != time.Saturday && k.wd != time.Sunday
	}
	return c.isWork(k.y, k.doy, k.wd)
}

// next moves the cursor one day on; the error reports leaving the years the
// cursor may walk.
func (c Calendar) next(k *cursor) error {
	k.wd = (k.wd + 1) % 7
	k.doy++
	if k.doy == k.yearLen {
		if !c.enter(k, k.y+1) {
			return &YearError{Year: k.y + 1}
		}
		k.y++
		k.doy = 0
		k.yearLen = yearLen(k.y)
	}
	return nil
}

// prev moves the cursor one day back; the error reports leaving the years
// the cursor may walk.
func (c Calendar) prev(k *cursor) error {
	k.wd = (k.wd + 6) % 7
	k.doy--
	if k.doy < 0 {
		if !c.enter(k, k.y-1) {
			return &YearError{Year: k.y - 1}
		}
		k.y--
		k.yearLen = yearLen(k.y)
		k.doy = k.yearLen - 1
	}
	return nil
}

// AddWorkdays returns the n-th working day after t's date, at t's clock time
// and in t's location:
//
//   - n > 0: the n-th working day strictly after t's date (1 is the next
//     working day, whatever t's date is);
//   - n == 0: t itself if its date is a working day, else the next working day;
//   - n < 0: the |n|-th working day strictly before t's date (-1 is the
//     previous working day).
//
// The error wraps [ErrUnknownYear] when t's year, or a year the count reaches,
// is not known.
func (c Calendar) AddWorkdays(t time.Time, n int) (time.Time, error) {
	k, err := c.cursorAt(t, false)
	if err != nil {
		return time.Time{}, err
	}
	return c.add(t, k, n)
}

// MaxEstimate is the largest count, in either direction, that
// [Calendar.Estimate] accepts: about forty years of working days, far beyond
// any deadline, and a bound on the time an estimate takes.
const MaxEstimate = 10000

// Estimate is [Calendar.AddWorkdays] for a deadline that may run past the
// last known year: a year after it, whose notice is not published yet (the
// State Council publishes the next year's notice in November or December),
// counts Monday to Friday as working days and every Saturday and Sunday as
// off. estimated reports that such a year was counted (or that t lies in
// one): the result may move by some days once the notice is known and added
// with [Calendar.With] or [Calendar.WithNotice]. A year before the first
// known one is still an error wrapping [ErrUnknownYear], as is |n| >
// [MaxEstimate].
func (c Calendar) Estimate(t time.Time, n int) (due time.Time, estimated bool, err error) {
	if n > MaxEstimate || n < -MaxEstimate {
		return time.Time{}, false, fmt.Errorf("workday: count %d beyond ±%d: %w", n, MaxEstimate, ErrUnknownYear)
	}
	k, err := c.cursorAt(t, true)
	if err != nil {
		return time.Time{}, false, err
	}
	due, err = c.add(t, k, n)
	if err != nil {
		return time.Time{}, false, err
	}
	return due, c.reaches(t, due), nil
}

// reaches reports whether the days from a to b (either order) touch a year
// after the last known one.
func (c Calendar) reaches(a, b time.Time) bool {
	return c.after(a.Year()) || c.after(b.Year())
}

// add walks n working days from the cursor k at t.
func (c Calendar) add(t time.Time, k cursor, n int) (time.Time, error) {
	if n == 0 {
		if c.work(&k) {
			return t, nil
		}
		n = 1
	}
	forward := n > 0
	left := uint(n)
	if !forward {
		left = uint(-(n + 1)) + 1 // no overflow for math.MinInt
	}
	for left > 0 {
		var err error
		if forward {
			err = c.next(&k)
		} else {
			err = c.prev(&k)
		}
		if err != nil {
			return time.Time{}, err
		}
		if c.work(&k) {
			left--
		}
	}
	hh, mm, ss := t.Clock()
	return time.Date(k.y, time.January, k.doy+1, hh, mm, ss, t.Nanosecond(), t.Location()), nil
}

// WorkdaysBetween returns the number of working days d with a < d ≤ b, the
// dates taken in each time's own location; when b's date is before a's, it
// returns minus the number of working days d with b < d ≤ a. It is therefore
// additive, WorkdaysBetween(a, b) + WorkdaysBetween(b, c) ==
// WorkdaysBetween(a, c), and the inverse of [Calendar.AddWorkdays]: for n ≥ 1,
// WorkdaysBetween(t, AddWorkdays(t, n)) == n for every t, and for n ≤ -1 it
// equals n when t's date is a working day (n+1 otherwise, t's own date being
// counted). The error wraps [ErrUnknownYear] when a's or b's year is not
// known.
func (c Calendar) WorkdaysBetween(a, b time.Time) (int, error) {
	ka, err := c.cursorAt(a, false)
	if err != nil {
		return 0, err
	}
	kb, err := c.cursorAt(b, false)
	if err != nil {
		return 0, err
	}
	sign := 1
	if kb.y < ka.y || kb.y == ka.y && kb.doy < ka.doy {
		ka, kb = kb, ka
		sign = -1
	}
	count := 0
	for ka.y != kb.y || ka.doy != kb.doy {
		if err := c.next(&ka); err != nil {
			return 0, err // unreachable: the known years are contiguous
		}
		if c.work(&ka) {
			count++
		}
	}
	return sign * count, nil
}

// yearLen returns the number of days of year y in the proleptic Gregorian
// calendar.
func yearLen(y int) int {
	if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
		return 366
	}
	return 365
}
