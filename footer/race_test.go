//go:build race

package footer_test

// raceDetector reports a build with the race detector, whose
// instrumentation changes what escapes to the heap: memory bounds are
// measured without it (.ci/run runs them in a build of their own).
const raceDetector = true
