package beian_test

import (
	"os"
	"testing"

	"github.com/beian-go/beian"
	"github.com/beian-go/beian/filing"
)

// appExample decodes the sample app filing of examples/beiancheck/testdata:
// a unit's new service, one app on Android and iOS with a principal of its
// own.
func appExample(tb testing.TB) *filing.Application {
	tb.Helper()
	f, err := os.Open("examples/beiancheck/testdata/app_ok.json")
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	app, err := filing.Decode(f)
	if err != nil {
		tb.Fatal(err)
	}
	return app
}

func TestAppExampleIsValid(t *testing.T) {
	app := appExample(t)
	if len(app.Apps) != 1 || len(app.Apps[0].Platforms) != 2 || len(app.Websites) != 0 {
		t.Fatalf("the sample is not one app on two platforms: %v", app.Apps)
	}
	if r := beian.Check(app, app.AsOf); !r.OK() || len(r.Findings) != 0 {
		t.Errorf("findings: %v", r.Findings)
	}
}

// BenchmarkCheckApp checks a unit's filing of one app on two platforms;
// the target is at most 1.2 times BenchmarkCheck1Site of the same run.
func BenchmarkCheckApp(b *testing.B) {
	app := appExample(b)
	b.ReportAllocs()
	for b.Loop() {
		beian.Check(app, app.AsOf)
	}
}
