package beian_test

import (
	"bytes"
	"encoding/json"
	"os"
	"testing"

	"github.com/beian-go/beian"
	"github.com/beian-go/beian/filing"
)

// FuzzCheck runs any bytes through the JSON decoder and, when they decode,
// through Check: it never panics, the report is always valid JSON, and the
// same application always gives the same bytes.
func FuzzCheck(f *testing.F) {
	for _, file := range []string{
		"examples/beiancheck/testdata/enterprise_ok.json",
		"examples/beiancheck/testdata/personal_ok.json",
		"examples/beiancheck/testdata/broken_unit.json",
		"examples/beiancheck/testdata/broken_personal.json",
	} {
		b, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		app, err := filing.Decode(bytes.NewReader(in))
		if err != nil {
			return
		}
		first, err := json.Marshal(beian.Check(app, app.AsOf))
		if err != nil || !json.Valid(first) {
			t.Fatalf("report does not encode: %v", err)
		}
		again, _ := json.Marshal(beian.Check(app, app.AsOf))
		if !bytes.Equal(first, again) {
			t.Fatalf("two checks differ:\n%s\n%s", first, again)
		}
	})
}
