package workday_test

import (
	"errors"
	"testing"
	"time"

	"pgregory.net/rapid"

	"github.com/beian-go/beian/order/workday"
)

// drawTime draws a time of day on a date of the known years of cal, in
// Shanghai.
func drawTime(t *rapid.T, cal workday.Calendar, label string) time.Time {
	first, last := cal.Years()
	start := time.Date(first, time.January, 1, 0, 0, 0, 0, shanghai)
	days := int(time.Date(last+1, time.January, 1, 0, 0, 0, 0, shanghai).Sub(start) / (24 * time.Hour))
	d := rapid.IntRange(0, days-1).Draw(t, label+" day")
	sec := rapid.IntRange(0, 24*60*60-1).Draw(t, label+" second")
	return start.AddDate(0, 0, d).Add(time.Duration(sec) * time.Second)
}

// sameDate reports whether a and b fall on the same date in their locations.
func sameDate(a, b time.Time) bool {
	ay, am, ad := a.Date()
	by, bm, bd := b.Date()
	return ay == by && am == bm && ad == bd
}

func TestAddWorkdaysProperties(t *testing.T) {
	t.Parallel()
	cal := workday.Default()
	rapid.Check(t, func(t *rapid.T) {
		from := drawTime(t, cal, "from")
		n := rapid.IntRange(-80, 80).Draw(t, "n")
		got, err := cal.AddWorkdays(from, n)
		if err != nil {
			// Only running off the known years is an error.
			if !errors.Is(err, workday.ErrUnknownYear) {
				t.Fatalf("AddWorkdays(%v, %d): %v", from, n, err)
			}
			first, last := cal.Years()
			edge := time.Date(last, time.December, 31, 0, 0, 0, 0, shanghai)
			if n < 0 {
				edge = time.Date(first, time.January, 1, 0, 0, 0, 0, shanghai)
			}
			if dist := from.Sub(edge).Abs(); dist > 200*24*time.Hour {
				t.Fatalf("AddWorkdays(%v, %d): %v although %v from the edge", from, n, err, dist)
			}
			return
		}
		// The result is a working day, at the same clock time and location.
		if ok, err := cal.IsWorkday(got); err != nil || !ok {
			t.Fatalf("AddWorkdays(%v, %d) = %v: IsWorkday = %v, %v", from, n, got, ok, err)
		}
		h1, m1, s1 := from.Clock()
		h2, m2, s2 := got.Clock()
		if h1 != h2 || m1 != m2 || s1 != s2 || got.Location() != from.Location() {
			t.Fatalf("AddWorkdays(%v, %d) = %v: clock or location changed", from, n, got)
		}
		// Direction: after for n > 0, before for n < 0, on or after for 0.
		switch {
		case n > 0 && !got.After(from), n < 0 && !got.Before(from):
			t.Fatalf("AddWorkdays(%v, %d) = %v: wrong direction", from, n, got)
		case n == 0 && got.Before(from):
			t.Fatalf("AddWorkdays(%v, 0) = %v: before", from, got)
		}
		// Inverse: WorkdaysBetween counts back the n working days.
		between, err := cal.WorkdaysBetween(from, got)
		if err != nil {
			t.Fatal(err)
		}
		fromWork, _ := cal.IsWorkday(from)
		want := n
		switch {
		case n == 0 && fromWork:
			want = 0
		case n == 0:
			want = 1
		case n < 0 && !fromWork:
			want = n + 1
		}
		if between != want {
			t.Fatalf("WorkdaysBetween(%v, AddWorkdays(_, %d) = %v) = %d, want %d", from, n, got, between, want)
		}
	})
}

func TestAddWorkdaysMonotonic(t *testing.T) {
	t.Parallel()
	cal := workday.Default()
	rapid.Check(t, func(t *rapid.T) {
		from := drawTime(t, cal, "from")
		n1 := rapid.IntRange(-40, 40).Draw(t, "n1")
		n2 := rapid.IntRange(n1, 40).Draw(t, "n2")
		r1, err1 := cal.AddWorkdays(from, n1)
		r2, err2 := cal.AddWorkdays(from, n2)
		if err1 != nil || err2 != nil {
			t.Skip("near the edge of the known years")
		}
		if r2.Before(r1) {
			t.Fatalf("AddWorkdays(%v, %d) = %v after AddWorkdays(_, %d) = %v", from, n1, r1, n2, r2)
		}
		// Distinct positive (or distinct negative) counts give distinct days.
		if n1 != n2 && (n1 >= 1 || n2 <= -1) && sameDate(r1, r2) {
			t.Fatalf("AddWorkdays(%v, %d) and (_, %d) both %v", from, n1, n2, r1)
		}
	})
}

