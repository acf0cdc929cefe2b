package order

import (
	"fmt"
	"strconv"
	"time"
	"unicode/utf8"

	"github.com/beian-go/beian/sms"
)

// Event is one entry of an order's log. An order is the replay of its
// events ([Replay]); nothing about an order is stored elsewhere.
//
// JSON (snake_case, stable; see the package documentation):
//
//	{"seq":3,"order_id":"A1","time":"2026-09-30T10:00:00+08:00","actor":"provider","type":"provider_reject","reason":"…"}
type Event struct {
	// Seq numbers the events of one order 1, 2, 3, … without gaps; the
	// order's Version is the Seq of its last event.
	Seq uint64 `json:"seq"`
	// OrderID names the order (at most [MaxIDLen] bytes).
	OrderID string `json:"order_id"`
	// ID, when not empty, identifies the event among the order's events (at
	// most [MaxIDLen] bytes): a store that is asked to append an event whose
	// ID it already holds at the same Seq succeeds without writing it again,
	// so that a retry after a lost reply does not record a step twice.
	ID string `json:"id,omitempty"`
	// Time is when it happened.
	Time time.Time `json:"time"`
	// Actor is who caused it; each type has its actors ([EventType.Actors]).
	Actor Actor `json:"actor"`
	// Type is what happened.
	Type EventType `json:"type"`
	// Reason is the reason of a rejection (required for provider_reject and
	// bureau_reject, and kept in [Order.Rejections]), or a free note on any
	// other event (what an update changed, why the customer cancelled).
	Reason string `json:"reason,omitempty"`
	// Province is the province of the filing (GB/T 2260 code, such as
	// "330000"); only update events carry it, and an empty value keeps the
	// order's province.
	Province string `json:"province,omitempty"`
	// Params are details of the event the lifecycle does not read, kept as
	// given (such as the fields an update changed, or a reviewer's ticket);
	// at most [MaxParams] entries of at most [MaxTextLen] bytes each.
	Params map[string]string `json:"params,omitempty"`
}

// Limits on an event, checked by [Order.Apply], [Replay] and every store:
// IDs of at most MaxIDLen bytes, a reason and each param key and value of at
// most MaxTextLen bytes, at most MaxParams params; every text valid UTF-8.
const (
	MaxIDLen   = 128
	MaxTextLen = 4096
	MaxParams  = 32
)

// Rejection is one rejection of an order, kept for good
// (order.rejection_resubmit; source: ICP备案流程(PC端) v20200921 §7).
type Rejection struct {
	// Time is when the order was rejected.
	Time time.Time `json:"time"`
	// Actor is who rejected it: the provider or the bureau.
	Actor Actor `json:"actor"`
	// Reason is the reason given.
	Reason string `json:"reason"`
}

// Order is the state of one filing order, rebuilt from its events. Order
// values are immutable: [Order.Apply] returns a new value and never changes
// the receiver or anything it shares (the Rejections slice must not be
// modified by the caller either).
//
// The times of the running round (SubmittedAt … BureauReviewAt) are cleared
// by every submit and resubmit, so that they always describe the current
// round.
type Order struct {
	// ID names the order.
	ID string `json:"id"`
	// Province is the filing's province, as given by update events.
	Province string `json:"province,omitempty"`
	// State is the current state.
	State State `json:"state"`
	// Version is the Seq of the last event.
	Version uint64 `json:"version"`
	// CreatedAt is the time of the first event.
	CreatedAt time.Time `json:"created_at"`
	// UpdatedAt is the time of the last event of a person (every step of
	// the customer, provider or bureau updates the order, the system's timed
	// events do not); the 45-day clock (order.expiry) runs from it.
	UpdatedAt time.Time `json:"updated_at"`
	// StateSince is the time of the last event that changed the state.
	StateSince time.Time `json:"state_since"`
	// LastEventAt is the time of the last event; a later event may not be
	// earlier.
	LastEventAt time.Time `json:"last_event_at"`
	// SubmittedAt is the time of the last submit or resubmit.
	SubmittedAt time.Time `json:"submitted_at,omitzero"`
	// MailRequested reports that the reviewer asked for materials by mail in
	// this round; MailReceivedAt is when they arrived.
	MailRequested  bool      `json:"mail_requested,omitempty"`
	MailReceivedAt time.Time `json:"mail_received_at,omitzero"`
	// ReadyAt is when the order became ready for the bureau
	// (pending_bureau_submission).
	ReadyAt time.Time `json:"ready_at,omitzero"`
	// SMSReceivedAt is when the SMS codes were received: the codes are sent
	// when the provider submits the order to the bureau, so it is the time
	// of the submit_to_bureau event.
	SMSReceivedAt time.Time `json:"sms_received_at,omitzero"`
	// BureauReviewAt is when the bureau's review began (the SMS codes were
	// verified).
	BureauReviewAt time.Time `json:"bureau_review_at,omitzero"`
	// ApprovedAt is when the bureau approved the filing.
	ApprovedAt time.Time `json:"approved_at,omitzero"`
	// Rejections are every rejection, oldest first, with their reasons.
	Rejections []Rejection `json:"rejections,omitempty"`
}

