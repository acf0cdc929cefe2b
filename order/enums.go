package order

import (
	"fmt"
	"strconv"
)

// State is the state of an order (source: ICP备案流程(PC端) v20200921 §1.2). The zero
// value is invalid.
type State uint8

// The states of an order, with their wire names.
const (
	// Draft: the customer fills in the order (填写中).
	Draft State = iota + 1
	// ProviderReview: submitted, the provider's initial review (接入商初审中).
	ProviderReview
	// AwaitingMail: the reviewer asked for materials by mail (邮寄资料).
	AwaitingMail
	// PendingBureauSubmission: reviewed, waiting to go to the bureau (待提交管局).
	PendingBureauSubmission
	// AwaitingSMS: at the bureau, waiting for the SMS verification (短信核验中).
	AwaitingSMS
	// BureauReview: the bureau reviews the order (管局审核中).
	BureauReview
	// Approved: the filing is approved (已完成); terminal.
	Approved
	// Rejected: the provider or the bureau rejected the order with a reason
	// (驳回); the customer corrects and resubmits it.
	Rejected
	// Returned: the SMS codes were not verified within 24 hours; the order is
	// back in the customer's account.
	Returned
	// Expired: 45 days without update; the order is deleted; terminal.
	Expired
	// Cancelled: the customer gave the filing up (放弃备案); terminal.
	Cancelled
)

// numStates is one more than the largest State.
const numStates = int(Cancelled) + 1

var stateNames = [numStates]string{
	Draft:                   "draft",
	ProviderReview:          "provider_review",
	AwaitingMail:            "awaiting_mail",
	PendingBureauSubmission: "pending_bureau_submission",
	AwaitingSMS:             "awaiting_sms",
	BureauReview:            "bureau_review",
	Approved:                "approved",
	Rejected:                "rejected",
	Returned:                "returned",
	Expired:                 "expired",
	Cancelled:               "cancelled",
}

// States returns every valid state in wire order.
func States() []State {
	out := make([]State, 0, numStates-1)
	for s := Draft; s <= Cancelled; s++ {
		out = append(out, s)
	}
	return out
}

// IsValid reports whether s is one of the eleven states.
func (s State) IsValid() bool { return s >= Draft && s <= Cancelled }

// IsTerminal reports whether s is approved, expired or cancelled: states no
// event leaves.
func (s State) IsTerminal() bool { return s == Approved || s == Expired || s == Cancelled }

// String returns the wire name of s ("provider_review"), or "State(n)" for
// an invalid value.
func (s State) String() string {
	if s.IsValid() {
		return stateNames[s]
	}
	return "State(" + strconv.Itoa(int(s)) + ")"
}

// MarshalText implements [encoding.TextMarshaler] with the wire name; an
// invalid State is an error.
func (s State) MarshalText() ([]byte, error) {
	if !s.IsValid() {
		return nil, fmt.Errorf("order: invalid state %d", uint8(s))
	}
	return []byte(stateNames[s]), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler] for the wire names.
func (s *State) UnmarshalText(text []byte) error {
	for i := Draft; i <= Cancelled; i++ {
		if string(text) == stateNames[i] {
			*s = i
			return nil
		}
	}
	return fmt.Errorf("order: unknown state %q", text)
}

// EventType is what happens to an order. The zero value is invalid.
type EventType uint8

// The event types, with their wire names.
const (
	// Submit: the customer submits the draft (提交备案).
	Submit EventType = iota + 1
	// RequestMail: the provider's reviewer asks for materials by mail.
	RequestMail
	// MailReceived: the provider received the mailed materials.
	MailReceived
	// ProviderApprove: the provider's initial review passed.
	ProviderApprove
	// ProviderReject: the provider rejected the order, with a reason.
	ProviderReject
	// SubmitToBureau: the provider submitted the order to the bureau; the
	// bureau sends the SMS codes.
	SubmitToBureau
	// SMSVerified: every SMS code was verified.
	SMSVerified
	// SMSTimeout: the 24 hours of the SMS window passed (order.sms_window).
	SMSTimeout
	// BureauApprove: the bureau approved the filing.
	BureauApprove
	// BureauReject: the bureau rejected the filing, with a reason.
	BureauReject
	// Resubmit: the customer submits a rejected or returned order again.
	Resubmit
	// Cancel: the customer gives the filing up.
	Cancel
	// Expire: 45 days passed without update (order.expiry).
	Expire
	// Update: the customer changed the order; resets the 45-day clock. The
	// first event of every order is an Update that creates it.
	Update
)

// numEvents is one more than the largest EventType.
const numEvents = int(Update) + 1

