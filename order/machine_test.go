package order

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDefaultTableValid: the shipped table passes every check of NewMachine,
// and Default's look-up agrees with it.
func TestDefaultTableValid(t *testing.T) {
	m, err := NewMachine(DefaultTable())
	if err != nil {
		t.Fatalf("NewMachine(DefaultTable()) = %v", err)
	}
	if diff := cmp.Diff(m.Table(), Default().Table()); diff != "" {
		t.Errorf("Default table differs (-want +got):\n%s", diff)
	}
}

// TestNextLegal lists every legal step of the lifecycle, one commented case
// each, and checks that the table has exactly these.
func TestNextLegal(t *testing.T) {
	cases := []struct {
		from  State
		event EventType
		to    State
		guard Guard
	}{
		{Draft, Submit, ProviderReview, GuardSubmitReady},                         // 提交备案: only with a clean report and all materials
		{Draft, Update, Draft, NoGuard},                                           // saving the draft resets the 45-day clock
		{Draft, Cancel, Cancelled, NoGuard},                                       // 放弃备案
		{Draft, Expire, Expired, NoGuard},                                         // 45 days without update
		{ProviderReview, RequestMail, AwaitingMail, NoGuard},                      // the reviewer asks for mailed materials
		{ProviderReview, ProviderApprove, PendingBureauSubmission, NoGuard},       // 初审 passed
		{ProviderReview, ProviderReject, Rejected, NoGuard},                       // 初审 rejected, reason kept
		{ProviderReview, Expire, Expired, NoGuard},                                // expiry runs in every non-terminal state
		{AwaitingMail, MailReceived, PendingBureauSubmission, NoGuard},            // the courier arrived
		{AwaitingMail, ProviderReject, Rejected, NoGuard},                         // the mailed materials do not do
		{AwaitingMail, Expire, Expired, NoGuard},                                  // never mailed
		{PendingBureauSubmission, SubmitToBureau, AwaitingSMS, GuardMailComplete}, // 提交管局: the bureau sends the codes
		{PendingBureauSubmission, Expire, Expired, NoGuard},                       // expiry
		{AwaitingSMS, SMSVerified, BureauReview, GuardSMSVerified},                // 短信核验 done
		{AwaitingSMS, SMSTimeout, Returned, NoGuard},                              // 24 h passed: back to the customer
		{AwaitingSMS, Expire, Expired, NoGuard},                                   // expiry
		{BureauReview, BureauApprove, Approved, NoGuard},                          // 管局审核通过
		{BureauReview, BureauReject, Rejected, NoGuard},                           // 管局驳回, reason kept
		{BureauReview, Expire, Expired, NoGuard},                                  // expiry
		{Rejected, Update, Draft, NoGuard},                                        // correction: back to draft
		{Rejected, Resubmit, ProviderReview, GuardSubmitReady},                    // resubmitted as is, same guard as submit
		{Rejected, Cancel, Cancelled, NoGuard},                                    // the customer gives up
		{Rejected, Expire, Expired, NoGuard},                                      // never corrected
		{Returned, Update, Draft, NoGuard},                                        // correction after the SMS window
		{Returned, Resubmit, ProviderReview, GuardSubmitReady},                    // new attempt, new codes
		{Returned, Cancel, Cancelled, NoGuard},                                    // the customer gives up
		{Returned, Expire, Expired, NoGuard},                                      // never resubmitted
	}
	m := Default()
	for _, c := range cases {
		got, err := m.Next(c.from, c.event)
		if err != nil || got != c.to {
			t.Errorf("Next(%s, %s) = %s, %v; want %s", c.from, c.event, got, err, c.to)
		}
		if g, ok := m.GuardOf(c.from, c.event); !ok || g != c.guard {
			t.Errorf("GuardOf(%s, %s) = %s, %v; want %s", c.from, c.event, g, ok, c.guard)
		}
	}
	if len(cases) != len(DefaultTable()) {
		t.Errorf("%d legal cases listed, table has %d rows", len(cases), len(DefaultTable()))
	}
}

