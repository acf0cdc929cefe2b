package workday_test

import (
	"errors"
	"testing"
	"time"
	_ "time/tzdata" // Asia/Shanghai on machines without a zoneinfo database

	"github.com/google/go-cmp/cmp"

	"github.com/beian-go/beian/order/workday"
)

// shanghai is China Standard Time, the location callers pass.
var shanghai = mustLoad("Asia/Shanghai")

func mustLoad(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return loc
}

// day returns midnight of a date in Shanghai; date is YYYY-MM-DD.
func day(tb testing.TB, date string) time.Time {
	tb.Helper()
	t, err := time.ParseInLocation(time.DateOnly, date, shanghai)
	if err != nil {
		tb.Fatal(err)
	}
	return t
}

func TestIsWorkday(t *testing.T) {
	t.Parallel()
	cal := workday.Default()
	tests := []struct {
		date string
		want bool
	}{
		{"2026-10-10", true},  // Saturday, make-up working day after National Day
		{"2026-02-20", false}, // Friday inside the Spring Festival holiday
		{"2026-01-04", true},  // Sunday, make-up working day after New Year
		{"2026-01-01", false}, // New Year's Day
		{"2026-03-10", true},  // an ordinary Tuesday
		{"2026-03-14", false}, // an ordinary Saturday
		{"2026-03-15", false}, // an ordinary Sunday
		{"2026-02-14", true},  // Saturday, make-up working day before Spring Festival
		{"2026-10-08", true},  // Thursday, first working day after National Day
		{"2026-09-25", false}, // Friday, Mid-Autumn Festival
		{"2024-02-29", true},  // leap day, an ordinary Thursday
		{"2024-02-10", false}, // Spring Festival 2024 (Saturday, holiday anyway)
		{"2024-02-18", true},  // Sunday, make-up working day of Spring Festival 2024
		{"2020-01-31", false}, // Friday, Spring Festival 2020 as extended by the January 2020 notice
		{"2020-02-03", true},  // Monday after the extended Spring Festival 2020
		{"2018-12-29", true},  // Saturday, make-up working day set by the notice of 2019
		{"2018-12-31", false}, // Monday, off by the notice of 2019
		{"2011-12-31", true},  // Saturday, make-up working day set by the notice of 2012
		{"2007-01-02", false}, // Tuesday, New Year 2007 holiday (first notice)
		{"2026-12-31", true},  // Thursday, last day of the last known year
	}
	for _, tt := range tests {
		got, err := cal.IsWorkday(day(t, tt.date))
		if err != nil {
			t.Errorf("IsWorkday(%s): %v", tt.date, err)
			continue
		}
		if got != tt.want {
			t.Errorf("IsWorkday(%s) = %v, want %v", tt.date, got, tt.want)
		}
	}
}

func TestIsWorkdayLocation(t *testing.T) {
	t.Parallel()
	cal := workday.Default()
	// 2026-09-30 17:00 UTC is Wednesday 2026-09-30 in UTC (a working day) and
	// already Thursday 2026-10-01 01:00 in Shanghai (National Day, off).
	utc := time.Date(2026, time.September, 30, 17, 0, 0, 0, time.UTC)
	inUTC, err := cal.IsWorkday(utc)
	if err != nil || !inUTC {
		t.Errorf("IsWorkday(%v) = %v, %v; want true, nil", utc, inUTC, err)
	}
	inCST, err := cal.IsWorkday(utc.In(shanghai))
	if err != nil || inCST {
		t.Errorf("IsWorkday(%v) = %v, %v; want false, nil", utc.In(shanghai), inCST, err)
	}
}

