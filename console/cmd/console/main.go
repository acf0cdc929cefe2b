// Command console is a filing console for a hosting provider, built on the
// beian library: the filing form in Chinese and English (the sponsor, its
// principal, a website, and apps, mini-programs and quick apps) with the
// rules' findings next to the fields, the order view with its timeline,
// deadlines, SMS step and duties (those of the apps with their numbers),
// the reviewer's list, and the footer check, over the HTTP API of package
// api.
//
//	go run ./cmd/console [-addr 127.0.0.1:8080] [-db console.db | -pg DSN | -memory]
//
// Orders persist in one SQLite file (console.db by default: the event logs
// of package orderstore/sqlite and the console's records of owners,
// applications and SMS sessions); -pg DSN keeps them in PostgreSQL
// (orderstore/postgres), for several consoles sharing them; -memory keeps
// them in memory. It signs in three demo accounts (two customers and one reviewer of the
// provider) whose passwords it prints at start.
package main

import (
	"context"
	"crypto/rand"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"
)

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "console:", err)
		os.Exit(1)
	}
}

// run runs the console with the command's arguments: the addresses and
// passwords go to stdout, the server's log to stderr.
func run(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("console", flag.ContinueOnError)
	addr := fs.String("addr", "127.0.0.1:8080", "listen address")
	dbPath := fs.String("db", "console.db", "SQLite file of the orders (created if absent)")
	memory := fs.Bool("memory", false, "keep the orders in memory only")
	pg := fs.String("pg", "", "PostgreSQL DSN (postgres://…): keep the orders there instead of SQLite")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *memory {
		*dbPath = ""
	}
	var st stores
	var err error
	if *pg != "" {
		st, err = openPostgres(context.Background(), *pg)
	} else {
		st, err = openStores(context.Background(), *dbPath)
	}
	if err != nil {
		return err
	}
	defer st.close()
	key := make([]byte, 32)
	_, _ = rand.Read(key) // a new key each start: a restart signs everyone out and voids the SMS codes in flight
	logger := slog.New(slog.NewTextHandler(stderr, nil))
	h, err := newServer(config{Store: st.store, Records: st.records, Key: key, Logger: logger})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 5 * time.Second, ReadTimeout: 30 * time.Second, WriteTimeout: 30 * time.Second, IdleTimeout: 2 * time.Minute}
	fmt.Fprintf(stdout, "console: http://%s/ (%s)\n", ln.Addr(), st.desc)
	for _, a := range demoAccounts {
		fmt.Fprintf(stdout, "  %-9s password %-14s %s\n", a.ID, a.password, a.NameEN)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		<-ctx.Done()
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = srv.Shutdown(sctx)
	}()
	if err := srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
