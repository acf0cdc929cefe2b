// Package faulttest runs the fault tests of the stores with real processes:
// the test binary starts copies of itself (never goroutines) that append to
// one database, and kills one with SIGKILL at a random moment.
//
// A store package adds two tests:
//
//	func TestFaultChild(t *testing.T) { faulttest.Child(t, open, os.Stdout) }
//	func TestFaults(t *testing.T) { faulttest.Run(t, target, open) }
//
// TestFaultChild does nothing unless started by Run.
package faulttest

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/beian-go/beian/order"
)

// Open opens the store at target (a file or a connection string).
type Open func(ctx context.Context, target string) (order.Store, func(), error)

// The environment of a child process.
const (
	envMode   = "BEIAN_FAULT_MODE"   // "writer" or "forever"
	envTarget = "BEIAN_FAULT_TARGET" // the store's file or DSN
	envName   = "BEIAN_FAULT_NAME"   // the child's name in its notes
	envCount  = "BEIAN_FAULT_COUNT"  // appends of a writer
)

// orders are the orders the children share.
var orders = []string{"F1", "F2", "F3"}

// start is the creation time of every order.
var start = time.Date(2026, 9, 1, 9, 0, 0, 0, order.China())

// Child is the body of a child process, which reports its acknowledged
// appends and its errors to out, the pipe its parent reads (its standard
// output); in the parent's own test run it returns at once.
func Child(t *testing.T, open Open, out io.Writer) {
	mode := os.Getenv(envMode)
	if mode == "" {
		t.Skip("run by faulttest.Run in a child process")
	}
	ctx := context.Background()
	s, closeStore, err := open(ctx, os.Getenv(envTarget))
	if err != nil {
		fmt.Fprintf(out, "error %v\n", err)
		os.Exit(2)
	}
	defer closeStore()
	name := os.Getenv(envName)
	count, _ := strconv.Atoi(os.Getenv(envCount))
	conflicts := 0
	for i := 0; mode == "forever" || i < count; i++ {
		id := orders[i%len(orders)]
		note := fmt.Sprintf("%s/%d", name, i)
		for {
			log, err := s.Load(ctx, id)
			if err != nil {
				fmt.Fprintf(out, "error load %s: %v\n", id, err)
				os.Exit(2)
			}
			o, err := order.Replay(log)
			if err != nil {
				fmt.Fprintf(out, "error replay %s: %v\n", id, err)
				os.Exit(2)
			}
			e := order.Event{Seq: o.Version + 1, OrderID: id, ID: note, Time: o.LastEventAt.Add(time.Second), Actor: order.Customer, Type: order.Update, Reason: note}
			err = s.Append(ctx, id, o.Version, e)
			if err == nil {
				// acknowledged: the parent holds us to it
				fmt.Fprintf(out, "ack %s %d %s\n", id, e.Seq, note)
				break
			}
			if !errors.Is(err, order.ErrConflict) {
				fmt.Fprintf(out, "error append %s: %v\n", id, err)
				os.Exit(2)
			}
			conflicts++
		}
	}
	fmt.Fprintf(out, "conflicts %d\n", conflicts)
}

// ack is one acknowledged append.
type ack struct {
	order string
	seq   uint64
	note  string
}

// child is a running child process.
type child struct {
	cmd  *exec.Cmd
	mu   sync.Mutex
	acks []ack
	errs []string
	conf int
	done chan struct{}
}

// spawn starts a child in mode, with its output read into c.
func spawn(t *testing.T, childTest, target, mode, name string, count int) *child {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^"+childTest+"$", "-test.count=1")
	cmd.Env = append(os.Environ(), envMode+"="+mode, envTarget+"="+target, envName+"="+name, envCount+"="+strconv.Itoa(count))
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	c := &child{cmd: cmd, done: make(chan struct{})}
	go func() {
		defer close(c.done)
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			f := strings.Fields(sc.Text())
			c.mu.Lock()
			switch {
			case len(f) == 4 && f[0] == "ack":
				seq, _ := strconv.ParseUint(f[2], 10, 64)
				c.acks = append(c.acks, ack{f[1], seq, f[3]})
			case len(f) == 2 && f[0] == "conflicts":
				c.conf, _ = strconv.Atoi(f[1])
			case len(f) > 0 && f[0] == "error":
				c.errs = append(c.errs, sc.Text())
			}
			c.mu.Unlock()
		}
	}()
	return c
}

// wait waits for the child's output and exit.
func (c *child) wait() error {
	<-c.done
	return c.cmd.Wait()
}

