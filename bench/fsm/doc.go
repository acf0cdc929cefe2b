// Package fsm compares the order state machine with looplab/fsm and
// qmuntal/stateless.
//
// Its benchmarks and tests are in its test files. It is a package of its
// own so that its test binary links this peer only: another peer's data
// would weigh on the garbage collector during every benchmark.
package fsm
