package order

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/sms"
	"github.com/google/go-cmp/cmp"
)

// report is a rules report stand-in.
type report bool

func (r report) OK() bool { return bool(r) }

// ready are the inputs that pass every guard.
var ready = Inputs{Report: report(true), MaterialsComplete: true, SMS: SMSResult(sms.Verified)}

// at returns 2026-09-dd hh:00 in China Standard Time.
func at(month time.Month, day, hour int) time.Time {
	return time.Date(2026, month, day, hour, 0, 0, 0, China())
}

// builder appends events to an order, failing the test on any error.
type builder struct {
	t      *testing.T
	o      Order
	events []Event
}

func newBuilder(t *testing.T, id, province string, created time.Time) *builder {
	b := &builder{t: t}
	b.do(Event{Time: created, Actor: Customer, Type: Update, Province: province, OrderID: id})
	return b
}

func (b *builder) do(e Event) *builder {
	b.t.Helper()
	e.Seq = b.o.Version + 1
	if e.OrderID == "" {
		e.OrderID = b.o.ID
	}
	o, err := b.o.Apply(e, ready)
	if err != nil {
		b.t.Fatalf("Apply(%s at %v) in %s: %v", e.Type, e.Time, b.o.State, err)
	}
	b.o = o
	b.events = append(b.events, e)
	return b
}

func (b *builder) ev(t time.Time, a Actor, typ EventType, reason string) *builder {
	b.t.Helper()
	return b.do(Event{Time: t, Actor: a, Type: typ, Reason: reason})
}

// firstFiling is a first filing with mail, a bureau rejection, a correction
// and approval.
func firstFiling(t *testing.T) *builder {
	b := newBuilder(t, "A1", "330000", at(9, 28, 9))
	b.ev(at(9, 29, 10), Customer, Update, "网站信息")
	b.ev(at(9, 30, 10), Customer, Submit, "")
	b.ev(at(10, 8, 9), Provider, RequestMail, "请邮寄核验单")
	b.ev(at(10, 12, 15), Provider, MailReceived, "")
	b.ev(at(10, 13, 10), Provider, SubmitToBureau, "")
	b.ev(at(10, 13, 20), Customer, SMSVerified, "")
	b.ev(at(10, 20, 11), Bureau, BureauReject, "网站名称与域名不符")
	b.ev(at(10, 21, 9), Customer, Update, "网站名称")
	b.ev(at(10, 21, 10), Customer, Submit, "")
	b.ev(at(10, 22, 9), Provider, ProviderApprove, "")
	b.ev(at(10, 22, 10), Provider, SubmitToBureau, "")
	b.ev(at(10, 22, 12), Customer, SMSVerified, "")
	b.ev(at(10, 30, 16), Bureau, BureauApprove, "")
	return b
}

// TestApplyFirstFiling follows a whole order and checks the order it
// builds, field by field, and that its replay is the same order.
func TestApplyFirstFiling(t *testing.T) {
	b := firstFiling(t)
	want := Order{
		ID: "A1", Province: "330000", State: Approved, Version: 14,
		CreatedAt: at(9, 28, 9), UpdatedAt: at(10, 30, 16), StateSince: at(10, 30, 16), LastEventAt: at(10, 30, 16),
		SubmittedAt: at(10, 21, 10), ReadyAt: at(10, 22, 9),
		SMSReceivedAt: at(10, 22, 10), BureauReviewAt: at(10, 22, 12), ApprovedAt: at(10, 30, 16),
		Rejections: []Rejection{{Time: at(10, 20, 11), Actor: Bureau, Reason: "网站名称与域名不符"}},
	}
	if diff := cmp.Diff(want, b.o); diff != "" {
		t.Errorf("order (-want +got):\n%s", diff)
	}
	got, err := Replay(b.events)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(b.o, got); diff != "" {
		t.Errorf("replay (-want +got):\n%s", diff)
	}
}

// TestApplyImmutable: applying to an order leaves the receiver and its
// rejections untouched.
func TestApplyImmutable(t *testing.T) {
	b := newBuilder(t, "A2", "", at(9, 1, 9)).ev(at(9, 1, 10), Customer, Submit, "")
	b.ev(at(9, 2, 10), Provider, ProviderReject, "first")
	b.ev(at(9, 2, 11), Customer, Resubmit, "")
	before := b.o
	beforeRej := append([]Rejection(nil), before.Rejections...)
	// two different rejections from the same order value
	x, err := before.Apply(Event{Seq: 5, OrderID: "A2", Time: at(9, 3, 9), Actor: Provider, Type: ProviderReject, Reason: "x"}, Inputs{})
	if err != nil {
		t.Fatal(err)
	}
	y, err := before.Apply(Event{Seq: 5, OrderID: "A2", Time: at(9, 3, 9), Actor: Provider, Type: ProviderReject, Reason: "y"}, Inputs{})
	if err != nil {
		t.Fatal(err)
	}
	if x.Rejections[1].Reason != "x" || y.Rejections[1].Reason != "y" {
		t.Errorf("rejections share storage: %v, %v", x.Rejections, y.Rejections)
	}
	if diff := cmp.Diff(beforeRej, before.Rejections); diff != "" || before.State != ProviderReview {
		t.Errorf("receiver changed (-want +got):\n%s", diff)
	}
}

