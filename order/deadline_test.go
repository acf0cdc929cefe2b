package order

import (
	"github.com/beian-go/beian/rule"

	"errors"
	"testing"
	"time"

	"github.com/beian-go/beian/order/workday"
	"github.com/beian-go/beian/province"
	"github.com/google/go-cmp/cmp"
)

// TestDeadlines: the clocks of each state, with due dates checked against
// the State Council notices of 2026 (National Day 10-01…10-07 off, Saturday
// 10-10 a make-up working day; Mid-Autumn Friday 09-25 off).
func TestDeadlines(t *testing.T) {
	base := Order{ID: "D", Province: "330000", Version: 3, CreatedAt: at(9, 28, 9), UpdatedAt: at(9, 28, 9)}
	variant := func(f func(*Order)) Order { return with(base, f) }
	expiry := Deadline{Rule: RuleExpiry, Start: at(9, 28, 9), Due: at(11, 12, 9), Source: rule.Guide2020("").String()}
	cases := []struct {
		name string
		o    Order
		now  time.Time
		want []Deadline
	}{
		// a draft: only the 45-day clock, 45 calendar days after the last update
		{"draft", variant(func(o *Order) { o.State = Draft }), at(10, 1, 0), []Deadline{expiry}},
		// submitted Wednesday 09-30 before the National Day holiday: the
		// review is due the first working day after it, Thursday 10-08
		{"review over National Day", variant(func(o *Order) { o.State = ProviderReview; o.SubmittedAt = at(9, 30, 10) }), at(10, 1, 0), []Deadline{
			{Rule: RuleProviderReview, Start: at(9, 30, 10), Due: at(10, 8, 10), Source: rule.Guide2020("").String()}, expiry}},
		// submitted Friday 10-09: due Saturday 10-10, a make-up working day
		{"review on a make-up Saturday", variant(func(o *Order) { o.State = ProviderReview; o.SubmittedAt = at(10, 9, 15) }), at(10, 10, 16), []Deadline{
			{Rule: RuleProviderReview, Start: at(10, 9, 15), Due: at(10, 10, 15), Overdue: true, Source: rule.Guide2020("").String()}, expiry}},
		// approved by the provider Thursday 09-24: Friday 09-25 is Mid-Autumn,
		// so the bureau submission is due Monday 09-28
		{"bureau submission over Mid-Autumn", variant(func(o *Order) { o.State = PendingBureauSubmission; o.ReadyAt = at(9, 24, 16) }), at(9, 25, 0), []Deadline{
			{Rule: RuleBureauSubmit, Start: at(9, 24, 16), Due: at(9, 28, 16), Source: rule.Guide2020("").String()}, expiry}},
		// mail received Tuesday 09-29: entered within 2 working days (09-30,
		// 10-08), then submitted within 1 more (10-09)
		{"mail", variant(func(o *Order) {
			o.State = PendingBureauSubmission
			o.MailRequested, o.MailReceivedAt, o.ReadyAt = true, at(9, 29, 14), at(9, 29, 14)
		}), at(10, 1, 0), []Deadline{
			{Rule: RuleMailProcessing, Start: at(9, 29, 14), Due: at(10, 8, 14), Source: rule.Guide2020("").String()},
			{Rule: RuleBureauSubmit, Start: at(10, 8, 14), Due: at(10, 9, 14), Source: rule.Guide2020("").String()}, expiry}},
		// the SMS window: 24 hours, working days or not
		{"sms", variant(func(o *Order) { o.State = AwaitingSMS; o.SMSReceivedAt = at(10, 1, 10) }), at(10, 2, 10), []Deadline{
			{Rule: RuleSMSWindow, Start: at(10, 1, 10), Due: at(10, 2, 10), Overdue: true, Source: rule.Guide2020("").String()}, expiry}},
		// bureau review in Zhejiang (duration unknown: 20 working days) from
		// Tuesday 10-13: four full weeks and two days, 11-10
		{"bureau review", variant(func(o *Order) { o.State = BureauReview; o.BureauReviewAt = at(10, 13, 12) }), at(10, 14, 0), []Deadline{
			{Rule: RuleBureauReview, Start: at(10, 13, 12), Due: at(11, 10, 12), Source: rule.Guide2020("").String()}, expiry}},
		// the expiry is overdue 45 days after the update, to the second
		{"expiry overdue", variant(func(o *Order) { o.State = Rejected }), at(11, 12, 9), []Deadline{
			{Rule: RuleExpiry, Start: at(9, 28, 9), Due: at(11, 12, 9), Overdue: true, Source: rule.Guide2020("").String()}}},
		// terminal states run no clock
		{"approved", variant(func(o *Order) { o.State = Approved }), at(10, 1, 0), nil},
		{"expired", variant(func(o *Order) { o.State = Expired }), at(10, 1, 0), nil},
	}
	for _, c := range cases {
		got, err := Deadlines(c.o, c.now)
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", c.name, diff)
		}
	}
}

