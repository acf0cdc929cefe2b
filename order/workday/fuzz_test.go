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

// FuzzParseNotice feeds arbitrary bytes as a notice file: the parser never
// panics, fails only with ErrInvalidNotice, and a notice it accepts is
// accepted by Calendar.With and answers for every date it lists.
func FuzzParseNotice(f *testing.F) {
	f.Add([]byte(`{"year":2027,"papers":[],"days":[]}`))
	f.Add([]byte(`{"year":2027,"days":[{"name":"元旦","date":"2027-01-01","isOffDay":true},{"name":"春节","date":"2027-02-06","isOffDay":false}]}`))
	f.Add([]byte(`{"year":2019,"days":[{"name":"元旦","date":"2018-12-29","isOffDay":false},{"name":"元旦","date":"2018-12-31","isOffDay":true}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		n, err := workday.ParseNotice(data)
		if err != nil {
			if !errors.Is(err, workday.ErrInvalidNotice) {
				t.Fatalf("ParseNotice: %v", err)
			}
			return
		}
		var cal workday.Calendar
		cal, err = cal.WithNotice(n)
		if err != nil {
			t.Fatalf("WithNotice(%+v): %v", n, err)
		}
		for _, d := range n.Off {
			if d.Year() == n.Year {
				if ok, err := cal.IsWorkday(d); err != nil || ok {
					t.Fatalf("off day %v: %v, %v", d, ok, err)
				}
			}
		}
		for _, d := range n.Work {
			if d.Year() == n.Year {
				if ok, err := cal.IsWorkday(d); err != nil || !ok {
					t.Fatalf("working day %v: %v, %v", d, ok, err)
				}
			}
		}
	})
}