// Checked is the result of the rule engine that the submit guard needs:
// rules.Report satisfies it (OK reports that no finding has severity
// error).
type Checked interface {
	OK() bool
}

// SMSStatus is the state of an order's SMS verification that the
// sms_verified guard needs; *sms.Session satisfies it, and so does
// [SMSResult] for a host that keeps the outcome only.
type SMSStatus interface {
	State(now time.Time) sms.State
}

// SMSResult is an [SMSStatus] that is always in the same state, such as
// SMSResult(sms.Verified).
type SMSResult sms.State

// State returns sms.State(r) whatever now is.
func (r SMSResult) State(time.Time) sms.State { return sms.State(r) }

// Inputs are what the guards look at besides the order itself. Fields a
// guard does not look at may be left zero.
type Inputs struct {
	// Report is the rules report of the application as submitted; nil
	// counts as not checked and refuses submit and resubmit.
	Report Checked
	// MaterialsComplete reports that every material of the report's list has
	// been uploaded.
	MaterialsComplete bool
	// SMS is the order's SMS verification; nil refuses sms_verified.
	SMS SMSStatus
}

// checkGuard returns the reason g refuses e on o, or nil.
func checkGuard(g Guard, o *Order, e *Event, in *Inputs) error {
	switch g {
	case GuardSubmitReady:
		if in.Report == nil || !in.Report.OK() {
			return ErrReportHasErrors
		}
		if !in.MaterialsComplete {
			return ErrMaterialsIncomplete
		}
	case GuardMailComplete:
		if o.MailRequested && o.MailReceivedAt.IsZero() {
			return ErrMailNotReceived
		}
	case GuardSMSVerified:
		if in.SMS == nil || in.SMS.State(e.Time) != sms.Verified {
			return ErrSMSNotVerified
		}
	}
	return nil
}

// checkLimits reports whether e keeps the limits of [MaxIDLen],
// [MaxTextLen] and [MaxParams].
func checkLimits(e *Event) error {
	bad := func(reason string) error { return &EventError{Seq: e.Seq, Type: e.Type, Reason: reason} }
	text := func(field, s string, max int) error {
		switch {
		case len(s) > max:
			return bad(fmt.Sprintf("%s of %d bytes, over the limit of %d", field, len(s), max))
		case !utf8.ValidString(s):
			return bad(field + " is not valid UTF-8")
		}
		return nil
	}
	if err := text("order ID", e.OrderID, MaxIDLen); err != nil {
		return err
	}
	if err := text("event ID", e.ID, MaxIDLen); err != nil {
		return err
	}
	if err := text("reason", e.Reason, MaxTextLen); err != nil {
		return err
	}
	if err := text("province", e.Province, MaxIDLen); err != nil {
		return err
	}
	if len(e.Params) > MaxParams {
		return bad(fmt.Sprintf("%d params, over the limit of %d", len(e.Params), MaxParams))
	}
	for k, v := range e.Params {
		if err := text("param key", k, MaxTextLen); err != nil {
			return err
		}
		if err := text("param "+strconv.Quote(truncate(k)), v, MaxTextLen); err != nil {
			return err
		}
	}
	return nil
}

// truncate shortens s for an error message.
func truncate(s string) string {
	if len(s) <= 40 {
		return s
	}
	for i := 40; i > 0; i-- {
		if utf8.RuneStart(s[i]) {
			return s[:i] + "…"
		}
	}
	return ""
}

// checkEvent reports whether e may follow the events of o.
func checkEvent(o *Order, e *Event) error {
	bad := func(reason string) error { return &EventError{Seq: e.Seq, Type: e.Type, Reason: reason} }
	if err := checkLimits(e); err != nil {
		return err
	}
	switch {
	case !e.Type.IsValid():
		return bad("unknown event type")
	case !eventActors[e.Type].has(e.Actor):
		return bad("actor " + e.Actor.String() + " may not cause it")
	case e.Seq != o.Version+1:
		return bad("sequence number out of order")
	case e.Time.IsZero():
		return bad("no time")
	case o.Version == 0 && e.OrderID == "":
		return bad("no order ID")
	case o.Version == 0 && e.Type != Update:
		return bad("an order starts with an update")
	case o.Version > 0 && e.OrderID != o.ID:
		return bad("event of another order")
	case e.Time.Before(o.LastEventAt):
		return bad("earlier than the previous event")
	case (e.Type == ProviderReject || e.Type == BureauReject) && e.Reason == "":
		return bad("a rejection needs a reason")
	}
	return nil
}

