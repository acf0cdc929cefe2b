package bench

import (
	"testing"
	"time"
)

// pairChunk is the number of calls timed in one go before switching to
// the other implementation.
const pairChunk = 128

// pairRatio times ours and peer alternately, pairChunk calls of one and
// then of the other, so that both see the same load on a shared machine,
// and reports each one's time per call and the ratio ours/peer. Its
// ns/op covers a whole round of both and is not a comparison.
func pairRatio(b *testing.B, ours, peer func(i int)) {
	var tOurs, tPeer time.Duration
	n := 0
	for b.Loop() {
		t0 := time.Now()
		for i := range pairChunk {
			ours(n + i)
		}
		t1 := time.Now()
		for i := range pairChunk {
			peer(n + i)
		}
		tPeer += time.Since(t1)
		tOurs += t1.Sub(t0)
		n += pairChunk
	}
	b.ReportMetric(float64(tOurs.Nanoseconds())/float64(n), "beian-ns/call")
	b.ReportMetric(float64(tPeer.Nanoseconds())/float64(n), "peer-ns/call")
	b.ReportMetric(float64(tOurs)/float64(tPeer), "beian/peer")
}