func TestAddWorkdays(t *testing.T) {
	t.Parallel()
	cal := workday.Default()
	tests := []struct {
		from string
		n    int
		want string
	}{
		{"2026-03-10", 0, "2026-03-10"},  // a workday itself for n = 0
		{"2026-03-14", 0, "2026-03-16"},  // Saturday, n = 0 → Monday
		{"2026-10-01", 0, "2026-10-08"},  // National Day, n = 0 → first day after the holiday
		{"2026-03-10", 1, "2026-03-11"},  // Tuesday → Wednesday
		{"2026-03-13", 1, "2026-03-16"},  // Friday → Monday
		{"2026-09-30", 1, "2026-10-08"},  // over the National Day holiday
		{"2026-10-08", 1, "2026-10-09"},  // Thursday → Friday
		{"2026-10-09", 1, "2026-10-10"},  // Friday → make-up Saturday
		{"2026-02-13", 1, "2026-02-14"},  // Friday → make-up Saturday before Spring Festival
		{"2026-02-14", 1, "2026-02-24"},  // over the Spring Festival holiday
		{"2025-12-31", 1, "2026-01-04"},  // across the year into a make-up Sunday
		{"2026-09-30", 20, "2026-11-03"}, // twenty working days over National Day
		{"2024-02-28", 1, "2024-02-29"},  // leap day
		{"2024-12-31", 1, "2025-01-02"},  // across the year over New Year's Day
		{"2026-10-08", -1, "2026-09-30"}, // backwards over the National Day holiday
		{"2026-03-16", -1, "2026-03-13"}, // Monday → Friday
		{"2026-03-15", -1, "2026-03-13"}, // Sunday → Friday
		{"2026-01-04", -1, "2025-12-31"}, // backwards across the year
		{"2019-01-02", -1, "2018-12-29"}, // backwards over 2018-12-30…2019-01-01 (off) to a make-up Saturday of the 2019 notice
	}
	for _, tt := range tests {
		from := day(t, tt.from).Add(9*time.Hour + 30*time.Minute)
		got, err := cal.AddWorkdays(from, tt.n)
		if err != nil {
			t.Errorf("AddWorkdays(%s, %d): %v", tt.from, tt.n, err)
			continue
		}
		want := day(t, tt.want).Add(9*time.Hour + 30*time.Minute)
		if !got.Equal(want) || got.Location() != shanghai {
			t.Errorf("AddWorkdays(%s, %d) = %v, want %v", tt.from, tt.n, got, want)
		}
	}
}