// TestNextIllegal samples steps the lifecycle forbids: each returns a
// *TransitionError with its state and event, and the state unchanged.
func TestNextIllegal(t *testing.T) {
	cases := []struct {
		from  State
		event EventType
	}{
		{Draft, ProviderApprove},          // nothing to review before submission
		{Draft, SubmitToBureau},           // the provider's review cannot be skipped
		{ProviderReview, Submit},          // already submitted
		{ProviderReview, Cancel},          // cancel is the customer's only while the order is in their hands
		{ProviderReview, Update},          // no changes while under review
		{AwaitingMail, ProviderApprove},   // the mail must arrive first
		{PendingBureauSubmission, Update}, // no changes once reviewed
		{AwaitingSMS, BureauApprove},      // the bureau reviews only after the SMS step
		{AwaitingSMS, SMSTimeout + 100},   // invalid event
		{BureauReview, SMSTimeout},        // the window is closed
		{Approved, Expire},                // approved orders never expire
		{Approved, Update},                // terminal
		{Expired, Resubmit},               // terminal
		{Cancelled, Update},               // terminal
		{Rejected, Submit},                // resubmit or update, not submit
		{Returned, SMSVerified},           // codes of the returned round are void
		{State(0), Update},                // invalid state
		{State(200), Submit},              // invalid state
	}
	for _, c := range cases {
		got, err := Default().Next(c.from, c.event)
		var te *TransitionError
		if !errors.As(err, &te) || te.From != c.from || te.Event != c.event || !errors.Is(err, ErrIllegal) {
			t.Errorf("Next(%s, %s) error = %v; want *TransitionError wrapping ErrIllegal", c.from, c.event, err)
		}
		if got != c.from {
			t.Errorf("Next(%s, %s) state = %s; want unchanged", c.from, c.event, got)
		}
	}
}

// TestNextExhaustive walks every (state, event) pair: legal exactly when
// the table has the row, and terminals have no exit at all.
func TestNextExhaustive(t *testing.T) {
	rows := map[[2]uint8]State{}
	for _, tr := range DefaultTable() {
		rows[[2]uint8{uint8(tr.From), uint8(tr.Event)}] = tr.To
	}
	for _, s := range States() {
		for _, e := range EventTypes() {
			to, err := Default().Next(s, e)
			want, ok := rows[[2]uint8{uint8(s), uint8(e)}]
			if ok != (err == nil) || (ok && to != want) {
				t.Errorf("Next(%s, %s) = %s, %v; table: %s, %v", s, e, to, err, want, ok)
			}
			if s.IsTerminal() && err == nil {
				t.Errorf("terminal %s has exit %s", s, e)
			}
		}
		if got := Default().Allowed(s); s.IsTerminal() != (len(got) == 0) {
			t.Errorf("Allowed(%s) = %v", s, got)
		}
	}
}

// TestNewMachineRefuses: each broken table is refused with a *TableError
// naming the reason.
func TestNewMachineRefuses(t *testing.T) {
	base := DefaultTable()
	cases := []struct {
		name  string
		table []Transition
		index int
	}{
		// a second row for (draft, submit)
		{"duplicate", append(DefaultTable(), Transition{Draft, Submit, Cancelled, NoGuard}), len(base)},
		// approved gets an exit
		{"terminal exit", append(DefaultTable(), Transition{Approved, Update, Draft, NoGuard}), len(base)},
		// guard 9 does not exist
		{"unknown guard", append(DefaultTable(), Transition{Draft, RequestMail, Draft, Guard(9)}), len(base)},
		// invalid states and events
		{"invalid from", []Transition{{State(0), Submit, Draft, NoGuard}}, 0},
		{"invalid to", []Transition{{Draft, Submit, State(99), NoGuard}}, 0},
		{"invalid event", []Transition{{Draft, EventType(0), Draft, NoGuard}}, 0},
		// without the approve rows approved is unreachable
		{"unreachable", withoutEvent(base, BureauApprove), -1},
		// an empty table reaches nothing but draft
		{"empty", nil, -1},
	}
	for _, c := range cases {
		_, err := NewMachine(c.table)
		var te *TableError
		if !errors.As(err, &te) || !errors.Is(err, ErrInvalidTable) {
			t.Errorf("%s: NewMachine error = %v; want *TableError", c.name, err)
			continue
		}
		if te.Index != c.index {
			t.Errorf("%s: error index %d; want %d (%v)", c.name, te.Index, c.index, err)
		}
	}
}

