package rules

import (
	"reflect"
	"strings"
	"testing"

	"github.com/beian-go/beian/filing"
)

// modelTags collects every validator tag name used on the filing model,
// walking nested structs, pointers and slices.
func modelTags(t reflect.Type, seen map[reflect.Type]bool, out map[string]string) {
	for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct || seen[t] {
		return
	}
	seen[t] = true
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		for _, part := range strings.FieldsFunc(f.Tag.Get("validate"), func(r rune) bool { return r == ',' || r == '|' }) {
			name, _, _ := strings.Cut(part, "=")
			out[name] = t.Name() + "." + f.Name
		}
		modelTags(f.Type, seen, out)
	}
}

// TestEveryTagRegistered fails when the filing model uses a validator tag
// that is neither a validator built-in nor registered by newShapeValidator
// (validator panics on unknown tags at validation time).
func TestEveryTagRegistered(t *testing.T) {
	v, err := newShapeValidator()
	if err != nil {
		t.Fatal(err)
	}
	tags := map[string]string{}
	modelTags(reflect.TypeFor[filing.Application](), map[reflect.Type]bool{}, tags)
	if len(tags) == 0 {
		t.Fatal("no validate tags found on the model: the walk is broken")
	}
	for tag, where := range tags {
		if tag == "dive" || tag == "omitempty" {
			continue // structural tags, not validation functions
		}
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("tag %q on %s is not registered: %v", tag, where, r)
				}
			}()
			_ = v.Var("x", tag)
		}()
	}
	// And a whole application with every nested struct present validates
	// without a panic.
	app := filing.Application{Websites: []filing.Website{{Principal: &filing.Principal{}}}}
	if issues := shapeIssues(&app); len(issues) == 0 {
		t.Error("an empty application shows no shape issue")
	}
}

// TestPathMatches covers the "[]" patterns of shapeRule.
func TestPathMatches(t *testing.T) {
	cases := []struct {
		path, pattern string
		want          bool
	}{
		{"websites[3].principal.name", "websites[].principal.name", true},  // any index
		{"websites[].principal.name", "websites[].principal.name", false},  // no index
		{"websites[x].principal.name", "websites[].principal.name", false}, // not a number
		{"sponsor.principal.name", "websites[].principal.name", false},     // other path
		{"websites[12].name", "websites[].principal.name", false},          // other field
	}
	for _, c := range cases {
		if got := pathMatches(c.path, c.pattern); got != c.want {
			t.Errorf("pathMatches(%q, %q) = %v, want %v", c.path, c.pattern, got, c.want)
		}
	}
}
