package order

import (
	"strconv"
	"strings"
	"sync"
)

// Guard names the condition a transition needs besides the table entry. The
// zero value, [NoGuard], needs nothing.
type Guard uint8

// The guards of the lifecycle (source: ICP备案流程(PC端)
// 20200921 §1.2, §6, §9).
const (
	// NoGuard: the transition needs no condition.
	NoGuard Guard = iota
	// GuardSubmitReady: the rules report has no error finding and the
	// materials list is complete (an order with errors must not be
	// submitted: a finding of severity error blocks it).
	GuardSubmitReady
	// GuardMailComplete: when the reviewer asked for materials by mail in
	// this round, they were received.
	GuardMailComplete
	// GuardSMSVerified: the SMS session of the order is verified.
	GuardSMSVerified
)

// numGuards is one more than the largest Guard.
const numGuards = int(GuardSMSVerified) + 1

var guardNames = [numGuards]string{"", "submit_ready", "mail_complete", "sms_verified"}

// IsValid reports whether g is a known guard (NoGuard included).
func (g Guard) IsValid() bool { return int(g) < numGuards }

// String returns the guard's name ("submit_ready"), "" for NoGuard, or
// "Guard(n)" for an unknown value.
func (g Guard) String() string {
	if g.IsValid() {
		return guardNames[g]
	}
	return "Guard(" + strconv.Itoa(int(g)) + ")"
}

// Transition is one row of a transition table: in state From, event Event
// leads to state To when Guard holds.
type Transition struct {
	// From is the state the transition leaves.
	From State
	// Event is the event that causes it.
	Event EventType
	// To is the state it leads to.
	To State
	// Guard is the condition it needs, or NoGuard.
	Guard Guard
}

// customerSide are the states in which the order is in the customer's hands
// and the customer may cancel it (放弃备案).
var customerSide = [...]State{Draft, Rejected, Returned}

// DefaultTable returns the lifecycle of a filing order as a fresh slice (the
// caller may modify it and build its own [Machine]). Source: ICP备案流程(PC端)
// 20200921 §1.2 steps 1–11, §6, §7, §8, §10.
//
// Choices where the source leaves room:
//
//   - A rejected or returned order goes back to the customer. update records
//     the correction and moves it to draft, from where submit sends it to the
//     provider again; resubmit sends it to the provider's review directly
//     (for a return after the SMS window, or a rejection answered outside the
//     form), under the same guard as submit.
//   - cancel is allowed in the customer-side states draft, rejected and
//     returned.
//   - expire is allowed in every state that is not terminal.
//   - update is allowed in draft, rejected and returned.
func DefaultTable() []Transition {
	t := []Transition{
		{Draft, Submit, ProviderReview, GuardSubmitReady},
		{Draft, Update, Draft, NoGuard},
		{ProviderReview, RequestMail, AwaitingMail, NoGuard},
		{ProviderReview, ProviderApprove, PendingBureauSubmission, NoGuard},
		{ProviderReview, ProviderReject, Rejected, NoGuard},
		{AwaitingMail, MailReceived, PendingBureauSubmission, NoGuard},
		{AwaitingMail, ProviderReject, Rejected, NoGuard},
		{PendingBureauSubmission, SubmitToBureau, AwaitingSMS, GuardMailComplete},
		{AwaitingSMS, SMSVerified, BureauReview, GuardSMSVerified},
		{AwaitingSMS, SMSTimeout, Returned, NoGuard},
		{BureauReview, BureauApprove, Approved, NoGuard},
		{BureauReview, BureauReject, Rejected, NoGuard},
		{Rejected, Update, Draft, NoGuard},
		{Rejected, Resubmit, ProviderReview, GuardSubmitReady},
		{Returned, Update, Draft, NoGuard},
		{Returned, Resubmit, ProviderReview, GuardSubmitReady},
	}
	for _, s := range customerSide {
		t = append(t, Transition{s, Cancel, Cancelled, NoGuard})
	}
	for s := Draft; s <= Cancelled; s++ {
		if !s.IsTerminal() {
			t = append(t, Transition{s, Expire, Expired, NoGuard})
		}
	}
	return t
}

// cell is one entry of a machine's lookup table.
type cell struct {
	to    State
	guard Guard
	ok    bool
}

// Machine is a checked transition table. It is immutable and safe for
// concurrent use. A nil *Machine stands for [Default].
type Machine struct {
	table []Transition
	next  [numStates][numEvents]cell
}

// compile builds the lookup of t without checking it; the first row of a
// (From, Event) pair wins.
func compile(t []Transition) *Machine {
	m := &Machine{table: append([]Transition(nil), t...)}
	for _, tr := range t {
		if tr.From.IsValid() && tr.Event.IsValid() && !m.next[tr.From][tr.Event].ok {
			m.next[tr.From][tr.Event] = cell{tr.To, tr.Guard, true}
		}
	}
	return m
}

