package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/beian-go/beian/internal/jsonschema"
)

// schema compiles a wire-format reference of docs/.
func schema(t *testing.T, name string) *jsonschema.Schema {
	t.Helper()
	doc, err := os.ReadFile(filepath.Join("..", "..", "docs", name))
	if err != nil {
		t.Fatal(err)
	}
	s, err := jsonschema.Compile(doc)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestGoldenReportsMatchTheSchema validates every golden JSON report
// against docs/report.schema.json, and every sample application the
// decoder accepts against docs/application.schema.json: the references
// describe what the code writes and reads.
func TestGoldenReportsMatchTheSchema(t *testing.T) {
	report := schema(t, "report.schema.json")
	goldens, _ := filepath.Glob("testdata/golden/*.json")
	if len(goldens) == 0 {
		t.Fatal("no golden reports")
	}
	checked := 0
	for _, g := range goldens {
		b, err := os.ReadFile(g)
		if err != nil {
			t.Fatal(err)
		}
		out, _, _ := strings.Cut(string(b), "\nexit ")
		if !strings.HasPrefix(out, "{") {
			continue // the input was refused: no report
		}
		checked++
		for _, err := range report.Validate([]byte(out)) {
			t.Errorf("%s: %v", g, err)
		}
	}
	if checked == 0 {
		t.Fatal("no golden report was checked")
	}
	app := schema(t, "application.schema.json")
	samples, _ := filepath.Glob("testdata/*.json")
	for _, s := range samples {
		if strings.Contains(s, "unknown_field") {
			continue // refused by the decoder, and by the schema
		}
		b, err := os.ReadFile(s)
		if err != nil {
			t.Fatal(err)
		}
		for _, err := range app.Validate(b) {
			t.Errorf("%s: %v", s, err)
		}
	}
	unknown, _ := os.ReadFile("testdata/unknown_field.json")
	if len(app.Validate(unknown)) == 0 {
		t.Error("the schema accepts an unknown field the decoder refuses")
	}
}