// create makes the shared orders.
func create(t *testing.T, s order.Store) {
	t.Helper()
	for _, id := range orders {
		e := order.Event{Seq: 1, OrderID: id, Time: start, Actor: order.Customer, Type: order.Update}
		if err := s.Append(context.Background(), id, 0, e); err != nil {
			t.Fatal(err)
		}
	}
}

// check loads every shared order and holds it to the acknowledgements:
// versions contiguous, every acknowledged append at its version, no note
// stored twice, and (when exact) nothing stored that was not acknowledged.
func check(t *testing.T, s order.Store, acks []ack, exact bool) {
	t.Helper()
	want := map[string]ack{}
	for _, a := range acks {
		if _, dup := want[a.note]; dup {
			t.Errorf("append %s acknowledged twice", a.note)
		}
		want[a.note] = a
	}
	seen := map[string]bool{}
	stored := 0
	for _, id := range orders {
		log, err := s.Load(context.Background(), id)
		if err != nil {
			t.Fatalf("Load(%s): %v", id, err)
		}
		if _, err := order.Replay(log); err != nil {
			t.Errorf("%s does not replay: %v", id, err)
		}
		for i, e := range log {
			if e.Seq != uint64(i+1) {
				t.Errorf("%s: event %d has version %d", id, i, e.Seq)
			}
			if i == 0 {
				continue
			}
			stored++
			if seen[e.Reason] {
				t.Errorf("%s: append %s stored twice", id, e.Reason)
			}
			seen[e.Reason] = true
			a, ok := want[e.Reason]
			switch {
			case ok && (a.order != id || a.seq != e.Seq):
				t.Errorf("append %s acknowledged as %s version %d, stored as %s version %d", e.Reason, a.order, a.seq, id, e.Seq)
			case !ok && exact:
				t.Errorf("%s: append %s stored but never acknowledged", id, e.Reason)
			}
		}
	}
	for note, a := range want {
		if !seen[note] {
			t.Errorf("acknowledged append %s (%s version %d) lost", note, a.order, a.seq)
		}
	}
	t.Logf("%d appends acknowledged, %d stored", len(acks), stored)
}

// Run runs the fault tests against the store at target, with childTest the
// name of the package's test that calls [Child].
func Run(t *testing.T, childTest, target string, open Open) {
	ctx := context.Background()
	s, closeStore, err := open(ctx, target)
	if err != nil {
		t.Fatal(err)
	}
	create(t, s)
	closeStore()

	t.Run("TwoProcesses", func(t *testing.T) {
		const each = 60
		a := spawn(t, childTest, target, "writer", "A", each)
		b := spawn(t, childTest, target, "writer", "B", each)
		errA, errB := a.wait(), b.wait()
		for _, c := range []*child{a, b} {
			if len(c.errs) > 0 {
				t.Errorf("child errors: %v", c.errs)
			}
		}
		if errA != nil || errB != nil {
			t.Fatalf("children: %v, %v", errA, errB)
		}
		if len(a.acks) != each || len(b.acks) != each {
			t.Errorf("acknowledged %d and %d appends; want %d each", len(a.acks), len(b.acks), each)
		}
		t.Logf("conflicts reported: %d and %d", a.conf, b.conf)
		s, closeStore, err := open(ctx, target)
		if err != nil {
			t.Fatal(err)
		}
		defer closeStore()
		check(t, s, append(a.acks, b.acks...), true)
	})

	t.Run("SIGKILL", func(t *testing.T) {
		var all []ack
		for round := range 3 {
			c := spawn(t, childTest, target, "forever", fmt.Sprintf("K%d", round), 0)
			time.Sleep(time.Duration(100+rand.IntN(400)) * time.Millisecond)
			if err := c.cmd.Process.Signal(syscall.SIGKILL); err != nil {
				t.Fatal(err)
			}
			err := c.wait()
			var ee *exec.ExitError
			if !errors.As(err, &ee) || ee.Sys().(syscall.WaitStatus).Signal() != syscall.SIGKILL {
				t.Fatalf("child: %v, want killed; errors %v", err, c.errs)
			}
			if len(c.errs) > 0 {
				t.Errorf("child errors: %v", c.errs)
			}
			all = append(all, c.acks...)
			// reopen after each kill: every acknowledged append is there,
			// nothing partial (Load decodes and replays every row)
			s, closeStore, err := open(ctx, target)
			if err != nil {
				t.Fatal(err)
			}
			check(t, s, all, false)
			closeStore()
		}
		if len(all) == 0 {
			t.Error("no append acknowledged before the kills")
		}
	})
}
