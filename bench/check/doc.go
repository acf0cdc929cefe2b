// Package check compares beian.Check with go-playground/validator's
// Struct on an equivalent struct.
//
// Its benchmarks and tests are in its test files. It is a package of its
// own so that its test binary links this peer only: another peer's data
// would weigh on the garbage collector during every benchmark.
package check
