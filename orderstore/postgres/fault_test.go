package postgres

import (
	"context"
	"os"
	"testing"

	"github.com/beian-go/beian/order"
	"github.com/beian-go/beian/orderstore/internal/faulttest"
	"github.com/beian-go/beian/orderstore/internal/pgtest"
)

func openFault(ctx context.Context, dsn string) (order.Store, func(), error) {
	s, err := Open(ctx, dsn, Options{})
	if err != nil {
		return nil, nil, err
	}
	return s, s.Close, nil
}

// TestFaultChild is the child process of TestFaults.
func TestFaultChild(t *testing.T) { faulttest.Child(t, openFault, os.Stdout) }

// TestFaults: two processes append to the same orders of one database; a
// child killed with SIGKILL loses no acknowledged append and leaves no
// partial one.
func TestFaults(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	faulttest.Run(t, "TestFaultChild", pgtest.Schema(t, pgtest.DSN(t)), openFault)
}