func withoutEvent(t []Transition, e EventType) []Transition {
	var out []Transition
	for _, tr := range t {
		if tr.Event != e {
			out = append(out, tr)
		}
	}
	return out
}

// TestCustomTable: a host's table that records mail without leaving the
// review leaves awaiting_mail unreachable and is refused.
func TestCustomTable(t *testing.T) {
	table := append(withoutEvent(DefaultTable(), RequestMail), Transition{ProviderReview, RequestMail, ProviderReview, NoGuard})
	table = withoutEvent(table, MailReceived)
	table = append(table, Transition{ProviderReview, MailReceived, ProviderReview, NoGuard})
	// awaiting_mail is no longer reachable: refused.
	if _, err := NewMachine(table); !errors.Is(err, ErrInvalidTable) {
		t.Fatalf("table without awaiting_mail accepted: %v", err)
	}
}

// TestEnumText round-trips every state, event and actor through their wire
// names, and refuses unknown names and invalid values.
func TestEnumText(t *testing.T) {
	for _, s := range States() {
		b, err := s.MarshalText()
		var back State
		if err != nil || back.UnmarshalText(b) != nil || back != s || string(b) != s.String() {
			t.Errorf("state %v: %q, %v, back %v", s, b, err, back)
		}
	}
	for _, e := range EventTypes() {
		b, err := e.MarshalText()
		var back EventType
		if err != nil || back.UnmarshalText(b) != nil || back != e || string(b) != e.String() {
			t.Errorf("event %v: %q, %v, back %v", e, b, err, back)
		}
		if len(e.Actors()) == 0 {
			t.Errorf("event %v has no actor", e)
		}
	}
	for a := Customer; a <= System; a++ {
		b, err := a.MarshalText()
		var back Actor
		if err != nil || back.UnmarshalText(b) != nil || back != a {
			t.Errorf("actor %v: %q, %v, back %v", a, b, err, back)
		}
	}
	var s State
	var e EventType
	var a Actor
	if s.UnmarshalText([]byte("Draft")) == nil || e.UnmarshalText([]byte("")) == nil || a.UnmarshalText([]byte("admin")) == nil {
		t.Error("unknown wire name accepted")
	}
	if _, err := State(0).MarshalText(); err == nil {
		t.Error("State(0) marshalled")
	}
	if _, err := EventType(15).MarshalText(); err == nil {
		t.Error("EventType(15) marshalled")
	}
	if _, err := Actor(5).MarshalText(); err == nil {
		t.Error("Actor(5) marshalled")
	}
	if got := State(0).String() + EventType(0).String() + Actor(0).String() + Guard(7).String(); got != "State(0)EventType(0)Actor(0)Guard(7)" {
		t.Errorf("invalid values print %q", got)
	}
}

// TestNilMachine: a nil *Machine is the default one, not a panic.
func TestNilMachine(t *testing.T) {
	var m *Machine
	if s, err := m.Next(Draft, Submit); err != nil || s != ProviderReview {
		t.Errorf("nil Next = %s, %v", s, err)
	}
	if _, err := m.Replay(nil); err != nil {
		t.Errorf("nil Replay: %v", err)
	}
	if m.Mermaid() != Default().Mermaid() || len(m.Table()) != len(DefaultTable()) {
		t.Error("nil machine differs from Default")
	}
}
