package workday_test

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/beian-go/beian/order/workday"
)

// TestParseNotice: commented cases of the holiday-cn format.
func TestParseNotice(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, json string
		off, work  int
		wantErr    bool
	}{
		// a notice as upstream publishes it, with its $schema member
		{"full", `{"$schema":"x","year":2027,"papers":["https://www.gov.cn/"],"days":[
			{"name":"元旦","date":"2027-01-01","isOffDay":true},
			{"name":"春节","date":"2027-02-06","isOffDay":false}]}`, 1, 1, false},
		// a December day of the year before is part of the notice
		{"december before", `{"year":2027,"days":[{"date":"2026-12-31","isOffDay":true}]}`, 1, 0, false},
		// not yet published: upstream ships an empty list
		{"empty", `{"year":2027,"papers":[],"days":[]}`, 0, 0, true},
		{"no year", `{"days":[{"date":"2027-01-01","isOffDay":true}]}`, 0, 0, true},
		{"bad date", `{"year":2027,"days":[{"date":"2027-13-01","isOffDay":true}]}`, 0, 0, true},
		{"other year", `{"year":2027,"days":[{"date":"2025-01-01","isOffDay":true}]}`, 0, 0, true},
		{"twice", `{"year":2027,"days":[{"date":"2027-01-01","isOffDay":true},{"date":"2027-01-01","isOffDay":false}]}`, 0, 0, true},
		{"no isOffDay", `{"year":2027,"days":[{"date":"2027-01-01"}]}`, 0, 0, true},
		{"broken JSON", `{"year":2027,"days":[`, 0, 0, true},
		{"trailing data", `{"year":2027,"days":[{"date":"2027-01-01","isOffDay":true}]} {}`, 0, 0, true},
		{"wrong type", `{"year":"2027"}`, 0, 0, true},
	}
	for _, tt := range tests {
		n, err := workday.ParseNotice([]byte(tt.json))
		if tt.wantErr {
			if !errors.Is(err, workday.ErrInvalidNotice) {
				t.Errorf("%s: error %v, want ErrInvalidNotice", tt.name, err)
			}
			continue
		}
		if err != nil || n.Year != 2027 || len(n.Off) != tt.off || len(n.Work) != tt.work {
			t.Errorf("%s: %+v, %v", tt.name, n, err)
		}
	}
	big := make([]byte, workday.MaxNoticeSize+1)
	if _, err := workday.ParseNotice(big); !errors.Is(err, workday.ErrInvalidNotice) {
		t.Errorf("oversized input: %v", err)
	}
}

// TestShippedNotices walks every shipped notice file: parsed at run time and
// added to a calendar, it gives the same answer as the generated tables on
// every day of its year.
func TestShippedNotices(t *testing.T) {
	t.Parallel()
	def := workday.Default()
	var cal workday.Calendar
	for y := workday.FirstYear; y <= workday.LastYear; y++ {
		data, err := os.ReadFile(filepath.Join("testdata", "holidays", strconv.Itoa(y)+".json"))
		if err != nil {
			t.Fatal(err)
		}
		n, err := workday.ParseNotice(data)
		if err != nil {
			t.Fatalf("%d: %v", y, err)
		}
		if cal, err = cal.WithNotice(n); err != nil {
			t.Fatalf("%d: %v", y, err)
		}
	}
	for d := time.Date(workday.FirstYear, 1, 1, 0, 0, 0, 0, time.UTC); d.Year() <= workday.LastYear; d = d.AddDate(0, 0, 1) {
		want, err1 := def.IsWorkday(d)
		got, err2 := cal.IsWorkday(d)
		if got != want || err1 != nil || err2 != nil {
			t.Fatalf("%s: loaded %v, %v; shipped %v, %v", d.Format(time.DateOnly), got, err2, want, err1)
		}
	}
	// the file of the year not yet published is refused, not read as a year
	// without holidays
	data, err := os.ReadFile(filepath.Join("testdata", "holidays", strconv.Itoa(workday.LastYear+1)+".json"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := workday.ParseNotice(data); !errors.Is(err, workday.ErrInvalidNotice) {
		t.Errorf("empty notice of %d: %v", workday.LastYear+1, err)
	}
}

// TestEstimate: a count that runs past the last known year is estimated on
// weekends alone and flagged; adding the notice replaces the estimate.
func TestEstimate(t *testing.T) {
	t.Parallel()
	cal := workday.Default()
	cst := time.FixedZone("CST", 8*60*60)
	date := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 10, 0, 0, 0, cst) }
	last := workday.LastYear
	tests := []struct {
		from      time.Time
		n         int
		want      time.Time
		estimated bool
	}{
		// inside the known years: the same as AddWorkdays, not estimated
		{date(2026, 9, 30), 1, date(2026, 10, 8), false},
		// Thursday 31 December of the last known year + 1: Friday 1 January
		// of the next year, a holiday every year, but not known yet
		{date(last, 12, 31), 1, date(last+1, 1, 1), true},
		// from inside the unknown year: weekends only
		{date(last+1, 1, 1), 5, date(last+1, 1, 8), true},
		// counting back into the known years from an unknown one
		{date(last+1, 1, 4), -1, date(last+1, 1, 1), true},
	}
	for _, tt := range tests {
		got, est, err := cal.Estimate(tt.from, tt.n)
		if err != nil || !got.Equal(tt.want) || est != tt.estimated {
			t.Errorf("Estimate(%v, %d) = %v, %v, %v; want %v, %v", tt.from, tt.n, got, est, err, tt.want, tt.estimated)
		}
		if !tt.estimated {
			if exact, err := cal.AddWorkdays(tt.from, tt.n); err != nil || !exact.Equal(got) {
				t.Errorf("AddWorkdays(%v, %d) = %v, %v; Estimate %v", tt.from, tt.n, exact, err, got)
			}
		}
	}
	// once the next year's notice is known, its New Year holiday counts
	next, err := cal.With(last+1, []time.Time{date(last+1, 1, 1)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	got, est, err := next.Estimate(date(last, 12, 31), 1)
	if err != nil || est || !got.Equal(date(last+1, 1, 4)) {
		t.Errorf("with the notice: %v, %v, %v; want %v, not estimated", got, est, err, date(last+1, 1, 4))
	}
	// years before the first known one stay unknown; counts are bounded
	if _, _, err := cal.Estimate(date(workday.FirstYear-1, 6, 1), 1); !errors.Is(err, workday.ErrUnknownYear) {
		t.Errorf("before the first year: %v", err)
	}
	if _, _, err := cal.Estimate(date(2026, 1, 5), workday.MaxEstimate+1); !errors.Is(err, workday.ErrUnknownYear) {
		t.Errorf("count beyond MaxEstimate: %v", err)
	}
	if _, err := cal.AddWorkdays(date(last, 12, 31), 1); !errors.Is(err, workday.ErrUnknownYear) {
		t.Errorf("AddWorkdays still refuses to guess: %v", err)
	}
}