func TestWorkdaysBetween(t *testing.T) {
	t.Parallel()
	cal := workday.Default()
	tests := []struct {
		a, b string
		want int
	}{
		{"2026-03-10", "2026-03-10", 0},   // same date
		{"2026-03-10", "2026-03-11", 1},   // next day
		{"2026-03-11", "2026-03-10", -1},  // reversed
		{"2026-03-13", "2026-03-16", 1},   // a weekend between
		{"2026-09-30", "2026-10-08", 1},   // the National Day holiday between
		{"2026-09-30", "2026-10-10", 3},   // 10-08, 10-09 and make-up 10-10
		{"2026-01-01", "2026-12-31", 248}, // a whole year (248 working days in 2026)
		{"2025-12-31", "2026-01-04", 1},   // across the year
	}
	for _, tt := range tests {
		got, err := cal.WorkdaysBetween(day(t, tt.a), day(t, tt.b))
		if err != nil {
			t.Errorf("WorkdaysBetween(%s, %s): %v", tt.a, tt.b, err)
			continue
		}
		if got != tt.want {
			t.Errorf("WorkdaysBetween(%s, %s) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestUnknownYears(t *testing.T) {
	t.Parallel()
	cal := workday.Default()
	first, last := cal.Years()
	if first != 2007 || last < 2026 {
		t.Fatalf("Years() = %d, %d; want 2007, ≥ 2026", first, last)
	}
	for _, y := range []int{first, last} {
		if !cal.Known(y) {
			t.Errorf("Known(%d) = false", y)
		}
	}
	for _, y := range []int{first - 1, last + 1, 1, 9999} {
		if cal.Known(y) {
			t.Errorf("Known(%d) = true", y)
		}
	}

	wantYear := func(name string, err error, year int) {
		t.Helper()
		if !errors.Is(err, workday.ErrUnknownYear) {
			t.Errorf("%s: error %v, want ErrUnknownYear", name, err)
			return
		}
		var ye *workday.YearError
		if !errors.As(err, &ye) || ye.Year != year {
			t.Errorf("%s: error %#v, want *YearError{Year: %d}", name, err, year)
		}
	}
	lastDay := time.Date(last, time.December, 31, 12, 0, 0, 0, shanghai)
	firstDay := time.Date(first, time.January, 1, 12, 0, 0, 0, shanghai)
	after := lastDay.AddDate(0, 0, 1)
	before := firstDay.AddDate(0, 0, -1) // a December day the first notice mentions: still unknown

	_, err := cal.IsWorkday(after)
	wantYear("IsWorkday(after)", err, last+1)
	_, err = cal.IsWorkday(before)
	wantYear("IsWorkday(before)", err, first-1)
	_, err = cal.IsWorkday(time.Time{})
	wantYear("IsWorkday(zero time)", err, 1)
	_, err = cal.AddWorkdays(lastDay, 1)
	wantYear("AddWorkdays(last day, 1)", err, last+1)
	_, err = cal.AddWorkdays(firstDay, -1)
	wantYear("AddWorkdays(first day, -1)", err, first-1)
	_, err = cal.AddWorkdays(after, 0)
	wantYear("AddWorkdays(after, 0)", err, last+1)
	_, err = cal.AddWorkdays(firstDay, int(^uint(0)>>1))
	wantYear("AddWorkdays(first day, MaxInt)", err, last+1)
	_, err = cal.AddWorkdays(lastDay, -int(^uint(0)>>1)-1)
	wantYear("AddWorkdays(last day, MinInt)", err, first-1)
	_, err = cal.WorkdaysBetween(lastDay, after)
	wantYear("WorkdaysBetween(last day, after)", err, last+1)
	_, err = cal.WorkdaysBetween(before, lastDay)
	wantYear("WorkdaysBetween(before, last day)", err, first-1)

	var zero workday.Calendar
	if f, l := zero.Years(); l >= f {
		t.Errorf("zero Calendar Years() = %d, %d; want last < first", f, l)
	}
	_, err = zero.IsWorkday(lastDay)
	wantYear("zero Calendar IsWorkday", err, last)
}

func TestYearErrorMessage(t *testing.T) {
	t.Parallel()
	err := error(&workday.YearError{Year: 2031})
	if diff := cmp.Diff("workday: no holiday notice known for year 2031", err.Error()); diff != "" {
		t.Errorf("Error() (-want +got):\n%s", diff)
	}
}

// dates turns YYYY-MM-DD strings into Shanghai times.
func dates(tb testing.TB, ss ...string) []time.Time {
	out := make([]time.Time, len(ss))
	for i, s := range ss {
		out[i] = day(tb, s)
	}
	return out
}

func TestWith(t *testing.T) {
	t.Parallel()
	base := workday.Default()
	_, last := base.Years()

	// A fictitious notice for the year after the last known one.
	y := last + 1
	d := func(m time.Month, dd int) time.Time { return time.Date(y, m, dd, 0, 0, 0, 0, shanghai) }
	off := []time.Time{d(time.January, 1), d(time.October, 1), d(time.October, 2)}
	work := []time.Time{d(time.October, 9)}
	next, err := base.With(y, off, work)
	if err != nil {
		t.Fatalf("With(%d): %v", y, err)
	}
	if !next.Known(y) || base.Known(y) {
		t.Errorf("Known(%d): new %v, original %v; want true, false", y, next.Known(y), base.Known(y))
	}
	for _, tt := range []struct {
		t    time.Time
		want bool
	}{
		{off[0], false},
		{off[1], false},
		{work[0], true},
		{d(time.March, 10), d(time.March, 10).Weekday() != time.Saturday && d(time.March, 10).Weekday() != time.Sunday},
	} {
		got, err := next.IsWorkday(tt.t)
		if err != nil || got != tt.want {
			t.Errorf("new IsWorkday(%v) = %v, %v; want %v", tt.t, got, err, tt.want)
		}
	}
	// The original still refuses the new year.
	if _, err := base.IsWorkday(off[1]); !errors.Is(err, workday.ErrUnknownYear) {
		t.Errorf("original IsWorkday(%v) error = %v, want ErrUnknownYear", off[1], err)
	}

	// Replacing 2026 with a notice that only keeps New Year's Day.
	repl, err := base.With(2026, dates(t, "2026-01-01"), nil)
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := repl.IsWorkday(day(t, "2026-10-01")); !got {
		t.Errorf("replaced 2026: 2026-10-01 not a workday")
	}
	if got, _ := repl.IsWorkday(day(t, "2026-10-10")); got {
		t.Errorf("replaced 2026: 2026-10-10 (Saturday) still a workday")
	}
	if got, _ := base.IsWorkday(day(t, "2026-10-01")); got {
		t.Errorf("original changed by With: 2026-10-01 a workday")
	}

	// A notice for the year before the first moves the December before it.
	first, _ := base.Years()
	prev, err := base.With(first-1, dates(t, "2006-01-02"), dates(t, "2005-12-31"))
	if err != nil {
		t.Fatal(err)
	}
	if f, _ := prev.Years(); f != first-1 {
		t.Errorf("Years() after prepending = %d, want %d", f, first-1)
	}
	// 2006-12-30 (Saturday) is a make-up working day of the 2007 notice, now
	// that 2006 is known.
	if got, err := prev.IsWorkday(day(t, "2006-12-30")); err != nil || !got {
		t.Errorf("IsWorkday(2006-12-30) = %v, %v; want true, nil", got, err)
	}
	if got, err := prev.IsWorkday(day(t, "2006-01-02")); err != nil || got {
		t.Errorf("IsWorkday(2006-01-02) = %v, %v; want false, nil", got, err)
	}
	if got, err := prev.IsWorkday(day(t, "2005-12-31")); !errors.Is(err, workday.ErrUnknownYear) {
		t.Errorf("IsWorkday(2005-12-31) = %v, %v; want ErrUnknownYear (2005 has no notice)", got, err)
	}

	// A zero Calendar accepts any year.
	var zero workday.Calendar
	solo, err := zero.With(2040, dates(t, "2040-01-01"), nil)
	if err != nil {
		t.Fatal(err)
	}
	if f, l := solo.Years(); f != 2040 || l != 2040 {
		t.Errorf("zero.With(2040).Years() = %d, %d; want 2040, 2040", f, l)
	}
}

func TestWithErrors(t *testing.T) {
	t.Parallel()
	base := workday.Default()
	_, last := base.Years()
	tests := []struct {
		name      string
		year      int
		off, work []string
		wantDate  string
	}{
		{"date in the following year", 2026, []string{"2027-01-01"}, nil, "2027-01-01"},
		{"date two years back", 2026, []string{"2024-12-31"}, nil, "2024-12-31"},
		{"November of the previous year", 2026, nil, []string{"2025-11-30"}, "2025-11-30"},
		{"both off and working", 2026, []string{"2026-10-10"}, []string{"2026-10-10"}, "2026-10-10"},
		{"no dates", 2026, nil, nil, ""},
		{"gap after the known years", last + 2, []string{"2030-01-01"}, nil, ""},
		{"gap before the known years", 2005, []string{"2005-01-01"}, nil, ""},
	}
	for _, tt := range tests {
		got, err := base.With(tt.year, dates(t, tt.off...), dates(t, tt.work...))
		if !errors.Is(err, workday.ErrInvalidNotice) {
			t.Errorf("%s: With error %v, want ErrInvalidNotice", tt.name, err)
			continue
		}
		var ne *workday.NoticeError
		if !errors.As(err, &ne) || ne.Year != tt.year || ne.Date != tt.wantDate {
			t.Errorf("%s: error %#v, want *NoticeError{Year: %d, Date: %q}", tt.name, err, tt.year, tt.wantDate)
		}
		if f, l := got.Years(); l >= f {
			t.Errorf("%s: calendar returned with the error is not empty", tt.name)
		}
	}
}
