package workday_test

import (
	"errors"
	"testing"
	"time"

	"github.com/beian-go/beian/order/workday"
)

// FuzzAddWorkdays feeds arbitrary instants and counts: the calendar never
// panics, fails only with ErrUnknownYear, returns working days, and
// WorkdaysBetween counts the n working days back.
func FuzzAddWorkdays(f *testing.F) {
	f.Add(time.Date(2026, time.September, 30, 16, 30, 0, 0, shanghai).Unix(), 1)
	f.Add(time.Date(2026, time.December, 31, 0, 0, 0, 0, shanghai).Unix(), 5)
	f.Add(time.Date(2007, time.January, 1, 0, 0, 0, 0, shanghai).Unix(), -3)
	f.Add(time.Date(2020, time.January, 23, 8, 0, 0, 0, shanghai).Unix(), 0)
	f.Add(int64(-1<<62), -1<<62)
	f.Add(int64(1<<62), 1<<62)
	cal := workday.Default()
	f.Fuzz(func(t *testing.T, unix int64, n int) {
		from := time.Unix(unix, 0).In(shanghai)
		got, err := cal.AddWorkdays(from, n)
		if err != nil {
			if !errors.Is(err, workday.ErrUnknownYear) {
				t.Fatalf("AddWorkdays(%v, %d): %v", from, n, err)
			}
			return
		}
		if ok, err := cal.IsWorkday(got); err != nil || !ok {
			t.Fatalf("AddWorkdays(%v, %d) = %v: IsWorkday = %v, %v", from, n, got, ok, err)
		}
		if n >= 1 {
			between, err := cal.WorkdaysBetween(from, got)
			if err != nil || between != n {
				t.Fatalf("WorkdaysBetween(%v, %v) = %d, %v; want %d", from, got, between, err, n)
			}
		}
	})
}
