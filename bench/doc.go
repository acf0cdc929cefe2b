// Package bench holds comparison benchmarks of beian against the libraries
// a user would otherwise pick, one package per comparison: names
// (naming.Check against an Aho-Corasick scan, coregx/ahocorasick), check
// (beian.Check against go-playground/validator), mobile
// (filing.ParseMobile against nyaruka/phonenumbers) and fsm (the order
// state machine against looplab/fsm and qmuntal/stateless). It is a module
// of its own so that none of these peers becomes a requirement of the
// library, and each comparison is a package of its own so that its test
// binary holds one peer's data only.
//
// Every comparison is a pair of sub-benchmarks on the same input in the
// same process; compare their ratio within one run, never numbers taken
// from different runs or machines:
//
//	cd bench
//	go test -run XXX -bench . -count 10 ./... | tee bench.txt
//	go run golang.org/x/perf/cmd/benchstat@latest bench.txt
//
// The …Pair benchmarks time both sides alternately in short rounds and
// report the median ratio of the rounds as beian/peer, the figure to read
// on a machine shared with other work. The tests of each package keep the
// comparison honest: the peer gives the same answer as beian on the
// benchmark's input.
package bench