// checkDue refuses the timed events before they are due: expire before 45
// days without update (order.expiry) and sms_timeout before the 24 hours
// of the SMS window (order.sms_window).
func checkDue(o *Order, e *Event) error {
	switch {
	case e.Type == Expire && e.Time.Before(o.UpdatedAt.Add(expiryDuration)):
		return &EventError{Seq: e.Seq, Type: e.Type, Reason: "not due: 45 days without update have not passed"}
	case e.Type == SMSTimeout && e.Time.Before(o.SMSReceivedAt.Add(smsWindow)):
		return &EventError{Seq: e.Seq, Type: e.Type, Reason: "not due: the 24 hours of the SMS window have not passed"}
	}
	return nil
}

// stepMode says how step treats an event and the order it changes.
type stepMode uint8

const (
	// applying a new event: the guards are checked, and o.Rejections may
	// be shared with the caller's Order, so it is copied before it grows.
	applying stepMode = iota
	// continuing a stored order with stored events: their guards passed
	// when they were applied; o.Rejections may be shared.
	continuing
	// replaying a log into an Order step alone holds: no guards, and
	// o.Rejections grows in place.
	replaying
)

// step applies e to *o in place, checking the guards with in when mode is
// applying. On error *o is unchanged.
func (m *Machine) step(o *Order, e *Event, in *Inputs, mode stepMode) error {
	if err := checkEvent(o, e); err != nil {
		return err
	}
	if o.Version == 0 {
		*o = Order{
			ID: e.OrderID, Province: e.Province, State: Draft, Version: e.Seq,
			CreatedAt: e.Time, UpdatedAt: e.Time, StateSince: e.Time, LastEventAt: e.Time,
		}
		return nil
	}
	to, err := m.Next(o.State, e.Type)
	if err != nil {
		return err
	}
	if err := checkDue(o, e); err != nil {
		return err
	}
	if mode == applying {
		g := m.next[o.State][e.Type].guard
		if reason := checkGuard(g, o, e, in); reason != nil {
			return &GuardError{From: o.State, Event: e.Type, Guard: g, Reason: reason}
		}
	}
	// Every event of a person (customer, provider or bureau) is an update
	// of the order: a submission, a review step or an SMS verification
	// restarts the 45-day clock of order.expiry as an edit does, so an
	// order never expires while it moves. The system's own timed events
	// (sms_timeout, expire) are not updates.
	if e.Actor != System {
		o.UpdatedAt = e.Time
	}
	switch e.Type {
	case Update:
		if e.Province != "" {
			o.Province = e.Province
		}
	case Submit, Resubmit:
		o.SubmittedAt = e.Time
		o.MailRequested, o.MailReceivedAt, o.ReadyAt = false, time.Time{}, time.Time{}
		o.SMSReceivedAt, o.BureauReviewAt = time.Time{}, time.Time{}
	case RequestMail:
		o.MailRequested = true
	case MailReceived:
		o.MailReceivedAt = e.Time
	case SubmitToBureau:
		o.SMSReceivedAt = e.Time
	case SMSVerified:
		o.BureauReviewAt = e.Time
	case BureauApprove:
		o.ApprovedAt = e.Time
	case ProviderReject, BureauReject:
		r := Rejection{Time: e.Time, Actor: e.Actor, Reason: e.Reason}
		if mode == replaying {
			o.Rejections = append(o.Rejections, r)
		} else {
			rs := make([]Rejection, len(o.Rejections), len(o.Rejections)+1)
			copy(rs, o.Rejections)
			o.Rejections = append(rs, r)
		}
	}
	if to == PendingBureauSubmission && o.State != to {
		o.ReadyAt = e.Time
	}
	if to != o.State {
		o.StateSince = e.Time
	}
	o.State = to
	o.Version = e.Seq
	o.LastEventAt = e.Time
	return nil
}

// Apply returns the order after e, checked against the machine's table and
// guards with in. The first event of an order (on the zero Order) must be
// an update with Seq 1, which creates the order in draft. Errors, with o
// unchanged: [*EventError] ([ErrBadEvent]) when e does not follow o's events
// or is a timed event not yet due (expire, sms_timeout),
// [*TransitionError] ([ErrIllegal]) when the table does not allow e, and
// [*GuardError] ([ErrGuard] and the reason) when a guard refuses it.
func (m *Machine) Apply(o Order, e Event, in Inputs) (Order, error) {
	m = m.orDefault()
	n := o
	if err := m.step(&n, &e, &in, applying); err != nil {
		return o, err
	}
	return n, nil
}

// Apply is [Machine.Apply] with the [Default] machine.
func (o Order) Apply(e Event, in Inputs) (Order, error) { return Default().Apply(o, e, in) }

// Replay rebuilds an order from its events, which must be the order's whole
// log from Seq 1. Guards are not checked again (the log holds only events
// that passed them); the table and the order of the events are. The error
// is the first event's error, with the order as it stood before that event.
func (m *Machine) Replay(events []Event) (Order, error) {
	m = m.orDefault()
	var o Order
	for i := range events {
		if err := m.step(&o, &events[i], nil, replaying); err != nil {
			return o, err
		}
	}
	return o, nil
}

// Replay is [Machine.Replay] with the [Default] machine.
func Replay(events []Event) (Order, error) { return Default().Replay(events) }
