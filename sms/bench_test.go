package sms_test

import (
	"fmt"
	"testing"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/sms"
)

// BenchmarkTargets: a first filing with three websites, two of their own
// principals and one reusing the subject's.
func BenchmarkTargets(b *testing.B) {
	app := unitApp(filing.FirstFiling, mobileA, mobileB, "reuse", mobileC)
	b.ReportAllocs()
	for b.Loop() {
		if len(sms.Targets(app, now)) != 3 {
			b.Fatal("want 3 targets")
		}
	}
}

// BenchmarkVerify: a right answer on an open session. Verifying consumes
// the target, so the session holds a batch of 64 targets answered one per
// iteration; a new session is built, with the timer stopped, when a batch is
// used up.
func BenchmarkVerify(b *testing.B) {
	const batch = 64
	var ds []sms.Delivery
	for i := range batch {
		ds = append(ds, sms.Delivery{Target: tg(fmt.Sprintf("138001%05d", i)), Code: fmt.Sprintf("%06d", 100000+i*7919)})
	}
	var s *sms.Session
	i := batch
	b.ReportAllocs()
	for b.Loop() {
		if i == batch {
			b.StopTimer()
			var err error
			if s, err = sms.NewSession(testSessionKey, t0, ds...); err != nil {
				b.Fatal(err)
			}
			i = 0
			b.StartTimer()
		}
		if err := s.Verify(ds[i].Target, ds[i].Code, t0); err != nil {
			b.Fatal(err)
		}
		i++
	}
}
