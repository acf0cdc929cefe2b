package workday_test

import (
	"testing"
	"time"

	"github.com/beian-go/beian/order/workday"
)

func BenchmarkAddWorkdays20(b *testing.B) {
	cal := workday.Default()
	t := time.Date(2026, time.September, 25, 10, 0, 0, 0, shanghai) // over National Day
	b.ReportAllocs()
	for b.Loop() {
		if _, err := cal.AddWorkdays(t, 20); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkIsWorkday(b *testing.B) {
	cal := workday.Default()
	t := time.Date(2026, time.October, 10, 10, 0, 0, 0, shanghai)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := cal.IsWorkday(t); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkWorkdaysBetweenYear(b *testing.B) {
	cal := workday.Default()
	from := time.Date(2025, time.October, 10, 10, 0, 0, 0, shanghai)
	to := time.Date(2026, time.October, 10, 10, 0, 0, 0, shanghai)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := cal.WorkdaysBetween(from, to); err != nil {
			b.Fatal(err)
		}
	}
}
