package walk_test

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/beian-go/beian/examples/walkthrough/walk"
	"github.com/beian-go/beian/order"
)

// TestResume: a run stopped after some steps and run again on the same
// store prints the same walk-through as one uninterrupted run (the steps
// of the first run marked as stored) and leaves the same logs.
func TestResume(t *testing.T) {
	ctx := context.Background()
	var whole bytes.Buffer
	full := order.NewMemoryStore()
	if err := walk.Run(ctx, &whole, order.NewService(full), 0); err != nil {
		t.Fatal(err)
	}
	for _, limit := range []int{1, 9, 20, 28} { // of the 29 events
		store := order.NewMemoryStore()
		var first, second bytes.Buffer
		if err := walk.Run(ctx, &first, order.NewService(store), limit); !errors.Is(err, walk.ErrStopped) {
			t.Fatalf("limit %d: %v, want ErrStopped", limit, err)
		}
		if err := walk.Run(ctx, &second, order.NewService(store), 0); err != nil {
			t.Fatalf("limit %d, resumed: %v", limit, err)
		}
		out := second.String()
		if n := strings.Count(out, "(stored earlier)"); n != limit {
			t.Errorf("limit %d: %d steps shown as stored", limit, n)
		}
		if diff := cmp.Diff(whole.String(), strings.ReplaceAll(out, "  (stored earlier)", "")); diff != "" {
			t.Errorf("limit %d: resumed run differs (-whole +resumed):\n%s", limit, diff)
		}
		for _, id := range []string{"A1", "B2", "C3"} {
			want, _ := full.Load(ctx, id)
			got, err := store.Load(ctx, id)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("limit %d: log of %s (-whole +resumed):\n%s", limit, id, diff)
			}
		}
	}
}
