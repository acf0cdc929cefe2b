package main

import (
	"github.com/beian-go/beian/sms"

	"context"
	"crypto/subtle"
	"embed"
	"encoding/json"
	"io/fs"
	"log/slog"
	"net/http"
	"sync"
	"time"

	"github.com/beian-go/beian/console/api"
	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/order"
)

//go:embed web
var webFS embed.FS

// inbox stands in for the bureau's SMS: it keeps the codes sent for each
// order, so that the order's owner can read them in the demo page. The
// codes never reach a log.
type inbox struct {
	mu   sync.Mutex
	msgs map[string][]smsMessage // order ID → messages
}

// smsMessage is one code as the demo shows it.
type smsMessage struct {
	Mobile string `json:"mobile"` // masked
	Code   string `json:"code"`
}

// Send implements api.Sender.
func (b *inbox) Send(_ context.Context, orderID string, m filing.Mobile, code string) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.msgs == nil {
		b.msgs = map[string][]smsMessage{}
	}
	b.msgs[orderID] = append(b.msgs[orderID], smsMessage{Mobile: m.String(), Code: code})
	return nil
}

func (b *inbox) get(orderID string) []smsMessage {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]smsMessage{}, b.msgs[orderID]...)
}

// config is what the server is built from.
type config struct {
	Store   order.Store
	Records api.Records
	Key     []byte
	Logger  *slog.Logger
	Now     func() time.Time
}

// newServer returns the console: the page, the sign-in and the API.
func newServer(cfg config) (http.Handler, error) {
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	sess := sessions{key: cfg.Key, now: cfg.Now}
	box := &inbox{}
	// The SMS sessions are keyed with a key derived from the console's
	// secret (sms.NewSessionKey separates it from the cookie signatures).
	smsKey, err := sms.NewSessionKey(cfg.Key)
	if err != nil {
		return nil, err
	}
	h, err := api.New(api.Config{Store: cfg.Store, Records: cfg.Records, Identify: sess.identify, SMS: box, SessionKey: smsKey, Logger: cfg.Logger, Now: cfg.Now})
	if err != nil {
		return nil, err
	}
	static, err := fs.Sub(webFS, "web")
	if err != nil {
		return nil, err
	}
	mux := http.NewServeMux()
	mux.Handle("/v1/", h)
	mux.Handle("GET /static/", http.StripPrefix("/static/", http.FileServerFS(static)))
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", "default-src 'self'; style-src 'self'; script-src 'self'; img-src 'self' data:")
		http.ServeFileFS(w, r, static, "index.html")
	})
	mux.HandleFunc("GET /session/accounts", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusOK, demoAccounts)
	})
	mux.HandleFunc("GET /session", func(w http.ResponseWriter, r *http.Request) {
		a, ok := sess.account(r)
		if !ok {
			writeJSON(w, http.StatusUnauthorized, map[string]string{"error": "not signed in"})
			return
		}
		writeJSON(w, http.StatusOK, a)
	})
	mux.HandleFunc("POST /session", func(w http.ResponseWriter, r *http.Request) {
		var in struct{ Account, Password string }
		if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 4096)).Decode(&in); err != nil {
			writeJSON(w, http.StatusBadRequest, map[string]string{"error": "malformed sign-in"})
			return
		}
		a, ok := findAccount(in.Account)
		if !ok || subtle.ConstantTimeCompare([]byte(in.Password), []byte(a.password)) != 1 {
			writeJSON(w, http.StatusUnauthorized, map[string]string{"error": "wrong account or password"})
			return
		}
		sess.issue(w, a.ID)
		writeJSON(w, http.StatusOK, a)
	})
	mux.HandleFunc("DELETE /session", func(w http.ResponseWriter, r *http.Request) {
		sess.clear(w)
		w.WriteHeader(http.StatusNoContent)
	})
	// the demo's SMS inbox: the codes of an order, to its owner only.
	mux.HandleFunc("GET /demo/sms/{id}", func(w http.ResponseWriter, r *http.Request) {
		id, ok := sess.identify(r)
		if !ok {
			writeJSON(w, http.StatusUnauthorized, map[string]string{"error": "not signed in"})
			return
		}
		rec, err := cfg.Records.Get(r.Context(), r.PathValue("id"))
		if err != nil || rec.Owner != id.Account {
			writeJSON(w, http.StatusNotFound, map[string]string{"error": "no such order"})
			return
		}
		writeJSON(w, http.StatusOK, box.get(rec.ID))
	})
	return securityHeaders(mux), nil
}

// securityHeaders adds the headers every answer carries.
func securityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Header().Set("X-Frame-Options", "DENY")
		w.Header().Set("Referrer-Policy", "no-referrer")
		next.ServeHTTP(w, r)
	})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}
