//go:build ignore

// Ask latchkeyd about a request the way a gateway does: GET /v1/auth.
//
//	LATCHKEY_URL=http://127.0.0.1:8080 LATCHKEY_KEY=sk_test_... \
//	    go run forward_auth.go POST /v1/forms/contact service.forms.submit
//
// Arguments: the client's METHOD and URI, and the SCOPE the route needs (optional). Optional
// environment: LATCHKEY_CLIENT_IP, LATCHKEY_ORIGIN, LATCHKEY_GATEWAY=nginx|traefik|caddy (what
// `latchkeyd serve --gateway` says; default nginx). Prints the Latchkey-* headers your upstream
// would receive, or the refusal. Exit status: 0 allowed, 1 refused, 2 latchkeyd unreachable.
package main

import (
	"fmt"
	"io"
	"net/http"
	"os"
	"sort"
	"strings"
	"time"
)

var client = &http.Client{Timeout: 10 * time.Second}

// Request is what a gateway tells latchkeyd about the client's call.
type Request struct {
	Authorization string // the client's Authorization header, as it sent it
	Method, URI   string
	Scope         string // the scope this route needs; may be empty
	ClientIP      string // the client's address; may be empty
	Origin        string // the client's Origin header; may be empty
	Gateway       string // "nginx" (default), "traefik" or "caddy", as latchkeyd serve --gateway
}

// ForwardAuth returns latchkeyd's status and headers: 204 with the Latchkey-* facts when
// allowed, else 401, 402, 403 or 429 with Latchkey-Error-Code.
func ForwardAuth(baseURL string, r Request) (int, http.Header, error) {
	req, err := http.NewRequest(http.MethodGet, strings.TrimRight(baseURL, "/")+"/v1/auth", nil)
	if err != nil {
		return 0, nil, err
	}
	// latchkeyd reads only the family its --gateway sets: nginx X-Original-*, Traefik and
	// Caddy X-Forwarded-Method / X-Forwarded-Uri.
	if r.Gateway == "" || r.Gateway == "nginx" {
		req.Header.Set("X-Original-Method", r.Method)
		req.Header.Set("X-Original-URI", r.URI)
	} else {
		req.Header.Set("X-Forwarded-Method", r.Method)
		req.Header.Set("X-Forwarded-Uri", r.URI)
	}
	req.Header.Set("Authorization", r.Authorization)
	if r.Scope != "" {
		req.Header.Set("X-Required-Scope", r.Scope)
	}
	if r.ClientIP != "" {
		req.Header.Set("X-Forwarded-For", r.ClientIP) // latchkeyd reads the right-most entry
	}
	if r.Origin != "" {
		req.Header.Set("Origin", r.Origin)
	}
	resp, err := client.Do(req)
	if err != nil {
		return 0, nil, err
	}
	defer resp.Body.Close()
	io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10)) // the JSON error body, if any
	return resp.StatusCode, resp.Header, nil
}

func main() {
	key := os.Getenv("LATCHKEY_KEY")
	if len(os.Args) < 3 || key == "" {
		fmt.Fprintln(os.Stderr, "usage: LATCHKEY_KEY=... go run forward_auth.go METHOD URI [SCOPE]")
		os.Exit(2)
	}
	url := os.Getenv("LATCHKEY_URL")
	if url == "" {
		url = "http://127.0.0.1:8080"
	}
	r := Request{Authorization: "Bearer " + key, Method: os.Args[1], URI: os.Args[2],
		ClientIP: os.Getenv("LATCHKEY_CLIENT_IP"), Origin: os.Getenv("LATCHKEY_ORIGIN"),
		Gateway: os.Getenv("LATCHKEY_GATEWAY")}
	if len(os.Args) > 3 {
		r.Scope = os.Args[3]
	}
	status, header, err := ForwardAuth(url, r)
	if err != nil {
		fmt.Fprintln(os.Stderr, "latchkeyd unreachable:", err)
		os.Exit(2)
	}
	allowed := status >= 200 && status < 300
	if allowed {
		fmt.Println("allowed", status)
	} else {
		fmt.Println("refused", status, header.Get("Latchkey-Error-Code"))
	}
	// Latchkey-* go to your upstream, X-RateLimit-* and Retry-After to the client.
	names := make([]string, 0, len(header))
	for name := range header {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		lower := strings.ToLower(name)
		if strings.HasPrefix(lower, "latchkey-") || strings.HasPrefix(lower, "x-ratelimit-") ||
			lower == "retry-after" {
			fmt.Printf("%s: %s\n", name, header.Get(name))
		}
	}
	if !allowed {
		os.Exit(1)
	}
}