// TestGuards: each guard refuses with its reason, and the order is
// unchanged.
func TestGuards(t *testing.T) {
	draft := newBuilder(t, "G", "", at(9, 1, 9)).o
	pending := Order{ID: "G", State: PendingBureauSubmission, Version: 5, LastEventAt: at(9, 2, 9), MailRequested: true}
	sent := Order{ID: "G", State: AwaitingSMS, Version: 6, LastEventAt: at(9, 2, 9)}
	cases := []struct {
		name string
		o    Order
		e    EventType
		a    Actor
		in   Inputs
		want error
	}{
		// no report at all counts as not checked
		{"no report", draft, Submit, Customer, Inputs{MaterialsComplete: true}, ErrReportHasErrors},
		// a report with errors
		{"report errors", draft, Submit, Customer, Inputs{Report: report(false), MaterialsComplete: true}, ErrReportHasErrors},
		// a clean report but a material missing
		{"materials", draft, Submit, Customer, Inputs{Report: report(true)}, ErrMaterialsIncomplete},
		// mail asked for and not received
		{"mail", pending, SubmitToBureau, Provider, Inputs{}, ErrMailNotReceived},
		// no SMS session
		{"no sms", sent, SMSVerified, Customer, Inputs{}, ErrSMSNotVerified},
		// a session still waiting
		{"sms sent", sent, SMSVerified, Customer, Inputs{SMS: SMSResult(sms.Sent)}, ErrSMSNotVerified},
		// a failed session
		{"sms failed", sent, SMSVerified, System, Inputs{SMS: SMSResult(sms.Failed)}, ErrSMSNotVerified},
	}
	for _, c := range cases {
		e := Event{Seq: c.o.Version + 1, OrderID: "G", Time: at(9, 3, 9), Actor: c.a, Type: c.e}
		got, err := c.o.Apply(e, c.in)
		var ge *GuardError
		if !errors.As(err, &ge) || !errors.Is(err, c.want) || !errors.Is(err, ErrGuard) || ge.Event != c.e {
			t.Errorf("%s: error %v; want guard error %v", c.name, err, c.want)
		}
		if diff := cmp.Diff(c.o, got); diff != "" {
			t.Errorf("%s: order changed (-want +got):\n%s", c.name, diff)
		}
	}
	// the mail guard passes once the mail is in
	pending.MailReceivedAt = at(9, 2, 8)
	if _, err := pending.Apply(Event{Seq: 6, OrderID: "G", Time: at(9, 3, 9), Actor: Provider, Type: SubmitToBureau}, Inputs{}); err != nil {
		t.Errorf("submit_to_bureau after mail: %v", err)
	}
}

