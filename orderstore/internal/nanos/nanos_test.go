package nanos

import (
	"math"
	"testing"
	"time"
)

func TestOf(t *testing.T) {
	tests := []struct {
		t    time.Time
		want int64
	}{
		{time.Unix(0, 0), 0},
		{time.Unix(1, 5), 1_000_000_005},
		{time.Time{}, math.MinInt64},                                 // year 1
		{time.Date(3000, 1, 1, 0, 0, 0, 0, time.UTC), math.MaxInt64}, // after 2262
		{time.Unix(0, math.MaxInt64), math.MaxInt64},
	}
	for _, tt := range tests {
		if got := Of(tt.t); got != tt.want {
			t.Errorf("Of(%v) = %d, want %d", tt.t, got, tt.want)
		}
	}
}