func TestWorkdaysBetweenProperties(t *testing.T) {
	t.Parallel()
	cal := workday.Default()
	rapid.Check(t, func(t *rapid.T) {
		a := drawTime(t, cal, "a")
		b := drawTime(t, cal, "b")
		c := drawTime(t, cal, "c")
		ab, err := cal.WorkdaysBetween(a, b)
		if err != nil {
			t.Fatal(err)
		}
		ba, _ := cal.WorkdaysBetween(b, a)
		bc, _ := cal.WorkdaysBetween(b, c)
		ac, _ := cal.WorkdaysBetween(a, c)
		if ab != -ba {
			t.Fatalf("WorkdaysBetween(a, b) = %d, (b, a) = %d", ab, ba)
		}
		if ab+bc != ac {
			t.Fatalf("additivity: %d + %d != %d", ab, bc, ac)
		}
		// Counting one day at a time agrees.
		lo, hi := a, b
		if hi.Before(lo) {
			lo, hi = hi, lo
		}
		if hi.Sub(lo) < 90*24*time.Hour {
			count := 0
			for d := lo; !sameDate(d, hi); {
				d = d.AddDate(0, 0, 1)
				if ok, _ := cal.IsWorkday(d); ok {
					count++
				}
			}
			if ab < 0 {
				count = -count
			}
			if count != ab {
				t.Fatalf("WorkdaysBetween(%v, %v) = %d, day by day %d", a, b, ab, count)
			}
		}
	})
}

func TestWithProperties(t *testing.T) {
	t.Parallel()
	base := workday.Default()
	first, last := base.Years()
	rapid.Check(t, func(t *rapid.T) {
		year := rapid.IntRange(first-1, last+1).Draw(t, "year")
		start := time.Date(year-1, time.December, 1, 0, 0, 0, 0, shanghai)
		span := int(time.Date(year+1, time.January, 1, 0, 0, 0, 0, shanghai).Sub(start) / (24 * time.Hour))
		idx := rapid.SliceOfNDistinct(rapid.IntRange(0, span-1), 1, 40, rapid.ID[int]).Draw(t, "days")
		nOff := rapid.IntRange(0, len(idx)).Draw(t, "off count")
		var off, work []time.Time
		for i, k := range idx {
			d := start.AddDate(0, 0, k)
			if i < nOff {
				off = append(off, d)
			} else {
				work = append(work, d)
			}
		}
		probe := drawTime(t, base, "probe")
		before, beforeErr := base.IsWorkday(probe)

		next, err := base.With(year, off, work)
		if err != nil {
			t.Fatalf("With(%d): %v", year, err)
		}
		// The original is unchanged.
		after, afterErr := base.IsWorkday(probe)
		if before != after || (beforeErr == nil) != (afterErr == nil) {
			t.Fatalf("original changed at %v: %v, %v → %v, %v", probe, before, beforeErr, after, afterErr)
		}
		if f, l := base.Years(); f != first || l != last {
			t.Fatalf("original Years() changed to %d, %d", f, l)
		}
		// The new calendar answers the notice's dates of its own year as given
		// (December dates may be overridden by the following year's notice).
		check := func(ds []time.Time, want bool) {
			for _, d := range ds {
				if d.Year() != year || (d.Month() == time.December && next.Known(year+1)) {
					continue
				}
				got, err := next.IsWorkday(d)
				if err != nil || got != want {
					t.Fatalf("new IsWorkday(%v) = %v, %v; want %v", d, got, err, want)
				}
			}
		}
		check(off, false)
		check(work, true)
		if !next.Known(year) {
			t.Fatalf("Known(%d) = false after With", year)
		}
	})
}

// TestEstimateProperties: Estimate agrees with AddWorkdays wherever that
// answers; past the last known year it counts weekdays, flags the estimate,
// and never fails for a count within MaxEstimate.
func TestEstimateProperties(t *testing.T) {
	t.Parallel()
	cal := workday.Default()
	rapid.Check(t, func(t *rapid.T) {
		from := drawTime(t, cal, "from")
		from = from.AddDate(rapid.IntRange(0, 3).Draw(t, "years ahead"), 0, 0)
		n := rapid.IntRange(-80, 80).Draw(t, "n")
		got, est, err := cal.Estimate(from, n)
		exact, exactErr := cal.AddWorkdays(from, n)
		switch {
		case exactErr == nil:
			if err != nil || est || !got.Equal(exact) {
				t.Fatalf("Estimate(%v, %d) = %v, %v, %v; AddWorkdays %v", from, n, got, est, err, exact)
			}
		case errors.Is(err, workday.ErrUnknownYear):
			// only a count that runs before the first known year
			if _, lastKnown := cal.Years(); from.Year() > lastKnown || n >= 0 {
				t.Fatalf("Estimate(%v, %d): %v", from, n, err)
			}
		case err != nil:
			t.Fatalf("Estimate(%v, %d): %v", from, n, err)
		default:
			if !est {
				t.Fatalf("Estimate(%v, %d) = %v not flagged although AddWorkdays fails: %v", from, n, got, exactErr)
			}
			if _, lastKnown := cal.Years(); got.Year() > lastKnown {
				if wd := got.Weekday(); wd == time.Saturday || wd == time.Sunday {
					t.Fatalf("Estimate(%v, %d) = %v, a weekend day", from, n, got)
				}
			}
		}
	})
}
