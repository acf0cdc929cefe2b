// Command walkthrough is the order walk-through of
// github.com/beian-go/beian/examples/walkthrough with its orders in a
// store: in memory by default, or in an SQLite file with -db. A run that
// stops (interrupted, or after -steps steps) resumes where it stopped when
// it is run again on the same file: the steps already stored are shown as
// such and not applied twice.
//
//	go run ./cmd/walkthrough -db orders.db -steps 10   # stops after 10 steps
//	go run ./cmd/walkthrough -db orders.db             # resumes and finishes
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/beian-go/beian/examples/walkthrough/walk"
	"github.com/beian-go/beian/order"
	"github.com/beian-go/beian/orderstore/sqlite"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run runs the command with args and returns its exit status.
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("walkthrough", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := fs.String("db", "", "SQLite `file` to keep the orders in (created if absent); empty: in memory")
	steps := fs.Int("steps", 0, "stop after `n` stored steps (0: run to the end); run again to resume")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: walkthrough [-db FILE] [-steps N]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return 2
	}
	ctx := context.Background()
	var store order.Store = order.NewMemoryStore()
	if *db != "" {
		s, err := sqlite.Open(ctx, *db, sqlite.Options{})
		if err != nil {
			fmt.Fprintln(stderr, "walkthrough:", err)
			return 1
		}
		defer s.Close()
		store = s
	}
	err := walk.Run(ctx, stdout, order.NewService(store), *steps)
	switch {
	case errors.Is(err, walk.ErrStopped):
		fmt.Fprintf(stdout, "\n(stopped after %d steps: run again with -db %s to resume)\n", *steps, *db)
	case err != nil:
		fmt.Fprintln(stderr, "walkthrough:", err)
		return 1
	}
	return 0
}
