// Command walkthrough follows ICP filing orders through their lifecycle
// with the order package's service: a first filing from draft to approval,
// a filing that the bureau rejects, that is corrected, resubmitted, returned
// after the SMS window and finally approved, and a filing whose bureau
// review runs into a year whose holiday notice is not known yet (its end is
// an estimate until the notice is loaded). It prints every state, the
// clocks that run, and each SMS step.
//
//	go run ./examples/walkthrough
//
// The orders live in memory. The same walk-through persisted into SQLite,
// resuming where an earlier run stopped, is the command
// github.com/beian-go/beian/orderstore/cmd/walkthrough (-db FILE).
//
// Every time is fixed, so the output is the same on every run.
package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/beian-go/beian/examples/walkthrough/walk"
	"github.com/beian-go/beian/order"
)

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "walkthrough:", err)
		os.Exit(1)
	}
}

func run(w io.Writer) error {
	return walk.Run(context.Background(), w, order.NewService(order.NewMemoryStore()), 0)
}
