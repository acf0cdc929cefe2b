// Package bench holds comparison benchmarks of beian against the libraries
// a user would otherwise pick: nyaruka/phonenumbers for mobile numbers,
// looplab/fsm and qmuntal/stateless for the order state machine, an
// Aho-Corasick scan (coregx/ahocorasick) for website names and
// go-playground/validator for a whole application. It is a module of its
// own so that none of these peers becomes a requirement of the library.
//
// Every comparison is a pair of benchmarks run on the same input in the
// same process; compare their ratio within one run, never numbers taken
// from different runs or machines:
//
//	cd bench
//	go test -run XXX -bench . -count 10 ./... | tee bench.txt
//	go run golang.org/x/perf/cmd/benchstat@latest bench.txt
//
// The tests of this package keep the comparisons honest: each peer is
// checked to give the same answer as beian on the benchmark's input.
package bench