var eventNames = [numEvents]string{
	Submit:          "submit",
	RequestMail:     "request_mail",
	MailReceived:    "mail_received",
	ProviderApprove: "provider_approve",
	ProviderReject:  "provider_reject",
	SubmitToBureau:  "submit_to_bureau",
	SMSVerified:     "sms_verified",
	SMSTimeout:      "sms_timeout",
	BureauApprove:   "bureau_approve",
	BureauReject:    "bureau_reject",
	Resubmit:        "resubmit",
	Cancel:          "cancel",
	Expire:          "expire",
	Update:          "update",
}

// EventTypes returns every valid event type in wire order.
func EventTypes() []EventType {
	out := make([]EventType, 0, numEvents-1)
	for e := Submit; e <= Update; e++ {
		out = append(out, e)
	}
	return out
}

// IsValid reports whether e is one of the fourteen event types.
func (e EventType) IsValid() bool { return e >= Submit && e <= Update }

// String returns the wire name of e ("submit_to_bureau"), or
// "EventType(n)" for an invalid value.
func (e EventType) String() string {
	if e.IsValid() {
		return eventNames[e]
	}
	return "EventType(" + strconv.Itoa(int(e)) + ")"
}

// MarshalText implements [encoding.TextMarshaler] with the wire name; an
// invalid EventType is an error.
func (e EventType) MarshalText() ([]byte, error) {
	if !e.IsValid() {
		return nil, fmt.Errorf("order: invalid event type %d", uint8(e))
	}
	return []byte(eventNames[e]), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler] for the wire names.
func (e *EventType) UnmarshalText(text []byte) error {
	for i := Submit; i <= Update; i++ {
		if string(text) == eventNames[i] {
			*e = i
			return nil
		}
	}
	return fmt.Errorf("order: unknown event type %q", text)
}

// Actor is who causes an event. The zero value is invalid.
type Actor uint8

// The actors, with their wire names.
const (
	// Customer: the sponsor filing the site, in the provider's console.
	Customer Actor = iota + 1
	// Provider: the access provider's reviewers (接入商).
	Provider
	// Bureau: the provincial communications administration (管局).
	Bureau
	// System: the host's scheduler (timeouts and expiry, see [Tick]).
	System
)

var actorNames = [...]string{Customer: "customer", Provider: "provider", Bureau: "bureau", System: "system"}

// IsValid reports whether a is one of the four actors.
func (a Actor) IsValid() bool { return a >= Customer && a <= System }

// String returns the wire name of a ("bureau"), or "Actor(n)".
func (a Actor) String() string {
	if a.IsValid() {
		return actorNames[a]
	}
	return "Actor(" + strconv.Itoa(int(a)) + ")"
}

// MarshalText implements [encoding.TextMarshaler] with the wire name; an
// invalid Actor is an error.
func (a Actor) MarshalText() ([]byte, error) {
	if !a.IsValid() {
		return nil, fmt.Errorf("order: invalid actor %d", uint8(a))
	}
	return []byte(actorNames[a]), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler] for the wire names.
func (a *Actor) UnmarshalText(text []byte) error {
	for i := Customer; i <= System; i++ {
		if string(text) == actorNames[i] {
			*a = i
			return nil
		}
	}
	return fmt.Errorf("order: unknown actor %q", text)
}

// actorMask is a set of actors, bit a for Actor a.
type actorMask uint8

func actors(as ...Actor) actorMask {
	var m actorMask
	for _, a := range as {
		m |= 1 << a
	}
	return m
}

func (m actorMask) has(a Actor) bool { return a.IsValid() && m&(1<<a) != 0 }

// eventActors lists who may cause each event type: the customer acts in the
// console, the provider reviews and submits to the bureau, the bureau
// decides, and the host's scheduler times out (ICP备案流程(PC端) v20200921 §1.2). SMS verification
// is done by the customer and may be recorded by the bureau or the host's
// system observing the SMS session.
var eventActors = [numEvents]actorMask{
	Submit:          actors(Customer),
	RequestMail:     actors(Provider),
	MailReceived:    actors(Provider),
	ProviderApprove: actors(Provider),
	ProviderReject:  actors(Provider),
	SubmitToBureau:  actors(Provider),
	SMSVerified:     actors(Customer, Bureau, System),
	SMSTimeout:      actors(System),
	BureauApprove:   actors(Bureau),
	BureauReject:    actors(Bureau),
	Resubmit:        actors(Customer),
	Cancel:          actors(Customer),
	Expire:          actors(System),
	Update:          actors(Customer),
}

// Actors reports who may cause events of type e (empty for an invalid e).
func (e EventType) Actors() []Actor {
	var out []Actor
	if !e.IsValid() {
		return out
	}
	for a := Customer; a <= System; a++ {
		if eventActors[e].has(a) {
			out = append(out, a)
		}
	}
	return out
}
