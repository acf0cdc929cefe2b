package workday_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/beian-go/beian/order/workday"
)

func ExampleCalendar_IsWorkday() {
	cal := workday.Default()
	cst := time.FixedZone("CST", 8*60*60)
	for _, d := range []time.Time{
		time.Date(2026, time.October, 1, 9, 0, 0, 0, cst),  // National Day
		time.Date(2026, time.October, 10, 9, 0, 0, 0, cst), // Saturday, make-up working day
		time.Date(2026, time.October, 11, 9, 0, 0, 0, cst), // ordinary Sunday
	} {
		ok, err := cal.IsWorkday(d)
		fmt.Println(d.Format("2006-01-02 Mon"), ok, err)
	}
	// Output:
	// 2026-10-01 Thu false <nil>
	// 2026-10-10 Sat true <nil>
	// 2026-10-11 Sun false <nil>
}

func ExampleCalendar_AddWorkdays() {
	cal := workday.Default()
	cst := time.FixedZone("CST", 8*60*60)
	submitted := time.Date(2026, time.September, 30, 16, 30, 0, 0, cst)
	review, err := cal.AddWorkdays(submitted, 1) // order.provider_review
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(review.Format("2006-01-02 Mon 15:04"))
	// Output:
	// 2026-10-08 Thu 16:30
}

func ExampleCalendar_WorkdaysBetween() {
	cal := workday.Default()
	cst := time.FixedZone("CST", 8*60*60)
	a := time.Date(2026, time.September, 30, 0, 0, 0, 0, cst)
	b := time.Date(2026, time.October, 10, 0, 0, 0, 0, cst)
	n, err := cal.WorkdaysBetween(a, b)
	fmt.Println(n, err)
	// Output:
	// 3 <nil>
}

func ExampleCalendar_With() {
	cst := time.FixedZone("CST", 8*60*60)
	date := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, cst) }

	cal := workday.Default()
	_, last := cal.Years()
	year := last + 1
	_, err := cal.IsWorkday(date(year, time.January, 1))
	fmt.Println(errors.Is(err, workday.ErrUnknownYear))

	// A host adds the notice of the next year as soon as it is published.
	next, err := cal.With(year,
		[]time.Time{date(year, time.January, 1)}, // off
		nil,                                      // no make-up working day
	)
	if err != nil {
		fmt.Println(err)
		return
	}
	ok, err := next.IsWorkday(date(year, time.January, 1))
	fmt.Println(next.Known(year), ok, err)
	fmt.Println(cal.Known(year)) // the original is unchanged
	// Output:
	// true
	// true false <nil>
	// false
}

func ExampleParseNotice() {
	// The notice of the year after the shipped ones, as a host receives it
	// in the holiday-cn format.
	data := []byte(`{"year": 2027, "papers": [], "days": [
		{"name": "元旦", "date": "2027-01-01", "isOffDay": true}]}`)
	cst := time.FixedZone("CST", 8*60*60)
	eve := time.Date(2026, time.December, 31, 9, 0, 0, 0, cst)

	cal := workday.Default()
	due, estimated, err := cal.Estimate(eve, 1)
	fmt.Println(due.Format(time.DateOnly), estimated, err)

	n, err := workday.ParseNotice(data)
	if err != nil {
		fmt.Println(err)
		return
	}
	if cal, err = cal.WithNotice(n); err != nil {
		fmt.Println(err)
		return
	}
	due, estimated, err = cal.Estimate(eve, 1)
	fmt.Println(due.Format(time.DateOnly), estimated, err)
	// Output:
	// 2027-01-01 true <nil>
	// 2027-01-04 false <nil>
}
