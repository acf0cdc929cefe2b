package workday

import (
	"errors"
	"fmt"
)

// ErrUnknownYear reports a date in a year whose holiday notice the calendar
// does not hold. Errors of this category are [*YearError] values that
// errors.Is matches against ErrUnknownYear.
var ErrUnknownYear = errors.New("workday: year not covered by a known holiday notice")

// ErrInvalidNotice reports a notice that [ParseNotice] or [Calendar.With]
// refuses. Errors of
// this category are [*NoticeError] values that errors.Is matches against
// ErrInvalidNotice.
var ErrInvalidNotice = errors.New("workday: invalid holiday notice")

// YearError is the error for a date in a year the calendar does not know.
type YearError struct {
	// Year is the year asked about.
	Year int
}

// Error implements the error interface.
func (e *YearError) Error() string {
	return fmt.Sprintf("workday: no holiday notice known for year %d", e.Year)
}

// Unwrap returns [ErrUnknownYear].
func (e *YearError) Unwrap() error { return ErrUnknownYear }

// NoticeError is the error of [ParseNotice] and [Calendar.With] for a notice
// they refuse.
type NoticeError struct {
	// Year is the notice's year (0 when it could not be read).
	Year int
	// Date is the offending date as YYYY-MM-DD, empty when the error concerns
	// the notice as a whole.
	Date string
	// Reason says what is wrong.
	Reason string
}

// Error implements the error interface.
func (e *NoticeError) Error() string {
	if e.Year == 0 {
		return "workday: notice: " + e.Reason
	}
	if e.Date == "" {
		return fmt.Sprintf("workday: notice %d: %s", e.Year, e.Reason)
	}
	return fmt.Sprintf("workday: notice %d: %s: %s", e.Year, e.Date, e.Reason)
}

// Unwrap returns [ErrInvalidNotice].
func (e *NoticeError) Unwrap() error { return ErrInvalidNotice }
