package sqlite

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/beian-go/beian/order"
	"github.com/beian-go/beian/orderstore/internal/faulttest"
)

func openFault(ctx context.Context, path string) (order.Store, func(), error) {
	s, err := Open(ctx, path, Options{})
	if err != nil {
		return nil, nil, err
	}
	return s, func() { s.Close() }, nil
}

// TestFaultChild is the child process of TestFaults.
func TestFaultChild(t *testing.T) { faulttest.Child(t, openFault, os.Stdout) }

// TestFaults: two processes append to the same orders of one file; a child
// killed with SIGKILL loses no acknowledged append and leaves no partial
// one.
func TestFaults(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	faulttest.Run(t, "TestFaultChild", filepath.Join(t.TempDir(), "orders.db"), openFault)
}
