package order

import (
	"errors"
	"fmt"
)

// Sentinel errors of the package; the concrete errors returned wrap them, so
// that errors.Is works on every error the package returns.
var (
	// ErrIllegal reports an event the transition table does not allow in the
	// order's state. Errors of this category are [*TransitionError] values.
	ErrIllegal = errors.New("order: illegal transition")
	// ErrGuard is the category of every guard refusal ([*GuardError]); the
	// four sentinels below say which guard refused.
	ErrGuard = errors.New("order: guard refused the transition")
	// ErrReportHasErrors: submit or resubmit while the rules report has
	// error findings, or without a report.
	ErrReportHasErrors = errors.New("order: the rules report has errors")
	// ErrMaterialsIncomplete: submit or resubmit while the materials list is
	// incomplete.
	ErrMaterialsIncomplete = errors.New("order: the materials are incomplete")
	// ErrSMSNotVerified: sms_verified while the SMS session is not verified.
	ErrSMSNotVerified = errors.New("order: the SMS codes are not verified")
	// ErrMailNotReceived: submit_to_bureau after the reviewer asked for mail
	// that has not been received.
	ErrMailNotReceived = errors.New("order: the mailed materials have not been received")
	// ErrInvalidTable reports a transition table [NewMachine] refuses
	// ([*TableError]).
	ErrInvalidTable = errors.New("order: invalid transition table")
	// ErrBadEvent reports an event that does not fit the order: wrong order
	// ID, sequence number or time, unknown type or an actor that may not
	// cause it ([*EventError]).
	ErrBadEvent = errors.New("order: bad event")
	// ErrConflict reports an append with a stale expected version
	// ([*ConflictError]): another writer appended first; reload and retry.
	ErrConflict = errors.New("order: version conflict")
	// ErrNotFound reports a load of an order the store does not hold.
	ErrNotFound = errors.New("order: order not found")
)

// TransitionError is the error of an event the table does not allow in a
// state. It wraps [ErrIllegal].
type TransitionError struct {
	// From is the state the event was tried in.
	From State
	// Event is the refused event.
	Event EventType
}

// Error implements the error interface.
func (e *TransitionError) Error() string {
	return fmt.Sprintf("order: %s is not allowed in state %s", e.Event, e.From)
}

// Unwrap returns [ErrIllegal].
func (e *TransitionError) Unwrap() error { return ErrIllegal }

// GuardError is the error of a transition the table allows but whose guard
// refused it. It wraps [ErrGuard] and Reason (one of [ErrReportHasErrors],
// [ErrMaterialsIncomplete], [ErrSMSNotVerified], [ErrMailNotReceived]).
type GuardError struct {
	// From is the state the event was tried in.
	From State
	// Event is the refused event.
	Event EventType
	// Guard is the guard that refused it.
	Guard Guard
	// Reason is the sentinel that says why.
	Reason error
}

// Error implements the error interface.
func (e *GuardError) Error() string {
	return fmt.Sprintf("order: %s in state %s refused by guard %s: %v", e.Event, e.From, e.Guard, e.Reason)
}

// Unwrap returns [ErrGuard] and the reason.
func (e *GuardError) Unwrap() []error { return []error{ErrGuard, e.Reason} }

// TableError is the error of [NewMachine] for a table it refuses. It wraps
// [ErrInvalidTable].
type TableError struct {
	// Index is the offending row, or -1 when the error concerns the table as
	// a whole (such as an unreachable state).
	Index int
	// Reason says what is wrong.
	Reason string
}

// Error implements the error interface.
func (e *TableError) Error() string {
	if e.Index < 0 {
		return "order: invalid transition table: " + e.Reason
	}
	return fmt.Sprintf("order: invalid transition table: row %d: %s", e.Index, e.Reason)
}

// Unwrap returns [ErrInvalidTable].
func (e *TableError) Unwrap() error { return ErrInvalidTable }

// EventError is the error of an event that does not fit its order. It wraps
// [ErrBadEvent].
type EventError struct {
	// Seq and Type identify the event.
	Seq  uint64
	Type EventType
	// Reason says what is wrong.
	Reason string
}

// Error implements the error interface.
func (e *EventError) Error() string {
	return fmt.Sprintf("order: bad event %d (%s): %s", e.Seq, e.Type, e.Reason)
}

// Unwrap returns [ErrBadEvent].
func (e *EventError) Unwrap() error { return ErrBadEvent }

// ConflictError is the error of an append whose expected version is not the
// stored one. It wraps [ErrConflict].
type ConflictError struct {
	// OrderID names the order.
	OrderID string
	// Expected is the version the caller read; Actual the stored one.
	Expected uint64
	Actual   uint64
}

// Error implements the error interface.
func (e *ConflictError) Error() string {
	return fmt.Sprintf("order: version conflict on order %q: expected %d, stored %d", e.OrderID, e.Expected, e.Actual)
}

// Unwrap returns [ErrConflict].
func (e *ConflictError) Unwrap() error { return ErrConflict }

// ErrCorrupt reports stored data a store cannot turn back into the events
// appended ([*CorruptError]).
var ErrCorrupt = errors.New("order: corrupted store data")

// ErrPage reports a [Page] a listing refuses.
var ErrPage = errors.New("order: invalid page")

// CorruptError is the error of a load that met stored data that does not
// replay: a record that does not decode, an unknown state, a missing or
// repeated version. It wraps [ErrCorrupt] and, when there is one, the
// underlying error.
type CorruptError struct {
	// OrderID names the order.
	OrderID string
	// Version is the version (Seq) of the bad or missing event.
	Version uint64
	// Reason says what is wrong.
	Reason string
	// Err is the underlying error, or nil.
	Err error
}

// Error implements the error interface.
func (e *CorruptError) Error() string {
	s := fmt.Sprintf("order: corrupted log of order %q at version %d: %s", e.OrderID, e.Version, e.Reason)
	if e.Err != nil {
		s += ": " + e.Err.Error()
	}
	return s
}

// Unwrap returns [ErrCorrupt] and the underlying error.
func (e *CorruptError) Unwrap() []error {
	if e.Err == nil {
		return []error{ErrCorrupt}
	}
	return []error{ErrCorrupt, e.Err}
}
