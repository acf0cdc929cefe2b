package order

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files (testdata/machine.mmd, machine.dot, event JSON) and the diagram in doc.go")

// golden compares got with testdata/name, or writes it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./order -update)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s differs (-want +got):\n%s", path, diff)
	}
}

func TestMermaidGolden(t *testing.T) { golden(t, "machine.mmd", []byte(Default().Mermaid())) }

func TestDOTGolden(t *testing.T) { golden(t, "machine.dot", []byte(Default().DOT())) }

// docMarker precedes the diagram in doc.go.
const docMarker = "draws it for Graphviz):\n//\n"

// TestDocDiagram checks that doc.go shows the current Mermaid text, as a
// code block of comment lines after docMarker.
func TestDocDiagram(t *testing.T) {
	src, err := os.ReadFile("doc.go")
	if err != nil {
		t.Fatal(err)
	}
	doc := string(src)
	i := strings.Index(doc, docMarker)
	if i < 0 {
		t.Fatalf("doc.go lacks the marker %q", docMarker)
	}
	start := i + len(docMarker)
	end := start
	for strings.HasPrefix(doc[end:], "//\t") {
		end += strings.IndexByte(doc[end:], '\n') + 1
	}
	var b strings.Builder
	for _, line := range strings.SplitAfter(Default().Mermaid(), "\n") {
		if line != "" {
			b.WriteString("//\t" + line)
		}
	}
	want := b.String()
	if *update {
		if err := os.WriteFile("doc.go", []byte(doc[:start]+want+doc[end:]), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if diff := cmp.Diff(want, doc[start:end]); diff != "" {
		t.Errorf("doc.go diagram is stale, run go test ./order -update (-want +got):\n%s", diff)
	}
}
