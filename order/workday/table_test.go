package workday

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// dataDir is the folder gen.go reads by default.
const dataDir = "testdata/holidays"

type jsonDay struct {
	Date     string `json:"date"`
	IsOffDay bool   `json:"isOffDay"`
}

// readNotices reads every notice file of dataDir, keyed by notice year.
func readNotices(t *testing.T) map[int][]jsonDay {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dataDir, "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatalf("no holiday data in %s", dataDir)
	}
	out := make(map[int][]jsonDay)
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var doc struct {
			Year int       `json:"year"`
			Days []jsonDay `json:"days"`
		}
		if err := json.Unmarshal(raw, &doc); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		if len(doc.Days) > 0 {
			out[doc.Year] = doc.Days
		}
	}
	return out
}

// TestTableMatchesData checks every bit of every generated notice against the
// notice files, and the files against the bits.
func TestTableMatchesData(t *testing.T) {
	t.Parallel()
	notices := readNotices(t)
	if len(notices) != len(noticeTable) {
		t.Errorf("%d notices with days in the data, %d in the table", len(notices), len(noticeTable))
	}
	for i := range noticeTable {
		year := FirstYear + i
		days, ok := notices[year]
		if !ok {
			t.Errorf("table notice %d: no file with days", year)
			continue
		}
		var want notice
		for _, d := range days {
			date, err := time.Parse(time.DateOnly, d.Date)
			if err != nil {
				t.Fatal(err)
			}
			idx, err := spanIndex(year, date)
			if err != nil {
				t.Errorf("notice %d: %v", year, err)
				continue
			}
			if d.IsOffDay {
				want.off.set(idx)
			} else {
				want.work.set(idx)
			}
		}
		if diff := cmp.Diff(want, noticeTable[i], cmp.AllowUnexported(notice{})); diff != "" {
			t.Errorf("notice %d (-want +got):\n%s", year, diff)
		}
	}
}

// TestEveryDay walks every day of every known year through the public API and
// compares it with the notice files: a listed date has the listed status, any
// other date is a working day exactly when it is Monday to Friday.
func TestEveryDay(t *testing.T) {
	t.Parallel()
	notices := readNotices(t)
	listed := make(map[string]bool) // date → working day
	for _, days := range notices {
		for _, d := range days {
			if _, dup := listed[d.Date]; dup {
				t.Errorf("%s listed by two notices", d.Date)
			}
			listed[d.Date] = !d.IsOffDay
		}
	}
	cal := Default()
	first, last := cal.Years()
	loc := time.FixedZone("CST", 8*60*60)
	checked := 0
	for d := time.Date(first, time.January, 1, 0, 0, 0, 0, loc); d.Year() <= last; d = d.AddDate(0, 0, 1) {
		want, ok := listed[d.Format(time.DateOnly)]
		if !ok {
			want = d.Weekday() != time.Saturday && d.Weekday() != time.Sunday
		} else {
			checked++
		}
		got, err := cal.IsWorkday(d)
		if err != nil {
			t.Fatalf("IsWorkday(%s): %v", d.Format(time.DateOnly), err)
		}
		if got != want {
			t.Errorf("IsWorkday(%s) = %v, want %v", d.Format(time.DateOnly), got, want)
		}
	}
	// Every listed date of a known year was seen; those of an unknown year
	// (December before the first notice) are refused.
	for date := range listed {
		d, _ := time.ParseInLocation(time.DateOnly, date, loc)
		if cal.Known(d.Year()) {
			checked--
			continue
		}
		if _, err := cal.IsWorkday(d); !errors.Is(err, ErrUnknownYear) {
			t.Errorf("IsWorkday(%s) error %v, want ErrUnknownYear", date, err)
		}
	}
	if checked != 0 {
		t.Errorf("listed dates in known years seen by the walk and counted apart differ by %d", checked)
	}
}