// TestSMSGuardSession: a real *sms.Session satisfies SMSStatus; the guard
// passes once its single code is verified before the window closes.
func TestSMSGuardSession(t *testing.T) {
	target := sms.Target{Mobile: mustMobile(t, "13800138000")}
	sent := at(10, 13, 10)
	key, err := sms.NewSessionKey([]byte("order test secret, 32 bytes long"))
	if err != nil {
		t.Fatal(err)
	}
	s, err := sms.NewSession(key, sent, sms.Delivery{Target: target, Code: "123456"})
	if err != nil {
		t.Fatal(err)
	}
	o := Order{ID: "S", State: AwaitingSMS, Version: 6, LastEventAt: sent, SMSReceivedAt: sent}
	e := Event{Seq: 7, OrderID: "S", Time: sent.Add(time.Hour), Actor: Customer, Type: SMSVerified}
	if _, err := o.Apply(e, Inputs{SMS: s}); !errors.Is(err, ErrSMSNotVerified) {
		t.Errorf("unverified session: %v", err)
	}
	if err := s.Verify(target, "123456", sent.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	got, err := o.Apply(e, Inputs{SMS: s})
	if err != nil || got.State != BureauReview {
		t.Errorf("verified session: %v, %v", got.State, err)
	}
	// after the window the session is expired and the guard refuses
	late := e
	late.Time = sent.Add(25 * time.Hour)
	s2, _ := sms.NewSession(key, sent, sms.Delivery{Target: target, Code: "123456"})
	if _, err := o.Apply(late, Inputs{SMS: s2}); !errors.Is(err, ErrSMSNotVerified) {
		t.Errorf("expired session: %v", err)
	}
}

// TestBadEvents: events that do not fit the order are refused with an
// *EventError and the order unchanged.
func TestBadEvents(t *testing.T) {
	o := newBuilder(t, "B", "", at(9, 1, 9)).o
	cases := []struct {
		name string
		o    Order
		e    Event
	}{
		{"gap in seq", o, Event{Seq: 3, OrderID: "B", Time: at(9, 2, 9), Actor: Customer, Type: Update}},
		{"repeated seq", o, Event{Seq: 1, OrderID: "B", Time: at(9, 2, 9), Actor: Customer, Type: Update}},
		{"other order", o, Event{Seq: 2, OrderID: "C", Time: at(9, 2, 9), Actor: Customer, Type: Update}},
		{"earlier", o, Event{Seq: 2, OrderID: "B", Time: at(8, 30, 9), Actor: Customer, Type: Update}},
		{"no time", o, Event{Seq: 2, OrderID: "B", Actor: Customer, Type: Update}},
		{"wrong actor", o, Event{Seq: 2, OrderID: "B", Time: at(9, 2, 9), Actor: Provider, Type: Submit}},
		{"no actor", o, Event{Seq: 2, OrderID: "B", Time: at(9, 2, 9), Type: Update}},
		{"unknown type", o, Event{Seq: 2, OrderID: "B", Time: at(9, 2, 9), Actor: Customer, Type: 0}},
		{"reject without reason", Order{ID: "B", State: ProviderReview, Version: 2, LastEventAt: at(9, 1, 9)},
			Event{Seq: 3, OrderID: "B", Time: at(9, 2, 9), Actor: Provider, Type: ProviderReject}},
		{"start with submit", Order{}, Event{Seq: 1, OrderID: "B", Time: at(9, 2, 9), Actor: Customer, Type: Submit}},
		{"start without ID", Order{}, Event{Seq: 1, Time: at(9, 2, 9), Actor: Customer, Type: Update}},
	}
	for _, c := range cases {
		got, err := c.o.Apply(c.e, ready)
		var ee *EventError
		if !errors.As(err, &ee) || !errors.Is(err, ErrBadEvent) {
			t.Errorf("%s: error %v; want *EventError", c.name, err)
		}
		if diff := cmp.Diff(c.o, got); diff != "" {
			t.Errorf("%s: order changed (-want +got):\n%s", c.name, diff)
		}
	}
}

// TestReplayStopsAtError: a log with an illegal step replays up to it and
// reports the step.
func TestReplayStopsAtError(t *testing.T) {
	events := firstFiling(t).events[:3]
	events = append(events, Event{Seq: 4, OrderID: "A1", Time: at(10, 9, 9), Actor: Bureau, Type: BureauApprove})
	o, err := Replay(events)
	var te *TransitionError
	if !errors.As(err, &te) || te.From != ProviderReview || te.Event != BureauApprove {
		t.Errorf("error %v", err)
	}
	if o.Version != 3 || o.State != ProviderReview {
		t.Errorf("order at error: version %d state %s", o.Version, o.State)
	}
}

// TestJSONGolden: the JSON of a log and of its order is stable
// (testdata/events.json, order.json) and decodes back to the same values.
func TestJSONGolden(t *testing.T) {
	b := firstFiling(t)
	ev, err := json.MarshalIndent(b.events, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "events.json", append(ev, '\n'))
	ob, err := json.MarshalIndent(b.o, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "order.json", append(ob, '\n'))

	var events []Event
	if err := json.Unmarshal(ev, &events); err != nil {
		t.Fatal(err)
	}
	o, err := Replay(events)
	if err != nil {
		t.Fatal(err)
	}
	var decoded Order
	if err := json.Unmarshal(ob, &decoded); err != nil {
		t.Fatal(err)
	}
	eq := cmp.Comparer(func(a, b time.Time) bool { return a.Equal(b) })
	if diff := cmp.Diff(b.o, o, eq); diff != "" {
		t.Errorf("replay of decoded events (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(b.o, decoded, eq); diff != "" {
		t.Errorf("decoded order (-want +got):\n%s", diff)
	}
	if err := json.Unmarshal([]byte(`{"type":"approve"}`), &Event{}); err == nil {
		t.Error("unknown event type decoded")
	}
}

func mustMobile(t *testing.T, s string) filing.Mobile {
	t.Helper()
	m, err := filing.ParseMobile(s)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestNoExpiryWhileTheOrderMoves: a draft edited on 03-02 and submitted on
// day 44 does not expire two days later in review: the submission and the
// review steps are updates (rule order.expiry: the 45 days are reset
// by every update).
func TestNoExpiryWhileTheOrderMoves(t *testing.T) {
	steps := []struct {
		at    time.Time
		actor Actor
		typ   EventType
	}{
		{at(3, 2, 9), Customer, Update},
		{at(4, 15, 9), Customer, Submit},
		{at(4, 15, 10), Provider, ProviderApprove},
		{at(4, 15, 11), Provider, SubmitToBureau},
		{at(4, 15, 12), Customer, SMSVerified},
	}
	var o Order
	for i, s := range steps {
		var err error
		if o, err = o.Apply(Event{Seq: uint64(i + 1), OrderID: "E", Time: s.at, Actor: s.actor, Type: s.typ}, ready); err != nil {
			t.Fatalf("step %d: %v", i+1, err)
		}
	}
	if evs := Tick(o, at(4, 17, 9)); len(evs) != 0 {
		t.Errorf("Tick in bureau review two days after the SMS step: %v", evs)
	}
	if evs := Tick(o, at(4, 15, 12).Add(45*24*time.Hour)); len(evs) != 1 || evs[0].Type != Expire {
		t.Errorf("Tick 45 days after the last step: %v", evs)
	}
}
