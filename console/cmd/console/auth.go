package main

import (
	"crypto/hmac"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/beian-go/beian/console/api"
)

// account is a demo account.
type account struct {
	ID       string `json:"id"`
	Name     string `json:"name"`
	NameEN   string `json:"name_en"`
	Role     string `json:"role"`
	password string
}

// demoAccounts are the console's accounts: two customers and one reviewer
// of the provider. Their passwords are printed at start.
var demoAccounts = []account{
	{ID: "alice", Name: "客户甲（李小明）", NameEN: "Customer A (Li Xiaoming)", Role: "customer", password: "alice-demo"},
	{ID: "bob", Name: "客户乙（王芳）", NameEN: "Customer B (Wang Fang)", Role: "customer", password: "bob-demo"},
	{ID: "reviewer", Name: "接入商审核员", NameEN: "Provider reviewer", Role: "staff", password: "reviewer-demo"},
}

func findAccount(id string) (account, bool) {
	for _, a := range demoAccounts {
		if a.ID == id {
			return a, true
		}
	}
	return account{}, false
}

// sessionCookie is the name of the sign-in cookie.
const sessionCookie = "beian_session"

// sessionTTL is how long a sign-in lasts.
const sessionTTL = 8 * time.Hour

// sessions signs and checks sign-in cookies: account and expiry, with an
// HMAC-SHA256 over both.
type sessions struct {
	key []byte
	now func() time.Time
}

func (s sessions) mac(payload string) string {
	m := hmac.New(sha256.New, s.key)
	m.Write([]byte(payload))
	return base64.RawURLEncoding.EncodeToString(m.Sum(nil))
}

// issue sets the cookie of account id on w.
func (s sessions) issue(w http.ResponseWriter, id string) {
	payload := id + "|" + strconv.FormatInt(s.now().Add(sessionTTL).Unix(), 10)
	http.SetCookie(w, &http.Cookie{
		Name: sessionCookie, Value: base64.RawURLEncoding.EncodeToString([]byte(payload)) + "." + s.mac(payload),
		Path: "/", HttpOnly: true, SameSite: http.SameSiteStrictMode, MaxAge: int(sessionTTL / time.Second),
	})
}

// clear removes the cookie.
func (s sessions) clear(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: sessionCookie, Value: "", Path: "/", HttpOnly: true, SameSite: http.SameSiteStrictMode, MaxAge: -1})
}

// account returns the signed-in account of r.
func (s sessions) account(r *http.Request) (account, bool) {
	c, err := r.Cookie(sessionCookie)
	if err != nil {
		return account{}, false
	}
	enc, sig, ok := strings.Cut(c.Value, ".")
	if !ok {
		return account{}, false
	}
	raw, err := base64.RawURLEncoding.DecodeString(enc)
	if err != nil {
		return account{}, false
	}
	payload := string(raw)
	if subtle.ConstantTimeCompare([]byte(sig), []byte(s.mac(payload))) != 1 {
		return account{}, false
	}
	id, exp, ok := strings.Cut(payload, "|")
	if !ok {
		return account{}, false
	}
	until, err := strconv.ParseInt(exp, 10, 64)
	if err != nil || s.now().Unix() >= until {
		return account{}, false
	}
	return findAccount(id)
}

// identify is the api.IdentityFunc of the console.
func (s sessions) identify(r *http.Request) (api.Identity, bool) {
	a, ok := s.account(r)
	if !ok {
		return api.Identity{}, false
	}
	role := api.Customer
	if a.Role == "staff" {
		role = api.Staff
	}
	return api.Identity{Account: a.ID, Role: role}, true
}
