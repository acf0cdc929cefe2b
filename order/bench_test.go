package order

import (
	"testing"
	"time"
)

func BenchmarkNext(b *testing.B) {
	m := Default()
	b.ReportAllocs()
	var s State
	for b.Loop() {
		s, _ = m.Next(PendingBureauSubmission, SubmitToBureau)
	}
	if s != AwaitingSMS {
		b.Fatal(s)
	}
}

// log1000 is a log of 1,000 events: rounds of submission, review, SMS and
// rejection, each followed by a correction.
func log1000(b *testing.B) []Event {
	t0 := time.Date(2026, 1, 5, 9, 0, 0, 0, China())
	events := []Event{{Seq: 1, OrderID: "B", Time: t0, Actor: Customer, Type: Update, Province: "330000"}}
	round := []struct {
		a   Actor
		typ EventType
		why string
	}{
		{Customer, Submit, ""}, {Provider, RequestMail, ""}, {Provider, MailReceived, ""},
		{Provider, SubmitToBureau, ""}, {Customer, SMSVerified, ""}, {Bureau, BureauReject, "名称不符"},
		{Customer, Update, "网站名称"},
	}
	for i := 0; len(events) < 1000; i++ {
		r := round[i%len(round)]
		n := len(events)
		events = append(events, Event{Seq: uint64(n + 1), OrderID: "B", Time: t0.Add(time.Duration(n) * time.Minute), Actor: r.a, Type: r.typ, Reason: r.why})
	}
	if _, err := Replay(events); err != nil {
		b.Fatal(err)
	}
	return events
}

func BenchmarkReplay1000(b *testing.B) {
	events := log1000(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Replay(events); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkApply(b *testing.B) {
	o, err := Replay(log1000(b)[:1])
	if err != nil {
		b.Fatal(err)
	}
	e := Event{Seq: 2, OrderID: "B", Time: o.LastEventAt.Add(time.Hour), Actor: Customer, Type: Submit}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := o.Apply(e, ready); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDeadlines(b *testing.B) {
	o := Order{ID: "B", State: BureauReview, Province: "330000", Version: 9, UpdatedAt: at(10, 13, 12), BureauReviewAt: at(10, 13, 12)}
	p := DefaultPlanner()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := p.Deadlines(o, at(10, 14, 0)); err != nil {
			b.Fatal(err)
		}
	}
}