// TestDeadlinesAgreeWithCalendar: each working-day clock spans exactly its
// number of working days by the calendar's own count.
func TestDeadlinesAgreeWithCalendar(t *testing.T) {
	cal := workday.Default()
	for day := 1; day <= 30; day++ {
		start := time.Date(2026, time.September, day, 11, 0, 0, 0, China())
		o := Order{ID: "W", State: BureauReview, Version: 9, UpdatedAt: start, BureauReviewAt: start}
		ds, err := Deadlines(o, start)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range ds {
			if d.Rule != RuleBureauReview {
				continue
			}
			n, err := cal.WorkdaysBetween(d.Start, d.Due)
			if err != nil || n != province.DefaultReviewDays {
				t.Errorf("%v → %v: %d working days, %v", d.Start, d.Due, n, err)
			}
		}
	}
}

// TestDeadlinesProvinceDays: a province row with a known review duration is
// used; the source of the duration is reported.
func TestDeadlinesProvinceDays(t *testing.T) {
	row, ok := province.Default().Lookup("浙江省")
	if !ok {
		t.Fatal("浙江省 not found")
	}
	row.ReviewDays, row.ReviewDaysKnown, row.Sources.ReviewDays = 5, true, rule.Source{Title: "host notice"}
	p := DefaultPlanner()
	p.Provinces = province.Default().With(row)
	o := Order{ID: "P", Province: "330000", State: BureauReview, Version: 9, UpdatedAt: at(10, 13, 12), BureauReviewAt: at(10, 13, 12)}
	ds, err := p.Deadlines(o, at(10, 13, 12))
	if err != nil {
		t.Fatal(err)
	}
	// 10-14, 15, 16, 19, 20
	want := Deadline{Rule: RuleBureauReview, Start: at(10, 13, 12), Due: at(10, 20, 12), Source: "host notice"}
	if diff := cmp.Diff(want, ds[0]); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestDeadlinesEstimated: a clock that runs into a year without a known
// holiday notice is estimated on weekends alone and marked; with the notice
// in the calendar it is exact. A date before the calendar's first year is
// still an error.
func TestDeadlinesEstimated(t *testing.T) {
	// bureau review from Sunday 2026-12-20: 20 working days reach January
	// 2027, whose notice the shipped calendar does not hold (it ends with
	// workday.LastYear = 2026).
	o := Order{ID: "Y", State: BureauReview, Version: 9, UpdatedAt: at(12, 20, 12), BureauReviewAt: at(12, 20, 12)}
	ds, err := Deadlines(o, at(12, 20, 12))
	if err != nil {
		t.Fatal(err)
	}
	// 12-21 … 12-31: 9 working days; 2027-01-01 … 01-15: 11 more on weekdays alone
	want := []Deadline{
		{Rule: RuleBureauReview, Start: at(12, 20, 12), Due: time.Date(2027, 1, 15, 12, 0, 0, 0, China()), Source: rule.Guide2020("").String(), Estimated: true},
		{Rule: RuleExpiry, Start: at(12, 20, 12), Due: at(12, 20, 12).Add(45 * 24 * time.Hour), Source: rule.Guide2020("").String()},
	}
	if diff := cmp.Diff(want, ds); diff != "" {
		t.Errorf("estimated (-want +got):\n%s", diff)
	}
	// The notice arrives: New Year's Day 2027 off. The clock moves one
	// working day on and is no longer an estimate.
	p := DefaultPlanner()
	if p.Calendar, err = p.Calendar.With(2027, []time.Time{time.Date(2027, 1, 1, 0, 0, 0, 0, China())}, nil); err != nil {
		t.Fatal(err)
	}
	ds, err = p.Deadlines(o, at(12, 20, 12))
	if err != nil {
		t.Fatal(err)
	}
	want[0].Due, want[0].Estimated = time.Date(2027, 1, 18, 12, 0, 0, 0, China()), false
	if diff := cmp.Diff(want, ds); diff != "" {
		t.Errorf("with the 2027 notice (-want +got):\n%s", diff)
	}
	// before the first year of the calendar: an error, the expiry with it
	o = Order{ID: "Y", State: ProviderReview, Version: 2, UpdatedAt: at(1, 1, 0), SubmittedAt: time.Date(2001, 1, 5, 0, 0, 0, 0, China())}
	ds, err = Deadlines(o, at(12, 20, 12))
	if !errors.Is(err, workday.ErrUnknownYear) {
		t.Errorf("error %v; want workday.ErrUnknownYear", err)
	}
	if len(ds) != 1 || ds[0].Rule != RuleExpiry {
		t.Errorf("deadlines with the error: %+v", ds)
	}
}

// TestDeadlinesOverlay: the vendor-kb-2025 overlay adds reminders at 7, 15
// and 30 days and restarts the 45-day clock at every step.
func TestDeadlinesOverlay(t *testing.T) {
	p := DefaultPlanner()
	p.Overlay = true
	o := Order{ID: "O", State: Draft, Version: 1, UpdatedAt: at(9, 1, 9), StateSince: at(9, 1, 9)}
	ds, err := p.Deadlines(o, at(9, 20, 9))
	if err != nil {
		t.Fatal(err)
	}
	src := rule.VendorKB2025("").String()
	want := []Deadline{
		{Rule: RuleExpiry, Start: at(9, 1, 9), Due: at(9, 8, 9), Overdue: true, Reminder: 7, Source: src},
		{Rule: RuleExpiry, Start: at(9, 1, 9), Due: at(9, 16, 9), Overdue: true, Reminder: 15, Source: src},
		{Rule: RuleExpiry, Start: at(9, 1, 9), Due: at(10, 1, 9), Reminder: 30, Source: src},
		{Rule: RuleExpiry, Start: at(9, 1, 9), Due: at(10, 16, 9), Source: rule.Guide2020("").String()},
	}
	if diff := cmp.Diff(want, ds); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	// a step on 09-10 restarts the clock under the overlay only
	o.State, o.StateSince, o.SubmittedAt = ProviderReview, at(9, 10, 9), at(9, 10, 9)
	if got := p.Tick(o, at(10, 16, 9)); len(got) != 0 {
		t.Errorf("overlay Tick expired a restarted clock: %v", got)
	}
	if got := Tick(o, at(10, 16, 9)); len(got) != 1 || got[0].Type != Expire {
		t.Errorf("seed Tick = %v; want expire", got)
	}
}

// TestTick: the automatic events due, in order, numbered after the order's
// last event.
func TestTick(t *testing.T) {
	sms := Order{ID: "T", State: AwaitingSMS, Version: 6, UpdatedAt: at(9, 1, 9), LastEventAt: at(10, 13, 10), SMSReceivedAt: at(10, 13, 10)}
	cases := []struct {
		name string
		o    Order
		now  time.Time
		want []EventType
	}{
		// one second before the window closes: nothing
		{"sms open", sms, at(10, 14, 10).Add(-time.Second), nil},
		// the window closed: returned
		{"sms closed", sms, at(10, 14, 10), []EventType{SMSTimeout}},
		// window closed and 45 days passed (09-01 + 45 d = 10-16): returned, then expired
		{"sms and expiry", sms, at(10, 16, 9), []EventType{SMSTimeout, Expire}},
		// 45 days since the update passed before the window closed: only expire
		{"expiry first", with(sms, func(o *Order) { o.SMSReceivedAt = at(10, 16, 8) }), at(10, 18, 0), []EventType{Expire}},
		// a draft one second before 45 days: nothing
		{"draft early", Order{ID: "T", State: Draft, Version: 1, UpdatedAt: at(9, 1, 9), LastEventAt: at(9, 1, 9)}, at(10, 16, 9).Add(-time.Second), nil},
		// approved orders never expire
		{"approved", Order{ID: "T", State: Approved, Version: 9, UpdatedAt: at(1, 1, 9)}, at(12, 31, 0), nil},
	}
	for _, c := range cases {
		got := Tick(c.o, c.now)
		var types []EventType
		for i, e := range got {
			types = append(types, e.Type)
			if e.Seq != c.o.Version+uint64(i)+1 || e.Actor != System || !e.Time.Equal(c.now) || e.OrderID != c.o.ID {
				t.Errorf("%s: event %+v", c.name, e)
			}
		}
		if diff := cmp.Diff(c.want, types); diff != "" {
			t.Errorf("%s (-want +got):\n%s", c.name, diff)
		}
		// the events apply in order
		o := c.o
		for _, e := range got {
			var err error
			if o, err = o.Apply(e, Inputs{}); err != nil {
				t.Errorf("%s: %v", c.name, err)
			}
		}
	}
}

func with(o Order, f func(*Order)) Order { f(&o); return o }
