package order_test

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/beian-go/beian/order"
	"github.com/beian-go/beian/province"
	"github.com/beian-go/beian/sms"
)

// report stands in for a rules.Report.
type report struct{ errors int }

func (r report) OK() bool { return r.errors == 0 }

func ExampleMachine_Next() {
	m := order.Default()
	s, err := m.Next(order.Draft, order.Submit)
	fmt.Println(s, err)
	s, err = m.Next(order.Approved, order.Expire)
	fmt.Println(s, err, errors.Is(err, order.ErrIllegal))
	// Output:
	// provider_review <nil>
	// approved order: expire is not allowed in state approved true
}

func ExampleOrder_Apply() {
	t0 := time.Date(2026, 9, 28, 9, 0, 0, 0, order.China())
	o, _ := order.Order{}.Apply(order.Event{Seq: 1, OrderID: "A1", Time: t0, Actor: order.Customer, Type: order.Update, Province: "330000"}, order.Inputs{})
	submit := order.Event{Seq: 2, OrderID: "A1", Time: t0.Add(time.Hour), Actor: order.Customer, Type: order.Submit}

	// the rules report still has an error: the submission is refused
	_, err := o.Apply(submit, order.Inputs{Report: report{errors: 1}, MaterialsComplete: true})
	fmt.Println(err)
	fmt.Println(errors.Is(err, order.ErrReportHasErrors))

	o, err = o.Apply(submit, order.Inputs{Report: report{}, MaterialsComplete: true})
	fmt.Println(o.State, o.Version, err)
	// Output:
	// order: submit in state draft refused by guard submit_ready: order: the rules report has errors
	// true
	// provider_review 2 <nil>
}

func ExampleDeadlines() {
	// submitted on Wednesday 2026-09-30, the day before the National Day holiday
	submitted := time.Date(2026, 9, 30, 10, 0, 0, 0, order.China())
	o := order.Order{ID: "A1", State: order.ProviderReview, Version: 2, UpdatedAt: submitted, SubmittedAt: submitted}
	ds, err := order.Deadlines(o, submitted)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, d := range ds {
		fmt.Println(d.Rule, d.Due.Format("2006-01-02 15:04 Mon"))
	}
	// Output:
	// order.provider_review 2026-10-08 10:00 Thu
	// order.expiry 2026-11-14 10:00 Sat
}

func ExampleTick() {
	sent := time.Date(2026, 10, 13, 10, 0, 0, 0, order.China())
	o := order.Order{ID: "A1", State: order.AwaitingSMS, Version: 6, UpdatedAt: sent, LastEventAt: sent, SMSReceivedAt: sent}
	for _, e := range order.Tick(o, sent.Add(24*time.Hour)) {
		fmt.Println(e.Seq, e.Actor, e.Type)
	}
	// Output:
	// 7 system sms_timeout
}

func ExampleSMSResult() {
	o := order.Order{ID: "A1", State: order.AwaitingSMS, Version: 6}
	e := order.Event{Seq: 7, OrderID: "A1", Time: time.Date(2026, 10, 13, 11, 0, 0, 0, order.China()), Actor: order.Customer, Type: order.SMSVerified}
	_, err := o.Apply(e, order.Inputs{SMS: order.SMSResult(sms.Sent)})
	fmt.Println(errors.Is(err, order.ErrSMSNotVerified))
	o, err = o.Apply(e, order.Inputs{SMS: order.SMSResult(sms.Verified)})
	fmt.Println(o.State, err)
	// Output:
	// true
	// bureau_review <nil>
}

func ExampleObligations() {
	row, _ := province.Default().Lookup("江苏省")
	approved := time.Date(2026, 10, 30, 16, 0, 0, 0, order.China())
	opened := time.Date(2026, 11, 2, 9, 0, 0, 0, order.China())
	for _, ob := range order.Obligations(approved, opened, row, true) {
		due := "-"
		if !ob.Due.IsZero() {
			due = ob.Due.Format(time.DateOnly)
		}
		fmt.Println(ob.Rule, due, ob.Anchor, ob.Days)
	}
	// Output:
	// post.footer_number 2026-11-02 opening 0
	// post.footer_copyright 2026-11-02 opening 0
	// post.psb_filing 2026-12-02 opening 30
	// post.psb_footer - psb_approval 30
	// post.commercial_licence 2026-10-30 approval 0
	// post.resolve_mainland - approval 0
	// post.dns_after_sync - approval 0
}

func ExampleMemoryStore() {
	ctx := context.Background()
	s := order.NewMemoryStore()
	t0 := time.Date(2026, 9, 28, 9, 0, 0, 0, order.China())
	e := order.Event{Seq: 1, OrderID: "A1", Time: t0, Actor: order.Customer, Type: order.Update}
	fmt.Println(s.Append(ctx, "A1", 0, e))
	// a second writer that read the order before the first append
	err := s.Append(ctx, "A1", 0, e)
	fmt.Println(errors.Is(err, order.ErrConflict), err)
	// Output:
	// <nil>
	// true order: version conflict on order "A1": expected 0, stored 1
}

func ExampleService() {
	ctx := context.Background()
	svc := order.NewService(order.NewMemoryStore())
	t0 := time.Date(2026, 9, 28, 9, 0, 0, 0, order.China())
	if _, err := svc.Create(ctx, "A1", order.Event{Time: t0, Actor: order.Customer, Type: order.Update, Province: "330000"}); err != nil {
		fmt.Println(err)
		return
	}
	// The customer submits with a clean report; the ID makes a retry after
	// a lost reply harmless.
	submit := order.Event{ID: "req-42", Time: t0.Add(25 * time.Hour), Actor: order.Customer, Type: order.Submit}
	r, err := svc.Do(ctx, "A1", submit, order.Inputs{Report: report{}, MaterialsComplete: true})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Order.State, r.Order.Version)
	for _, d := range r.Deadlines {
		fmt.Println(d.Rule, d.Due.Format("2006-01-02 15:04"))
	}
	r, err = svc.Do(ctx, "A1", submit, order.Inputs{})
	fmt.Println(r.Order.Version, err)
	// Output:
	// provider_review 2
	// order.provider_review 2026-09-30 10:00
	// order.expiry 2026-11-13 10:00
	// 2 <nil>
}
