package workday

import (
	"bytes"
	"encoding/json"
	"fmt"
	"time"
)

// Limits of [ParseNotice]: a notice file larger than MaxNoticeSize bytes or
// listing more than MaxNoticeDays days is refused. The notices of 2007–2026
// are under 6 KiB and list at most 40 days.
const (
	MaxNoticeSize = 64 << 10
	MaxNoticeDays = 397 // every day of a December and a leap year
)

// Notice is one year's holiday notice of the State Council
// (国务院办公厅关于…部分节假日安排的通知), as published each November or
// December for the following year.
type Notice struct {
	// Year is the year the notice is for.
	Year int
	// Papers are the addresses of the notice's text.
	Papers []string
	// Off are the days the notice declares off; Work the make-up working
	// days (调休). Each is midnight UTC of its date; a notice may list days
	// of the December before Year.
	Off, Work []time.Time
}

// noticeJSON is the holiday-cn JSON format of one notice file
// (https://github.com/NateScarlet/holiday-cn), the format of the files the
// shipped tables are generated from.
type noticeJSON struct {
	Year   int      `json:"year"`
	Papers []string `json:"papers"`
	Days   []struct {
		Name     string `json:"name"`
		Date     string `json:"date"`
		IsOffDay *bool  `json:"isOffDay"`
	} `json:"days"`
}

// ParseNotice reads one notice in the holiday-cn JSON format:
//
//	{"year": 2027, "papers": ["https://www.gov.cn/…"],
//	 "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": true}, …]}
//
// isOffDay false marks a make-up working day. Other members (such as
// "$schema") are ignored. Errors are [*NoticeError] values wrapping
// [ErrInvalidNotice]: input over [MaxNoticeSize] bytes or with more than
// [MaxNoticeDays] days, malformed JSON, a year outside 1900–9999, a date
// that is not YYYY-MM-DD, outside the year and the December before it,
// listed twice or without isOffDay, and a notice without any day (not yet
// published).
func ParseNotice(data []byte) (Notice, error) {
	if len(data) > MaxNoticeSize {
		return Notice{}, &NoticeError{Reason: fmt.Sprintf("notice of %d bytes, over the limit of %d", len(data), MaxNoticeSize)}
	}
	var raw noticeJSON
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&raw); err != nil {
		return Notice{}, &NoticeError{Reason: "malformed JSON: " + err.Error()}
	}
	if dec.More() {
		return Notice{}, &NoticeError{Reason: "data after the JSON object"}
	}
	y := raw.Year
	switch {
	case y < 1900 || y > 9999:
		return Notice{}, &NoticeError{Year: y, Reason: "year outside 1900–9999"}
	case len(raw.Days) == 0:
		return Notice{}, &NoticeError{Year: y, Reason: "no days (the notice is not published yet)"}
	case len(raw.Days) > MaxNoticeDays:
		return Notice{}, &NoticeError{Year: y, Reason: fmt.Sprintf("%d days, over the limit of %d", len(raw.Days), MaxNoticeDays)}
	}
	n := Notice{Year: y, Papers: raw.Papers}
	var seen span
	for _, d := range raw.Days {
		t, err := time.Parse(time.DateOnly, d.Date)
		if err != nil {
			return Notice{}, &NoticeError{Year: y, Date: fmt.Sprintf("%.20q", d.Date), Reason: "not a date YYYY-MM-DD"}
		}
		i, err := spanIndex(y, t)
		if err != nil {
			return Notice{}, err
		}
		switch {
		case seen.has(i):
			return Notice{}, &NoticeError{Year: y, Date: d.Date, Reason: "date listed twice"}
		case d.IsOffDay == nil:
			return Notice{}, &NoticeError{Year: y, Date: d.Date, Reason: "isOffDay missing"}
		}
		seen.set(i)
		if *d.IsOffDay {
			n.Off = append(n.Off, t)
		} else {
			n.Work = append(n.Work, t)
		}
	}
	return n, nil
}

// WithNotice is [Calendar.With] for a parsed notice:
//
//	n, err := workday.ParseNotice(data) // the holiday-cn file of next year
//	…
//	cal, err = cal.WithNotice(n)
func (c Calendar) WithNotice(n Notice) (Calendar, error) {
	return c.With(n.Year, n.Off, n.Work)
}