// NewMachine checks table and returns its machine. The table is refused
// (a [*TableError] wrapping [ErrInvalidTable]) when a row has an invalid
// state, event or guard, two rows share (From, Event), a terminal state has
// an exit, or a state is not reachable from draft.
func NewMachine(table []Transition) (*Machine, error) {
	var seen [numStates][numEvents]bool
	for i, tr := range table {
		switch {
		case !tr.From.IsValid():
			return nil, &TableError{i, "invalid from state " + tr.From.String()}
		case !tr.To.IsValid():
			return nil, &TableError{i, "invalid to state " + tr.To.String()}
		case !tr.Event.IsValid():
			return nil, &TableError{i, "invalid event " + tr.Event.String()}
		case !tr.Guard.IsValid():
			return nil, &TableError{i, "unknown guard " + tr.Guard.String()}
		case tr.From.IsTerminal():
			return nil, &TableError{i, "terminal state " + tr.From.String() + " has an exit"}
		case seen[tr.From][tr.Event]:
			return nil, &TableError{i, "duplicate transition " + tr.From.String() + " --" + tr.Event.String() + "-->"}
		}
		seen[tr.From][tr.Event] = true
	}
	var reached [numStates]bool
	reached[Draft] = true
	for changed := true; changed; {
		changed = false
		for _, tr := range table {
			if reached[tr.From] && !reached[tr.To] {
				reached[tr.To] = true
				changed = true
			}
		}
	}
	for s := Draft; s <= Cancelled; s++ {
		if !reached[s] {
			return nil, &TableError{-1, "state " + s.String() + " is not reachable from draft"}
		}
	}
	return compile(table), nil
}

// defaultMachine is the machine of [DefaultTable], built once; the table is
// checked by the package's tests.
var defaultMachine = sync.OnceValue(func() *Machine { return compile(DefaultTable()) })

// Default returns the machine of [DefaultTable]. The value is shared and
// immutable.
func Default() *Machine { return defaultMachine() }

// orDefault returns m, or the default machine for a nil m, so that no
// method panics on a nil *Machine.
func (m *Machine) orDefault() *Machine {
	if m == nil {
		return Default()
	}
	return m
}

// Table returns a copy of the machine's table, in its order.
func (m *Machine) Table() []Transition { return append([]Transition(nil), m.orDefault().table...) }

// Next returns the state event leads to from state, without checking
// guards. An event the table does not allow returns a [*TransitionError]
// (wrapping [ErrIllegal]) and the state unchanged. Next is pure.
func (m *Machine) Next(state State, event EventType) (State, error) {
	m = m.orDefault()
	if state.IsValid() && event.IsValid() {
		if c := m.next[state][event]; c.ok {
			return c.to, nil
		}
	}
	return state, &TransitionError{From: state, Event: event}
}

// GuardOf returns the guard of the transition of event from state, and
// whether the table has that transition.
func (m *Machine) GuardOf(state State, event EventType) (Guard, bool) {
	m = m.orDefault()
	if state.IsValid() && event.IsValid() {
		c := m.next[state][event]
		return c.guard, c.ok
	}
	return NoGuard, false
}

// Allowed returns the events the table allows in state, in wire order.
func (m *Machine) Allowed(state State) []EventType {
	m = m.orDefault()
	var out []EventType
	if !state.IsValid() {
		return out
	}
	for e := Submit; e <= Update; e++ {
		if m.next[state][e].ok {
			out = append(out, e)
		}
	}
	return out
}

// label is the edge label of tr: the event, and the guard in brackets.
func label(tr Transition) string {
	if tr.Guard == NoGuard {
		return tr.Event.String()
	}
	return tr.Event.String() + " [" + tr.Guard.String() + "]"
}

// Mermaid returns the table as a Mermaid state diagram: draft is the start,
// every terminal state an end, and each row an edge labelled with its event
// and guard, in table order.
func (m *Machine) Mermaid() string {
	m = m.orDefault()
	var b strings.Builder
	b.WriteString("stateDiagram-v2\n    [*] --> draft\n")
	for _, tr := range m.table {
		b.WriteString("    " + tr.From.String() + " --> " + tr.To.String() + ": " + label(tr) + "\n")
	}
	for s := Draft; s <= Cancelled; s++ {
		if s.IsTerminal() {
			b.WriteString("    " + s.String() + " --> [*]\n")
		}
	}
	return b.String()
}

// DOT returns the table as a Graphviz digraph: one node per state (terminal
// states double-circled), one labelled edge per row, in table order.
func (m *Machine) DOT() string {
	m = m.orDefault()
	var b strings.Builder
	b.WriteString("digraph order {\n    rankdir=LR;\n    node [shape=box, style=rounded];\n")
	for s := Draft; s <= Cancelled; s++ {
		shape := ""
		if s.IsTerminal() {
			shape = " [shape=doublecircle]"
		}
		b.WriteString("    " + s.String() + shape + ";\n")
	}
	for _, tr := range m.table {
		b.WriteString("    " + tr.From.String() + " -> " + tr.To.String() + " [label=\"" + label(tr) + "\"];\n")
	}
	b.WriteString("}\n")
	return b.String()
}
