package main

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/beian-go/beian/examples/walkthrough/walk"
	"github.com/beian-go/beian/order"
)

// TestResume: a run into an SQLite file stopped after 12 steps, then run
// again, prints the in-memory walk-through with the first 12 steps marked
// as stored; a third run changes nothing.
func TestResume(t *testing.T) {
	var want bytes.Buffer
	if err := walk.Run(context.Background(), &want, order.NewService(order.NewMemoryStore()), 0); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "orders.db")
	var first, second, third, stderr bytes.Buffer
	if code := run([]string{"-db", db, "-steps", "12"}, &first, &stderr); code != 0 {
		t.Fatalf("first run: status %d: %s", code, stderr.String())
	}
	if !strings.Contains(first.String(), "stopped after 12 steps") {
		t.Errorf("first run does not say it stopped:\n%s", first.String())
	}
	if code := run([]string{"-db", db}, &second, &stderr); code != 0 {
		t.Fatalf("second run: status %d: %s", code, stderr.String())
	}
	out := second.String()
	if n := strings.Count(out, "(stored earlier)"); n != 12 {
		t.Errorf("%d steps shown as stored; want 12", n)
	}
	if diff := cmp.Diff(want.String(), strings.ReplaceAll(out, "  (stored earlier)", "")); diff != "" {
		t.Errorf("resumed run (-memory +sqlite):\n%s", diff)
	}
	if code := run([]string{"-db", db}, &third, &stderr); code != 0 {
		t.Fatalf("third run: status %d: %s", code, stderr.String())
	}
	if n := strings.Count(third.String(), "(stored earlier)"); n != 29 {
		t.Errorf("third run: %d steps shown as stored; want all 29", n)
	}
}

// TestUsage: -h prints the usage and exits 0; a stray argument is an
// error.
func TestUsage(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run([]string{"-h"}, &out, &errb); code != 0 || !strings.Contains(errb.String(), "usage: walkthrough") {
		t.Errorf("-h: status %d, %q", code, errb.String())
	}
	if code := run([]string{"extra"}, &out, &errb); code != 2 {
		t.Errorf("stray argument: status %d", code)
	}
}
