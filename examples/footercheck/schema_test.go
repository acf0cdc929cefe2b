package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/beian-go/beian/internal/jsonschema"
)

// TestGoldenReportsMatchTheSchema validates every golden JSON report
// against docs/footer-report.schema.json.
func TestGoldenReportsMatchTheSchema(t *testing.T) {
	doc, err := os.ReadFile(filepath.Join("..", "..", "docs", "footer-report.schema.json"))
	if err != nil {
		t.Fatal(err)
	}
	s, err := jsonschema.Compile(doc)
	if err != nil {
		t.Fatal(err)
	}
	goldens, _ := filepath.Glob("testdata/*.golden")
	checked := 0
	for _, g := range goldens {
		b, err := os.ReadFile(g)
		if err != nil {
			t.Fatal(err)
		}
		_, body, _ := strings.Cut(string(b), "\n") // the first line is the exit status
		if !strings.HasPrefix(body, "{") {
			continue // a text report
		}
		checked++
		for _, err := range s.Validate([]byte(body)) {
			t.Errorf("%s: %v", g, err)
		}
	}
	if checked == 0 {
		t.Fatal("no golden report was checked")
	}
}
