// Package mobile compares filing.ParseMobile with
// nyaruka/phonenumbers.
//
// Its benchmarks and tests are in its test files. It is a package of its
// own so that its test binary links this peer only: another peer's data
// would weigh on the garbage collector during every benchmark.
package mobile
