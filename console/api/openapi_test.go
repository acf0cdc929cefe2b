package api

import (
	"github.com/beian-go/beian/sms"

	"encoding/json"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"github.com/beian-go/beian/order"
)

// TestOpenAPICoversRoutes checks that every route of the handler is in the
// OpenAPI document and every operation of the document is served.
func TestOpenAPICoversRoutes(t *testing.T) {
	var doc struct {
		OpenAPI string                               `json:"openapi"`
		Paths   map[string]map[string]map[string]any `json:"paths"`
	}
	if err := json.Unmarshal(OpenAPI(), &doc); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(doc.OpenAPI, "3.1.") {
		t.Errorf("openapi %q, want 3.1.x", doc.OpenAPI)
	}
	served := map[string]bool{}
	for _, rt := range routes {
		served[strings.ToLower(rt.method)+" "+rt.path] = true
		if _, ok := doc.Paths[rt.path][strings.ToLower(rt.method)]; !ok {
			t.Errorf("route %s %s is not in openapi.json", rt.method, rt.path)
		}
	}
	key, err := sms.NewSessionKey([]byte("console-api-test-secret-0123456789"))
	if err != nil {
		t.Fatal(err)
	}
	h, err := New(Config{Store: order.NewMemoryStore(), Records: NewMemoryRecords(), SessionKey: key, Identify: func(*http.Request) (Identity, bool) { return Identity{}, false }})
	if err != nil {
		t.Fatal(err)
	}
	methods := []string{"get", "put", "post", "delete", "patch", "head", "options", "trace"}
	for path, item := range doc.Paths {
		for m := range item {
			if !slices.Contains(methods, m) {
				continue // parameters, summary, …
			}
			if !served[m+" "+path] {
				t.Errorf("openapi.json has %s %s, the handler has no such route", m, path)
			}
			// the handler's mux matches the concrete path too
			req := httptest.NewRequest(strings.ToUpper(m), strings.ReplaceAll(path, "{id}", "o1"), nil)
			if _, pattern := h.mux.Handler(req); pattern == "" {
				t.Errorf("%s %s: the mux does not serve it", m, path)
			}
		}
	}
}
