// Package pair times two implementations alternately, for comparison
// benchmarks on a machine shared with other work.
package pair

import (
	"slices"
	"testing"
	"time"
)

// Ratio times ours and peer alternately, chunk calls of one and then
// chunk calls of the other, so that both see the same load on a shared
// machine. It reports each one's time per call over the whole run and,
// as beian/peer, the median over the rounds of the ratio of the two
// chunks' times: a burst of load from elsewhere spoils a round or two,
// not the ratio. Its ns/op covers a round of both and is no comparison.
// now is the clock the chunks are timed with (time.Now).
func Ratio(b *testing.B, now func() time.Time, chunk int, ours, peer func(i int)) {
	var tOurs, tPeer time.Duration
	var ratios []float64
	n := 0
	for b.Loop() {
		t0 := now()
		for i := range chunk {
			ours(n + i)
		}
		t1 := now()
		for i := range chunk {
			peer(n + i)
		}
		d0, d1 := t1.Sub(t0), now().Sub(t1)
		tOurs += d0
		tPeer += d1
		ratios = append(ratios, float64(d0)/float64(max(d1, 1)))
		n += chunk
	}
	slices.Sort(ratios)
	b.ReportMetric(float64(tOurs.Nanoseconds())/float64(n), "beian-ns/call")
	b.ReportMetric(float64(tPeer.Nanoseconds())/float64(n), "peer-ns/call")
	b.ReportMetric(ratios[len(ratios)/2], "beian/peer")
}
