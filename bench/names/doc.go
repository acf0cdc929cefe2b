// Package names compares naming.Check with an Aho-Corasick scan of the
// raw names (coregx/ahocorasick).
//
// Its benchmarks and tests are in its test files. It is a package of its
// own so that its test binary links this peer only: another peer's data
// would weigh on the garbage collector during every benchmark.
package names
