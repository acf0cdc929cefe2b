// Package nanos turns times into the Unix nanoseconds the stores keep in
// their due-time columns.
package nanos

import (
	"math"
	"time"
)

// The range of times Unix nanoseconds hold (1677-09-21 to 2262-04-11).
var (
	minTime = time.Unix(0, math.MinInt64)
	maxTime = time.Unix(0, math.MaxInt64)
)

// Of returns t in Unix nanoseconds, clamped to the int64 range, so that a
// time before 1678 or after 2262 (or the zero time) still compares right.
func Of(t time.Time) int64 {
	switch {
	case t.Before(minTime):
		return math.MinInt64
	case t.After(maxTime):
		return math.MaxInt64
	}
	return t.UnixNano()
}
